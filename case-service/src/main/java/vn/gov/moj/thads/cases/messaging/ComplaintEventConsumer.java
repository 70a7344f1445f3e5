package vn.gov.moj.thads.cases.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.inbox.EventIntake;
import vn.gov.moj.thads.platform.inbox.PassingFailures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
     * An event that fails its checks, or whose values the database refuses, goes to the dead-letter
     * topic with the reason, as the platform sets records aside (the check's reason or the failure's
     * kind, never the database's text), and the stream goes on. The platform's intake opens the
     * transaction, and runs it again while the database is out of reach, so that a restart of
     * PostgreSQL loses no count; a service stopping meanwhile leaves the record unacknowledged, to be
     * read again. Any other failure (a fault of the code) fails the channel, which the health check
     * reports.
     */
    @Incoming("complaint-events")
    @Blocking
    @SuppressWarnings("unchecked")
    public CompletionStage<Void> on(Message<String> message) {
        ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord()).orElseThrow();
        try {
            intake.complaintEvent(record, "case-service", (envelope, event) -> {
                if (event instanceof ComplaintEvents.ComplaintReceived received) {
                    countComplaint(received.facts());
                }
            });
        } catch (PassingFailures.Stopping stopping) {
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException failure) {
            return message.nack(failure);
        }
        return message.ack();
    }

    private void countComplaint(ComplaintEvents.ComplaintFacts facts) {
        if (facts.caseId() != null && ("COMPLAINT".equals(facts.type()) || "DENUNCIATION".equals(facts.type()))) {
            entityManager.createNativeQuery("update enforcement_case set complaint_count = complaint_count + 1 where id = ?1")
                    .setParameter(1, facts.caseId())
                    .executeUpdate();
        }
    }
}
