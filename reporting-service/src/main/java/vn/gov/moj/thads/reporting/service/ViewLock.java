package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Who may write the view while a rebuild replaces it, across every instance of the service.
 * Writers (the live consumers, the work-year rollover) hold it shared, a rebuild alone. It has two
 * levels:
 * <ul>
 * <li>in this JVM, a read-write lock: a rebuild waits for this instance's writers, and they wait
 * for it, outside any transaction;</li>
 * <li>in PostgreSQL, an advisory lock on the view, for the instances that share the database: every
 * writer's transaction takes it shared ({@link #holdShared()}, without waiting), the rebuild's
 * transaction takes it alone ({@link #holdAlone()}, once the writers' transactions under way have
 * ended). A writer of another instance that meets a rebuild gets {@link ViewBusyException}: its
 * transaction rolls back, and {@link #shared} waits outside any transaction and runs it again (the
 * inbox makes the replay harmless).</li>
 * </ul>
 * A consumer waiting here holds no transaction, and its Kafka client keeps polling meanwhile, so a
 * long rebuild neither times a transaction out nor costs the consumer its partitions. A second
 * advisory lock lets one rebuild run at a time in the whole deployment ({@link #tryHoldRebuild()}).
 */
@ApplicationScoped
public class ViewLock {

    /** The view ("thads_view"), and the one rebuild at a time ("thads_rebuild"). */
    public static final long VIEW = 0x7468_6164_735f_7669L;
    public static final long REBUILD = 0x7468_6164_735f_7262L;
    private static final Duration WAIT = Duration.ofMillis(500);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    @Inject EntityManager em;

    /** Runs a writer's work (which opens its own transactions), waiting while a rebuild holds the view anywhere. */
    public <T> T shared(Supplier<T> work) {
        while (true) {
            lock.readLock().lock();
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!ViewBusyException.isCause(e)) {
                    throw e;
                }
            } finally {
                lock.readLock().unlock();
            }
            try {
                Thread.sleep(WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while a rebuild held the view", e);
            }
        }
    }

    /** Runs the rebuild's work alone in this JVM; its transaction then takes {@link #holdAlone()}. */
    public <T> T exclusive(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** In a writer's transaction: the view shared until the commit, or {@link ViewBusyException} while a rebuild holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdShared() {
        if (!Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock_shared(?1)").setParameter(1, VIEW)
                .getSingleResult())) {
            throw new ViewBusyException();
        }
    }

    /** In the rebuild's transaction: the view alone until the commit, once the writers' transactions under way have ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdAlone() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) held").setParameter(1, VIEW).getSingleResult();
    }

    /** In a transaction: whether no rebuild runs in the deployment (then none can start until the commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryHoldRebuild() {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, REBUILD)
                .getSingleResult());
    }
}
