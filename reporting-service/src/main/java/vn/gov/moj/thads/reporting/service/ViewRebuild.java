package vn.gov.moj.thads.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.MalformedEventException;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the reporting view from scratch: empties it, then replays both topics from offset 0
 * up to their end at the time of the call. The live consumers go on meanwhile; the inbox makes
 * every event count once whichever path applies it first.
 */
@ApplicationScoped
public class ViewRebuild {

    private static final Logger LOG = Logger.getLogger(ViewRebuild.class);

    public record Result(long eventsReplayed, long malformedSkipped) {
    }

    private final EntityManager em;
    private final EventCodec codec;
    private final ViewUpdater view;
    private final FigureAggregateRepository aggregates;
    private final String bootstrapServers;

    public ViewRebuild(EntityManager em, EventCodec codec, ViewUpdater view, FigureAggregateRepository aggregates,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.codec = codec;
        this.view = view;
        this.aggregates = aggregates;
        this.bootstrapServers = bootstrapServers;
    }

    public synchronized Result rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate case_fact, case_verification, case_collection, case_status_change, complaint_fact")
                    .executeUpdate();
            aggregates.clear();
            em.createNativeQuery("delete from processed_event where consumer = ?1").setParameter(1, ViewUpdater.CONSUMER).executeUpdate();
        });
        long replayed = 0;
        long malformed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.CASE_EVENTS, Topics.COMPLAINT_EVENTS)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<EventEnvelope> caseEvents = new ArrayList<>();
                List<EventEnvelope> complaintEvents = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        (Topics.CASE_EVENTS.equals(record.topic()) ? caseEvents : complaintEvents).add(codec.read(record.value()));
                        replayed++;
                    } catch (MalformedEventException e) {
                        malformed++;
                    }
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    view.applyCaseEvents(caseEvents);
                    view.applyComplaintEvents(complaintEvents);
                });
            }
        }
        LOG.infof("Reporting view rebuilt from %d events (%d malformed skipped)", replayed, malformed);
        return new Result(replayed, malformed);
    }
}
