package vn.gov.moj.thads.complaints.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.Inbox;

/**
 * Keeps this service's view of each case (agency, status) from the case events, so a petition
 * about a case is routed by the case's agency without calling the case service.
 */
@ApplicationScoped
public class CaseEventConsumer {

    /** Every case event carries the case's facts; only those are read here. */
    record AnyCaseEvent(CaseEvents.CaseFacts facts) {
    }

    private final EventCodec codec;
    private final Inbox inbox;

    public CaseEventConsumer(EventCodec codec, Inbox inbox) {
        this.codec = codec;
        this.inbox = inbox;
    }

    @Incoming("case-events")
    @Blocking
    @Transactional
    public void on(String message) {
        EventEnvelope event = codec.read(message);
        if (!inbox.firstDelivery("complaint-service", event.id())) {
            return;
        }
        CaseEvents.CaseFacts facts = codec.data(event, AnyCaseEvent.class).facts();
        if (facts == null || facts.caseId() == null) {
            return;
        }
        CaseView view = CaseView.<CaseView>findByIdOptional(facts.caseId()).orElse(null);
        if (view == null) {
            view = new CaseView(facts.caseId());
            view.apply(facts.agencyCode(), facts.provinceCode(), facts.status(), event.time());
            view.persist();
        } else {
            view.apply(facts.agencyCode(), facts.provinceCode(), facts.status(), event.time());
        }
    }
}
