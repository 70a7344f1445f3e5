package vn.gov.moj.thads.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * ({@link EventChecks}), skip it when this consumer has applied it before ({@link Inbox}), and
 * count it as dead-lettered when it fails. The failure is rethrown so that the channel's
 * dead-letter strategy sends the record on with its reason and the stream goes on. The batch
 * consumer of the reporting view checks its records the same way, a batch at a time.
 */
@ApplicationScoped
public class EventIntake {

    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject EventMetrics metrics;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;

    /** Applies a record of {@value Topics#CASE_EVENTS} once per {@code consumer}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseEvent(String message, String consumer, BiConsumer<EventEnvelope, CaseEvents.CaseEvent> effect) {
        take(Topics.CASE_EVENTS, message, consumer,
                envelope -> EventChecks.caseEvent(envelope, codec, orgUnits, clock), effect);
    }

    /** Applies a record of {@value Topics#COMPLAINT_EVENTS} once per {@code consumer}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complaintEvent(String message, String consumer, BiConsumer<EventEnvelope, ComplaintEvents.ComplaintEvent> effect) {
        take(Topics.COMPLAINT_EVENTS, message, consumer,
                envelope -> EventChecks.complaintEvent(envelope, codec, orgUnits, clock), effect);
    }

    private <E> void take(String topic, String message, String consumer, Function<EventEnvelope, E> checked,
                          BiConsumer<EventEnvelope, E> effect) {
        try {
            EventEnvelope envelope = codec.read(message);
            E event = checked.apply(envelope);
            if (inbox.firstDelivery(consumer, envelope.id())) {
                effect.accept(envelope, event);
            }
        } catch (RuntimeException refused) {
            metrics.deadLettered(topic);
            throw refused;
        }
    }
}
