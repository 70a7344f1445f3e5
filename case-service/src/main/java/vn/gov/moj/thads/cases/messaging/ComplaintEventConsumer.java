package vn.gov.moj.thads.cases.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.inbox.EventIntake;

/**
 * Counts the complaints and denunciations received about each case (MANY_COMPLAINTS: "nhiều đơn
 * thư khiếu nại, tố cáo"); a petition (kiến nghị, phản ánh) does not count. The count is not a
 * change an officer makes: it does not bump the case's version, so it never makes an officer's
 * ETag stale.
 */
@ApplicationScoped
public class ComplaintEventConsumer {

    @Inject EventIntake intake;
    @Inject EntityManager entityManager;

    /**
     * An event that fails its checks throws with the reason: it goes to the dead-letter topic and the
     * stream goes on. The platform's intake opens the transaction, and runs it again while the
     * database is out of reach, so that a restart of PostgreSQL loses no count.
     */
    @Incoming("complaint-events")
    @Blocking
    public void on(String message) {
        intake.complaintEvent(message, "case-service", (envelope, event) -> {
            if (event instanceof ComplaintEvents.ComplaintReceived received) {
                countComplaint(received.facts());
            }
        });
    }

    private void countComplaint(ComplaintEvents.ComplaintFacts facts) {
        if (facts.caseId() != null && ("COMPLAINT".equals(facts.type()) || "DENUNCIATION".equals(facts.type()))) {
            entityManager.createNativeQuery("update enforcement_case set complaint_count = complaint_count + 1 where id = ?1")
                    .setParameter(1, facts.caseId())
                    .executeUpdate();
        }
    }
}
