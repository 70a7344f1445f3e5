package vn.gov.moj.thads.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.event.MalformedEventException;
import vn.gov.moj.thads.platform.metrics.EventMetrics;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one path of a consumer that takes a poll's batch per transaction (the reporting view, the
 * complaint service's case views): one commit for the batch; when the batch fails because of a
 * record (it cannot be decoded, checked or stored), its records are applied one per transaction so
 * that only that one is set aside; a failure that passes (the database restarting, a statement
 * over its time limit) runs the batch again after a wait ({@link PassingFailures}; a cancelled
 * statement, in halves); any other failure is thrown, the batch is not acknowledged and nothing is
 * lost. What is set aside goes to its topic's dead-letter
 * topic ({@code <topic>.dlq}) as it came, with the reason and its origin in the headers (the names
 * SmallRye's own dead-letter strategy uses), and the batch is acknowledged only once the broker has
 * it. (A consumer of one record at a time goes through {@link EventIntake}.)
 */
@ApplicationScoped
public class BatchIntake {

    private static final Logger LOG = Logger.getLogger(BatchIntake.class);

    /** A record set aside, and why (never a driver's message: it can quote a row's values). */
    public record Refused(ConsumerRecord<String, String> record, String reason) {
        /** An exception without a message still gives a reason: a null one would fail the dead-letter send and stop the stream. */
        public Refused {
            reason = reason == null || reason.isBlank() ? "Refused without a stated reason" : reason;
        }

        /**
         * Refused for {@code failure}, one the record causes ({@link #isCausedByTheRecord}): a failed check by its reason
         * (the checks write it), anything else by its kind ({@link #describe}).
         */
        public static Refused of(ConsumerRecord<String, String> record, Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof MalformedEventException malformed) {
                    return new Refused(record, malformed.getMessage());
                }
            }
            return new Refused(record, "The consumer cannot store it (" + describe(failure) + ")");
        }
    }

    @Inject
    @Channel("dead-letters")
    MutinyEmitter<String> deadLetters;
    @Inject EventMetrics metrics;
    @Inject PassingFailures passing;
    /**
     * How long a batch's transaction may run (the transaction manager's default, made explicit):
     * beyond it the transaction manager rolls it back, and the batch goes again in halves, as when a
     * statement is cancelled by its time limit (a slow database; until session 12 it failed the channel).
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "thads.events.batch-transaction-timeout", defaultValue = "PT60S")
    java.time.Duration transactionTimeout;

    /**
     * Each record of {@code batch} read by {@code check} (decoded and checked), in topic order; a record it refuses is added
     * to {@code refused} with the reason ({@link Refused#of}: a check's own, else only the failure's kind) and left out.
     */
    public static <E> List<E> checkEach(List<ConsumerRecord<String, String>> batch, Function<ConsumerRecord<String, String>, E> check,
                                        List<Refused> refused) {
        List<E> checked = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                checked.add(check.apply(record));
            } catch (RuntimeException e) {
                refused.add(Refused.of(record, e));
            }
        }
        return checked;
    }

    /** How often one record's statements may be cancelled (by their time limit) before its channel fails instead of waiting. */
    static final int CANCELLED_AT_MOST = 5;

    /** {@link #applySettingAsidePoison} then every refused record to the dead-letter topic. */
    public void take(ConsumerRecords<String, String> poll, Function<List<ConsumerRecord<String, String>>, List<Refused>> apply) {
        applySettingAsidePoison(inPollOrder(poll), apply).forEach(this::deadLetter);
    }

    /** A poll's records as one list, each partition's in its order. */
    public static List<ConsumerRecord<String, String>> inPollOrder(ConsumerRecords<String, String> poll) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(poll.count());
        poll.forEach(batch::add);
        return batch;
    }

    /**
     * Applies {@code batch} with {@code apply} (which returns the records its checks refused) in a
     * transaction of its own, falling back to one transaction per record when a record fails it, and
     * running it again while it fails for a passing reason.
     */
    public List<Refused> applySettingAsidePoison(List<ConsumerRecord<String, String>> batch,
                                                 Function<List<ConsumerRecord<String, String>>, List<Refused>> apply) {
        if (batch.isEmpty()) {
            return List.of();
        }
        String topic = batch.get(0).topic();
        int[] cancelled = {0};
        return passing.retry(topic, () -> {
            try {
                return applyOnce(batch, apply);
            } catch (RuntimeException failure) {
                if (!PassingFailures.isTooLong(failure)) {
                    throw failure;
                }
                if (batch.size() > 1) {
                    // too long for the statement limit in one go, or cancelled by hand: the halves, in topic order
                    passing.retried(topic, failure, "again in halves of " + batch.size() / 2 + " and " + (batch.size() - batch.size() / 2));
                    List<Refused> refused = new ArrayList<>(applySettingAsidePoison(batch.subList(0, batch.size() / 2), apply));
                    refused.addAll(applySettingAsidePoison(batch.subList(batch.size() / 2, batch.size()), apply));
                    return refused;
                }
                if (++cancelled[0] >= CANCELLED_AT_MOST) {
                    // one record over the statement limit every time: the channel fails, which the health check reports
                    throw new IllegalStateException("The statements of record " + topic + "-" + batch.get(0).partition() + "@" + batch.get(0).offset()
                            + " were cancelled or timed out " + cancelled[0] + " times (" + describe(failure) + ")");
                }
                throw failure;
            }
        });
    }

    private List<Refused> applyOnce(List<ConsumerRecord<String, String>> batch,
                                    Function<List<ConsumerRecord<String, String>>, List<Refused>> apply) {
        int timeout = (int) Math.max(1, transactionTimeout.toSeconds());
        try {
            return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> apply.apply(batch));
        } catch (RuntimeException failure) {
            if (!isCausedByTheRecord(failure)) {
                throw failure;
            }
            List<Refused> refused = new ArrayList<>();
            for (ConsumerRecord<String, String> record : batch) {
                try {
                    refused.addAll(QuarkusTransaction.requiringNew().timeout(timeout).call(() -> apply.apply(List.of(record))));
                } catch (RuntimeException one) {
                    if (!isCausedByTheRecord(one)) {
                        throw one;
                    }
                    refused.add(Refused.of(record, one));
                }
            }
            return refused;
        }
    }

    /** To {@code <topic>.dlq}, awaited. */
    public void deadLetter(Refused refused) {
        ConsumerRecord<String, String> record = refused.record();
        // the reason goes in the record's header, not the log: a parser's message can quote the event's content
        LOG.warnf("Record %s-%d@%d sent to the dead-letter topic (reason in its dead-letter-reason header)", record.topic(),
                record.partition(), record.offset());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", refused.reason().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        deadLetters.sendMessageAndAwait(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic() + ".dlq").withKey(record.key()).withHeaders(headers).build()));
        metrics.deadLettered(record.topic());
    }

    /** A failure the record itself causes (unreadable, out of range, refused by a constraint): retrying cannot help. */
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
