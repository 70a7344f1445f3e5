package vn.gov.moj.thads.complaints.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.inbox.Inbox;
import vn.gov.moj.thads.platform.metrics.EventMetrics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;

/**
 * Keeps this service's view of each case (agency, status) from the case events, so a petition
 * about a case is routed by the case's agency without calling the case service.
 */
@ApplicationScoped
public class CaseEventConsumer {

    private final EventCodec codec;
    private final Inbox inbox;
    private final EventMetrics metrics;
    private final OrgUnits orgUnits;
    private final Clock clock;

    public CaseEventConsumer(EventCodec codec, Inbox inbox, OrgUnits orgUnits, Clock clock, EventMetrics metrics) {
        this.metrics = metrics;
        this.codec = codec;
        this.inbox = inbox;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /**
     * Every case event carries the case's facts; only those are read here. An event that fails its
     * checks (unknown type or source, unknown agency, a date out of range, a time in the future)
     * throws with the reason: it goes to the dead-letter topic and the stream goes on.
     */
    @Incoming("case-events")
    @Blocking
    @Transactional
    public void on(String message) {
        try {
            apply(message);
        } catch (RuntimeException refused) {
            metrics.deadLettered(Topics.CASE_EVENTS);
            throw refused;
        }
    }

    private void apply(String message) {
        EventEnvelope event = codec.read(message);
        CaseEvents.CaseFacts facts = EventChecks.caseEvent(event, codec, orgUnits, clock).facts();
        if (!inbox.firstDelivery("complaint-service", event.id())) {
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
