package vn.gov.moj.thads.complaints.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.Inbox;
import vn.gov.moj.thads.platform.metrics.EventMetrics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps this service's view of each case (agency, status) from the case events, so a petition
 * about a case is routed by the case's agency without calling the case service.
 * <p>
 * A poll's batch per transaction (one commit for hundreds of events, not one each), once per event
 * (the inbox). Every case event carries the case's facts; only those are read here. An event that
 * fails its checks (unknown type or source, unknown agency, a date out of range, a time in the
 * future) goes to the dead-letter topic with the reason, and the stream goes on. When the batch's
 * transaction fails, its records are applied one transaction each, as they were before batches:
 * one that still fails goes to the dead-letter topic with the reason. A batch is acknowledged once
 * its refused records are safe on the dead-letter topic.
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CONSUMER = "complaint-service";
    private static final Logger LOG = Logger.getLogger(CaseEventConsumer.class);

    private record Refused(ConsumerRecord<String, String> record, String reason) {
    }

    private record Checked(EventEnvelope envelope, CaseEvents.CaseEvent event) {
    }

    @Inject EntityManager em;
    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject EventMetrics metrics;
    @Inject
    @Channel("dead-letters")
    MutinyEmitter<String> deadLetters;

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        List<Refused> refused;
        try {
            refused = QuarkusTransaction.requiringNew().call(() -> apply(batch));
        } catch (RuntimeException batchFailed) {
            refused = new ArrayList<>();
            for (ConsumerRecord<String, String> record : batch) {
                try {
                    refused.addAll(QuarkusTransaction.requiringNew().call(() -> apply(List.of(record))));
                } catch (RuntimeException failed) {
                    refused.add(new Refused(record, reason(failed)));
                }
            }
        }
        refused.forEach(this::deadLetter);
    }

    /** Applies the records (in topic order) in the caller's transaction; returns those refused by their checks. */
    private List<Refused> apply(List<ConsumerRecord<String, String>> batch) {
        List<Refused> refused = new ArrayList<>();
        List<Checked> checked = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                EventEnvelope envelope = codec.read(record.value());
                checked.add(new Checked(envelope, EventChecks.caseEvent(envelope, codec, orgUnits, clock)));
            } catch (RuntimeException e) {
                refused.add(new Refused(record, reason(e)));
            }
        }
        if (checked.isEmpty()) {
            return refused;
        }
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, checked.stream().map(c -> c.envelope().id()).collect(Collectors.toSet()));
        Set<UUID> caseIds = checked.stream().map(c -> c.event().facts().caseId()).collect(Collectors.toSet());
        Map<UUID, CaseView> views = new HashMap<>();
        for (CaseView known : em.createQuery("from CaseView where caseId in :ids", CaseView.class).setParameter("ids", caseIds)
                .getResultList()) {
            views.put(known.caseId(), known);
        }
        for (Checked c : checked) {
            if (fresh.remove(c.envelope().id())) { // a duplicate within the batch is applied once
                remember(views, c.event().facts(), c.envelope());
            }
        }
        return refused;
    }

    private static void remember(Map<UUID, CaseView> views, CaseEvents.CaseFacts facts, EventEnvelope event) {
        CaseView view = views.get(facts.caseId());
        if (view == null) {
            view = new CaseView(facts.caseId());
            view.apply(facts.agencyCode(), facts.provinceCode(), facts.status(), event.time());
            view.persist();
            views.put(facts.caseId(), view);
        } else {
            view.apply(facts.agencyCode(), facts.provinceCode(), facts.status(), event.time());
        }
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** To {@code thads.case-events.dlq} as it came, with the reason and its origin in the headers (SmallRye's names); awaited. */
    private void deadLetter(Refused refused) {
        ConsumerRecord<String, String> record = refused.record();
        LOG.warnf("Record %s-%d@%d sent to the dead-letter topic: %s", record.topic(), record.partition(), record.offset(), refused.reason());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", refused.reason().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        deadLetters.sendMessageAndAwait(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic() + ".dlq").withKey(record.key()).withHeaders(headers).build()));
        metrics.deadLettered(record.topic());
    }
}
