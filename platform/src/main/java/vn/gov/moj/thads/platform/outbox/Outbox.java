package vn.gov.moj.thads.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The only way a service publishes an event: written in the transaction of the state change it
 * describes, so that both commit or neither does.
 */
@ApplicationScoped
public class Outbox {

    @Inject EventCodec codec;
    @Inject Clock clock;

    /**
     * {@code event} (a record of the topic's sealed event type, whose simple name is the event type)
     * about {@code aggregateId}, stamped with the shared clock's time in Vietnam.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String source, int schemaVersion, Object event, String aggregateId,
                        String agencyCode, String provinceCode) {
        publish(topic, EventEnvelope.of(source, event.getClass().getSimpleName(), schemaVersion, aggregateId,
                agencyCode, provinceCode, OffsetDateTime.now(clock), codec.tree(event)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, EventEnvelope event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.messageKey = event.aggregateId();
        row.eventType = event.type();
        row.payload = codec.write(event);
        row.createdAt = OffsetDateTime.now();
        row.persist();
    }
}
