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

import java.sql.SQLException;
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

    /** A record the view did not apply, and why. */
    public record Refused(ConsumerRecord<String, String> record, String reason) {
    }

    public record Outcome(long applied, List<Refused> refused) {
    }

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
        lock.holdShared(); // a rebuild of any instance holds the view: ViewBusyException, this transaction runs again later
        List<Refused> refused = new ArrayList<>();
        Map<UUID, ConsumerRecord<String, String>> byEvent = new HashMap<>();
        List<ViewUpdater.Checked<CaseEvents.CaseEvent>> caseEvents = new ArrayList<>();
        List<ViewUpdater.Checked<ComplaintEvents.ComplaintEvent>> complaintEvents = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                EventEnvelope envelope = codec.read(record.value());
                if (Topics.CASE_EVENTS.equals(topic)) {
                    caseEvents.add(view.checkCaseEvent(envelope));
                } else {
                    complaintEvents.add(view.checkComplaintEvent(envelope));
                }
                byEvent.put(envelope.id(), record);
            } catch (MalformedEventException e) {
                refused.add(new Refused(record, e.getMessage()));
            }
        }
        List<ViewUpdater.Refused> stateful = Topics.CASE_EVENTS.equals(topic) ? view.applyCaseEvents(caseEvents, audit) : List.of();
        view.applyComplaintEvents(complaintEvents);
        stateful.forEach(r -> refused.add(new Refused(byEvent.get(r.eventId()), r.reason())));
        return new Outcome(records.size() - refused.size(), refused);
    }

    /**
     * A failure that the same record meets on every retry (its data cannot be stored: a value out
     * of range, a constraint), as opposed to one of the database or the network, which a retry of
     * the batch may not meet.
     */
    public static boolean isCausedByTheRecord(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException || t instanceof ArithmeticException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** A failure's kind, never its message: a driver's message can quote the values of a row. */
    public static String describe(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String state = t instanceof SQLException sql ? " " + sql.getSQLState() : "";
        return t.getClass().getSimpleName() + state;
    }
}
