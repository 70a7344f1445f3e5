package vn.gov.moj.thads.platform.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Publishes outbox rows to Kafka in the order they were written, keyed by aggregate id, and marks
 * them published once the broker has acknowledged them. A crash between the send and the mark
 * publishes a row again: consumers are idempotent. One relay at a time per database (an advisory
 * lock), so that running several instances of a service keeps the order.
 */
@ApplicationScoped
@IfBuildProperty(name = "thads.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x7468_6164_735fL; // "thads_"
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final int batchSize;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, EntityManager entityManager,
                       @ConfigProperty(name = "thads.outbox.batch-size", defaultValue = "500") int batchSize) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.batchSize = batchSize;
    }

    // Not before start-up has finished: the Kafka channel is wired only then.
    @Scheduled(every = "${thads.outbox.interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try {
            while (publishBatch() == batchSize) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox publishing failed, will retry: %s", e.getClass().getName());
        }
    }

    /** Publishes the oldest unpublished events; returns how many. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by id")
                    .page(0, batchSize).list();
            if (batch.isEmpty()) {
                return 0;
            }
            // Sent together and awaited together: the idempotent producer keeps their order per partition.
            Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
                    .await().atMost(SEND_TIMEOUT);
            // one statement for the batch, not an update per row at the flush
            OutboxEvent.update("publishedAt = ?1 where id in ?2", OffsetDateTime.now(), batch.stream().map(event -> event.id).toList());
            return batch.size();
        });
    }

    private Uni<Void> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.eventType.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .build());
        return emitter.sendMessage(message);
    }

    /** Published rows are only needed for a while, to look into what was sent. */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("publishedAt < ?1",
                OffsetDateTime.now().minusDays(7)));
    }
}
