package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A rebuild's inbox: the events its replay has applied, in a temporary table of its transaction per topic (the
 * live inboxes are apart too: {@link ViewUpdater#COMPLAINT_CONSUMER}), so that an event the topic holds twice
 * counts once, as in the live inbox. At the end each live inbox is made equal to its table. Rewriting the live inbox row by row instead (delete every row, insert each again) cost PostgreSQL
 * 4.3 s of a 17 s rebuild of 412,552 events, WAL and all, where the temporary table and the difference
 * at the end cost 2.4 s (docs/performance-log.md, run P).
 */
@ApplicationScoped
public class ReplayInbox {

    @Inject EntityManager em;

    /** Before the replay's first event, in its transaction (dropped at its end). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin() {
        for (String table : List.of(table(ViewUpdater.CONSUMER), table(ViewUpdater.COMPLAINT_CONSUMER))) {
            em.createNativeQuery("create temporary table " + table + " (event_id uuid primary key) on commit drop").executeUpdate();
        }
    }

    /** The temporary table of {@code consumer}'s topic. */
    private static String table(String consumer) {
        return switch (consumer) {
            case ViewUpdater.CONSUMER -> "replayed_event";
            case ViewUpdater.COMPLAINT_CONSUMER -> "replayed_complaint_event";
            default -> throw new IllegalArgumentException("No replay inbox for " + consumer);
        };
    }

    /** The ids among {@code eventIds} (of {@code consumer}'s topic) the replay meets for the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> inserted = em.createNativeQuery("insert into " + table(consumer) + " (event_id) select unnest(cast(?1 as uuid[]))"
                        + " on conflict do nothing returning event_id", UUID.class)
                .setParameter(1, eventIds.toArray(UUID[]::new)).getResultList();
        return new HashSet<>(inserted);
    }

    /** Events the replay refused: not applied, so not in the inbox it leaves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer, Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createNativeQuery("delete from " + table(consumer) + " where event_id = any(cast(?1 as uuid[]))")
                    .setParameter(1, eventIds.toArray(UUID[]::new)).executeUpdate();
        }
    }

    /**
     * After the replay: each topic's live inbox holds exactly the events the replay applied (the live consumers,
     * held meanwhile, find done what it did, and apply what it left them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void becomeTheInboxes() {
        for (String consumer : List.of(ViewUpdater.CONSUMER, ViewUpdater.COMPLAINT_CONSUMER)) {
            String table = table(consumer);
            em.createNativeQuery("analyze " + table).executeUpdate();
            em.createNativeQuery("delete from processed_event p where p.consumer = ?1"
                    + " and not exists (select 1 from " + table + " r where r.event_id = p.event_id)").setParameter(1, consumer).executeUpdate();
            em.createNativeQuery("insert into processed_event (consumer, event_id) select ?1, r.event_id from " + table + " r"
                    + " where not exists (select 1 from processed_event p where p.consumer = ?1 and p.event_id = r.event_id)")
                    .setParameter(1, consumer).executeUpdate();
        }
    }
}
