package vn.gov.moj.thads.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.MalformedEventException;
import vn.gov.moj.thads.reporting.service.ViewUpdater;

import java.util.ArrayList;
import java.util.List;

/**
 * The live feed of the reporting view from both topics, a poll's batch per transaction (the
 * whole country's daily volume is applied in seconds). A malformed record goes to the topic's
 * dead-letter topic and the rest of the batch is applied; a failing batch is not acknowledged,
 * so nothing is lost.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final EventCodec codec;
    private final ViewUpdater view;
    private final MutinyEmitter<String> deadLetters;

    public EventConsumers(EventCodec codec, ViewUpdater view, @Channel("dead-letters") MutinyEmitter<String> deadLetters) {
        this.codec = codec;
        this.view = view;
        this.deadLetters = deadLetters;
    }

    @Incoming("case-events")
    @Blocking
    @Transactional
    public void onCaseEvents(ConsumerRecords<String, String> records) {
        view.applyCaseEvents(decode(records));
    }

    @Incoming("complaint-events")
    @Blocking
    @Transactional
    public void onComplaintEvents(ConsumerRecords<String, String> records) {
        view.applyComplaintEvents(decode(records));
    }

    private List<EventEnvelope> decode(ConsumerRecords<String, String> records) {
        List<EventEnvelope> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(codec.read(record.value()));
            } catch (MalformedEventException e) {
                LOG.warnf("Malformed record %s-%d@%d sent to the dead-letter topic: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                // awaited: the batch is acknowledged only once the record is safe on the dead-letter topic
                deadLetters.sendMessageAndAwait(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(record.topic() + ".dlq").withKey(record.key()).build()));
            }
        }
        return events;
    }
}
