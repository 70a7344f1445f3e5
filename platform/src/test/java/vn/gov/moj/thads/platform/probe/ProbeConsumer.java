package vn.gov.moj.thads.platform.probe;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.Inbox;

/** A stand-in consumer: applies each probe event once. */
@ApplicationScoped
public class ProbeConsumer {

    private final EventCodec codec;
    private final Inbox inbox;
    private final EntityManager entityManager;

    public ProbeConsumer(EventCodec codec, Inbox inbox, EntityManager entityManager) {
        this.codec = codec;
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("probe-events")
    @Blocking
    @Transactional
    public void on(String message) {
        EventEnvelope event = codec.read(message);
        if (!inbox.firstDelivery("platform-test", event.id())) {
            return;
        }
        entityManager.createNativeQuery("insert into probe_applied (event_id, aggregate_id, label) values (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.aggregateId())
                .setParameter(3, event.data().path("label").asText())
                .executeUpdate();
    }
}
