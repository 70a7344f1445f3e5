package vn.gov.moj.thads.reporting.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.metrics.EventMetrics;
import vn.gov.moj.thads.reporting.service.ViewFeed;

import java.nio.charset.StandardCharsets;

/**
 * Sends a record the view refused to its topic's dead-letter topic ({@code <topic>.dlq}) as it
 * came, with the reason and where it came from in the headers (the names SmallRye's own
 * dead-letter strategy uses), and waits until the broker has it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<String> emitter;
    private final EventMetrics metrics;

    public DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, EventMetrics metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public void send(ViewFeed.Refused refused) {
        ConsumerRecord<String, String> record = refused.record();
        LOG.warnf("Record %s-%d@%d sent to the dead-letter topic: %s", record.topic(), record.partition(), record.offset(),
                refused.reason());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", refused.reason().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        emitter.sendMessageAndAwait(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic() + ".dlq").withKey(record.key()).withHeaders(headers).build()));
        metrics.deadLettered(record.topic());
    }
}
