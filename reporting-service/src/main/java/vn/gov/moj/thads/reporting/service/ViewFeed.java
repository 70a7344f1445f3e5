package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.MalformedEventException;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.inbox.BatchIntake.Refused;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes records of either topic to the view, for the live consumers and the rebuild alike: each
 * record is decoded and checked, the good ones are applied in the caller's transaction, and the
 * ones the view cannot apply come back with the reason, for the dead-letter topic.
 */
@ApplicationScoped
public class ViewFeed {

    public record Outcome(long applied, List<Refused> refused) {
    }

    /** From this many records a batch is read in parallel. */
    private static final int PARALLEL_FROM = 200;

    @Inject EventCodec codec;
    @Inject ViewUpdater view;
    @Inject ViewLock lock;

    /** Applies records of one topic, in topic order, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(String topic, List<ConsumerRecord<String, String>> records) {
        return apply(topic, records, true);
    }

    /** As {@link #apply(String, List)}; {@code audit} false in a rebuild: no late entries are flagged (ViewUpdater). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(String topic, List<ConsumerRecord<String, String>> records, boolean audit) {
        return apply(decode(topic, records), audit);
    }

    /**
     * Records of one topic read and checked, in topic order, ready to be applied: what does not need
     * the database, so that a rebuild reads the next batch while the current one is being written.
     */
    public record Decoded(String topic, int size, Map<UUID, ConsumerRecord<String, String>> byEvent,
                          List<ViewUpdater.Checked<CaseEvents.CaseEvent>> caseEvents,
                          List<ViewUpdater.Checked<ComplaintEvents.ComplaintEvent>> complaintEvents, List<Refused> refused) {

        /**
         * The same, each applicable record kept by its place only (topic, partition, offset), for a rebuild: it logs no more
         * of one the view refuses, and the values of the batch applied and of the one read ahead, held until applied, were
         * copied by every young collection (a rebuild's pauses were a fifth of it: docs/performance-log.md, session 25).
         */
        public Decoded withoutValues() {
            Map<UUID, ConsumerRecord<String, String>> places = new HashMap<>(byEvent.size() * 2);
            byEvent.forEach((id, r) -> places.put(id, new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), null, null)));
            return new Decoded(topic, size, places, caseEvents, complaintEvents, refused);
        }

        /** The same records but the events {@code left} (left to the live consumers by a rebuild), which count nowhere. */
        public Decoded without(java.util.Set<UUID> left) {
            var cases = caseEvents.stream().filter(c -> !left.contains(c.envelope().id())).toList();
            var complaints = complaintEvents.stream().filter(c -> !left.contains(c.envelope().id())).toList();
            int removed = caseEvents.size() - cases.size() + complaintEvents.size() - complaints.size();
            if (removed == 0) {
                return this;
            }
            Map<UUID, ConsumerRecord<String, String>> kept = new HashMap<>(byEvent);
            kept.keySet().removeIf(left::contains);
            return new Decoded(topic, size - removed, kept, cases, complaints, refused);
        }
    }

    /** Reads and checks records of one topic (no transaction, no database). */
    @SuppressWarnings("unchecked")
    public Decoded decode(String topic, List<ConsumerRecord<String, String>> records) {
        List<Refused> refused = new ArrayList<>();
        Map<UUID, ConsumerRecord<String, String>> byEvent = new HashMap<>();
        List<ViewUpdater.Checked<CaseEvents.CaseEvent>> caseEvents = new ArrayList<>();
        List<ViewUpdater.Checked<ComplaintEvents.ComplaintEvent>> complaintEvents = new ArrayList<>();
        boolean cases = Topics.CASE_EVENTS.equals(topic);
        // reading JSON is most of a batch's CPU: a large batch is read on two threads, in topic order all the same
        List<Object> read = (records.size() >= PARALLEL_FROM ? records.parallelStream() : records.stream())
                .map(record -> readOne(cases, record)).toList();
        for (int i = 0; i < records.size(); i++) {
            if (read.get(i) instanceof Refused r) {
                refused.add(r);
            } else {
                ViewUpdater.Checked<?> checked = (ViewUpdater.Checked<?>) read.get(i);
                if (cases) {
                    caseEvents.add((ViewUpdater.Checked<CaseEvents.CaseEvent>) checked);
                } else {
                    complaintEvents.add((ViewUpdater.Checked<ComplaintEvents.ComplaintEvent>) checked);
                }
                byEvent.put(checked.envelope().id(), records.get(i));
            }
        }
        return new Decoded(topic, records.size(), byEvent, caseEvents, complaintEvents, refused);
    }

    /** A checked event, or the record refused with the reason. */
    private Object readOne(boolean cases, ConsumerRecord<String, String> record) {
        try {
            EventEnvelope envelope = codec.read(record.value());
            return cases ? view.checkCaseEvent(envelope) : view.checkComplaintEvent(envelope);
        } catch (MalformedEventException e) {
            return new Refused(record, e.getMessage());
        } catch (RuntimeException e) {
            // reading and checking use no database: whatever else fails here fails on this record, every time (left to
            // the channel, it stopped the view and every rebuild on it; EventChecks refuses the one case met so far)
            // its kind, not its message, which may quote the record (the record's copy on the dead-letter topic has it all)
            return new Refused(record, "Unreadable event: " + e.getClass().getName());
        }
    }

    /** Applies decoded records (in topic order) in the caller's transaction; {@code audit} as above. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(Decoded decoded, boolean audit) {
        return apply(decoded, PendingCases.batch(audit));
    }

    /** As {@link #apply(Decoded, boolean)}, the case events into {@code pending} (a rebuild's, kept over batches). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(Decoded decoded, PendingCases pending) {
        lock.holdShared(); // a rebuild of any instance holds the view: ViewBusyException, this transaction runs again later
        List<Refused> refused = new ArrayList<>(decoded.refused());
        List<ViewUpdater.Refused> stateful = Topics.CASE_EVENTS.equals(decoded.topic())
                ? view.applyCaseEvents(decoded.caseEvents(), pending) : List.of();
        view.applyComplaintEvents(decoded.complaintEvents(), pending.rebuild());
        stateful.forEach(r -> refused.add(new Refused(decoded.byEvent().get(r.eventId()), r.reason())));
        return new Outcome(decoded.size() - refused.size(), refused);
    }
}
