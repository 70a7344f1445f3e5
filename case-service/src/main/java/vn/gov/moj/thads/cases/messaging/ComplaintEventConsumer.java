package vn.gov.moj.thads.cases.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.inbox.Inbox;
import vn.gov.moj.thads.platform.metrics.EventMetrics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;

/**
 * Counts the complaints and denunciations received about each case (MANY_COMPLAINTS: "nhiều đơn
 * thư khiếu nại, tố cáo"); a petition (kiến nghị, phản ánh) does not count. The count is not a
 * change an officer makes: it does not bump the case's version, so it never makes an officer's
 * ETag stale.
 */
@ApplicationScoped
public class ComplaintEventConsumer {

    private final EventCodec codec;
    private final Inbox inbox;
    private final EventMetrics metrics;
    private final EntityManager entityManager;
    private final OrgUnits orgUnits;
    private final Clock clock;

    public ComplaintEventConsumer(EventCodec codec, Inbox inbox, EntityManager entityManager, OrgUnits orgUnits, Clock clock, EventMetrics metrics) {
        this.metrics = metrics;
        this.codec = codec;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** An event that fails its checks throws with the reason: it goes to the dead-letter topic and the stream goes on. */
    @Incoming("complaint-events")
    @Blocking
    @Transactional
    public void on(String message) {
        try {
            apply(message);
        } catch (RuntimeException refused) {
            metrics.deadLettered(Topics.COMPLAINT_EVENTS);
            throw refused;
        }
    }

    private void apply(String message) {
        EventEnvelope envelope = codec.read(message);
        ComplaintEvents.ComplaintEvent event = EventChecks.complaintEvent(envelope, codec, orgUnits, clock);
        if (!inbox.firstDelivery("case-service", envelope.id())) {
            return;
        }
        if (event instanceof ComplaintEvents.ComplaintReceived received) {
            ComplaintEvents.ComplaintFacts facts = received.facts();
            if (facts.caseId() != null && ("COMPLAINT".equals(facts.type()) || "DENUNCIATION".equals(facts.type()))) {
                entityManager.createNativeQuery("update enforcement_case set complaint_count = complaint_count + 1 where id = ?1")
                        .setParameter(1, facts.caseId())
                        .executeUpdate();
            }
        }
    }
}
