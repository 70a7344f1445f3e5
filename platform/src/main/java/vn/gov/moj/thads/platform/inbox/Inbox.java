package vn.gov.moj.thads.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.metrics.EventMetrics;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Makes consumers idempotent: a consumer applies an event only when {@link #firstDelivery}
 * says so, in the same transaction as its effect, so a redelivered or duplicated event changes
 * nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject EntityManager entityManager;
    @Inject EventMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        boolean first = entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
        if (first) {
            metrics.applied(consumer, 1);
        }
        return first;
    }

    /** The ids among {@code eventIds} delivered for the first time (a batch consumer's {@link #firstDelivery}). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> inserted = entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id) select ?1, unnest(cast(?2 as uuid[]))"
                                + " on conflict do nothing returning event_id", UUID.class)
                .setParameter(1, consumer)
                .setParameter(2, eventIds.toArray(UUID[]::new))
                .getResultList();
        metrics.applied(consumer, inserted.size());
        return new HashSet<>(inserted);
    }

    /**
     * Forgets events the consumer claimed but refused (they go to the dead-letter topic): a
     * redelivery then refuses them again instead of skipping them as done.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("delete from processed_event where consumer = ?1 and event_id = any(cast(?2 as uuid[]))")
                .setParameter(1, consumer)
                .setParameter(2, eventIds.toArray(UUID[]::new))
                .executeUpdate();
        metrics.applied(consumer, -eventIds.size());
    }
}
