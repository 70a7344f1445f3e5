package vn.gov.moj.thads.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reports answered again from memory while the data they read has not changed: each answer is kept
 * under the version of the view's data ({@code view_version}, migration V8) read before it was
 * computed, and given again only to a request that reads the same version. Every write to a table
 * these reports read moves the version in its own transaction (a trigger on the table, so no writer
 * can forget it), so an answer is never older than the data of the moment it is asked for, whatever
 * instance wrote it: instances share the database and its version, each keeps its own answers. A
 * request inside a transaction is computed as ever (its own writes, not yet committed, could move the
 * version). At most {@value #MAX} answers, the least recently asked for leave first.
 */
@ApplicationScoped
public class ReportAnswers {

    static final int MAX = 2_000;

    /** An answer and the version of the data it was computed from (at least). */
    private record Answer(long version, Object value) {
    }

    @Inject EntityManager em;

    private final Map<Object, Answer> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Answer> eldest) {
            return size() > MAX;
        }
    };

    /** The answer for {@code key} (a record naming the report and its parameters) at the current version of the data. */
    public <T> T answer(Object key, Class<T> type, Supplier<T> compute) {
        if (QuarkusTransaction.isActive()) {
            return compute.get();
        }
        long version = version();
        synchronized (answers) {
            Answer kept = answers.get(key);
            if (kept != null && kept.version() == version) {
                return type.cast(kept.value());
            }
        }
        T value = compute.get(); // read after the version: as new as it, or newer
        synchronized (answers) {
            Answer kept = answers.get(key);
            if (kept == null || kept.version() < version) {
                answers.put(key, new Answer(version, value));
            }
        }
        return value;
    }

    /** The version of the view's data: it grows with every committed transaction that wrote a table the cached reports read. */
    public long version() {
        return ((Number) em.createNativeQuery("select coalesce(sum(n), 0) from view_version").getSingleResult()).longValue();
    }

    /**
     * Folds the rows of connections that ended into row 0, in one statement: the sum, and so the
     * version, stays as it is, and the table stays as small as the number of connections.
     */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void foldEndedConnections() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("with ended as (delete from view_version where backend <> 0"
                + " and backend not in (select pid from pg_stat_activity) returning n)"
                + " update view_version set n = n + (select coalesce(sum(n), 0) from ended) where backend = 0").executeUpdate());
    }
}
