package vn.gov.moj.thads.complaints.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.EventIntake;

/**
 * Keeps this service's view of each case (agency, status) from the case events, so a petition
 * about a case is routed by the case's agency without calling the case service.
 */
@ApplicationScoped
public class CaseEventConsumer {

    @Inject EventIntake intake;

    /**
     * Every case event carries the case's facts; only those are read here. An event that fails its
     * checks (unknown type or source, unknown agency, a date out of range, a time in the future)
     * throws with the reason: it goes to the dead-letter topic and the stream goes on.
     */
    @Incoming("case-events")
    @Blocking
    @Transactional
    public void on(String message) {
        intake.caseEvent(message, "complaint-service", (envelope, event) -> remember(event.facts(), envelope));
    }

    private void remember(CaseEvents.CaseFacts facts, EventEnvelope event) {
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
