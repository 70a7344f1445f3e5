package vn.gov.moj.thads.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.metrics.EventMetrics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a consumer of one record at a time does around its own effect: read the record, check it
 * ({@link EventChecks}), skip it when this consumer has applied it before ({@link Inbox}), all in a
 * transaction of its own, run again while it fails for a passing reason such as the database
 * restarting ({@link PassingFailures}); and count it as dead-lettered when it fails otherwise. That
 * failure is rethrown so that the consumer refuses the record (nack): the channel's dead-letter
 * strategy sends it on with its reason, and the stream goes on. A service stopping while the
 * database's trouble lasts throws {@link PassingFailures.Stopping}: the record is neither applied
 * nor refused, and is read again after the restart. The batch consumers check their records the same way, a batch at
 * a time ({@link BatchIntake}).
 */
@ApplicationScoped
public class EventIntake {

    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject EventMetrics metrics;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject PassingFailures passing;

    /** Applies a record of {@value Topics#CASE_EVENTS} once per {@code consumer}, in a transaction of its own. */
    public void caseEvent(String message, String consumer, BiConsumer<EventEnvelope, CaseEvents.CaseEvent> effect) {
        take(Topics.CASE_EVENTS, message, consumer,
                envelope -> EventChecks.caseEvent(envelope, codec, orgUnits, clock), effect);
    }

    /** Applies a record of {@value Topics#COMPLAINT_EVENTS} once per {@code consumer}, in a transaction of its own. */
    public void complaintEvent(String message, String consumer, BiConsumer<EventEnvelope, ComplaintEvents.ComplaintEvent> effect) {
        take(Topics.COMPLAINT_EVENTS, message, consumer,
                envelope -> EventChecks.complaintEvent(envelope, codec, orgUnits, clock), effect);
    }

    private <E> void take(String topic, String message, String consumer, Function<EventEnvelope, E> checked,
                          BiConsumer<EventEnvelope, E> effect) {
        try {
            EventEnvelope envelope = codec.read(message);
            E event = checked.apply(envelope);
            passing.retry(topic, () -> QuarkusTransaction.requiringNew().call(() -> {
                if (inbox.firstDelivery(consumer, envelope.id())) {
                    effect.accept(envelope, event);
                }
                return null;
            }));
        } catch (PassingFailures.Stopping stopping) {
            throw stopping; // neither applied nor refused: the consumer leaves the record unacknowledged
        } catch (RuntimeException refused) {
            metrics.deadLettered(topic);
            throw refused;
        }
    }
}
