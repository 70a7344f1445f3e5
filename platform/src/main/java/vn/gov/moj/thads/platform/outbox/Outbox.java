package vn.gov.moj.thads.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.OffsetDateTime;

/**
 * The only way a service publishes an event: written in the transaction of the state change it
 * describes, so that both commit or neither does.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;

    public Outbox(EventCodec codec) {
        this.codec = codec;
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
