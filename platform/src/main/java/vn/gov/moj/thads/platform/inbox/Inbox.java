package vn.gov.moj.thads.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Makes consumers idempotent: a consumer applies an event only when {@link #firstDelivery}
 * says so, in the same transaction as its effect, so a redelivered or duplicated event changes
 * nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
