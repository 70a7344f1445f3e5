package vn.gov.moj.thads.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a consumer of one record at a time does around its own effect: read the record, check it
 * ({@link EventChecks}), skip it when this consumer has applied it before ({@link Inbox}), all in a
 * transaction of its own, run again while it fails for a passing reason such as the database
 * restarting ({@link PassingFailures}). A record that fails because of itself (its checks, or the
 * database refusing its values) is set aside as the batch consumers set theirs aside ({@link
 * BatchIntake#deadLetter}: to {@code <topic>.dlq}, the reason a check's or the failure's kind, never
 * a driver's message, which quotes the row), and the stream goes on; any other failure is thrown, for
 * the consumer to fail its channel. A service stopping while the database's trouble lasts throws
 * {@link PassingFailures.Stopping}: the record is neither applied nor refused, and is read again after
 * the restart.
 */
@ApplicationScoped
public class EventIntake {

    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject PassingFailures passing;
    @Inject BatchIntake deadLetters;

    /** Applies a record of {@value Topics#CASE_EVENTS} once per {@code consumer}, in a transaction of its own. */
    public void caseEvent(ConsumerRecord<String, String> record, String consumer, BiConsumer<EventEnvelope, CaseEvents.CaseEvent> effect) {
        take(record, consumer, envelope -> EventChecks.caseEvent(envelope, codec, orgUnits, clock), effect);
    }

    /** Applies a record of {@value Topics#COMPLAINT_EVENTS} once per {@code consumer}, in a transaction of its own. */
    public void complaintEvent(ConsumerRecord<String, String> record, String consumer,
                               BiConsumer<EventEnvelope, ComplaintEvents.ComplaintEvent> effect) {
        take(record, consumer, envelope -> EventChecks.complaintEvent(envelope, codec, orgUnits, clock), effect);
    }

    private <E> void take(ConsumerRecord<String, String> record, String consumer, Function<EventEnvelope, E> checked,
                          BiConsumer<EventEnvelope, E> effect) {
        try {
            EventEnvelope envelope = codec.read(record.value());
            E event = checked.apply(envelope);
            passing.retry(record.topic(), () -> QuarkusTransaction.requiringNew().call(() -> {
                if (inbox.firstDelivery(consumer, envelope.id())) {
                    effect.accept(envelope, event);
                }
                return null;
            }));
        } catch (PassingFailures.Stopping stopping) {
            throw stopping; // neither applied nor refused: the consumer leaves the record unacknowledged
        } catch (RuntimeException failure) {
            if (!BatchIntake.isCausedByTheRecord(failure)) {
                throw failure;
            }
            deadLetters.deadLetter(BatchIntake.Refused.of(record, failure));
        }
    }
}
