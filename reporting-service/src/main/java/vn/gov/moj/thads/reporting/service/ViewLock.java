package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Writers of the view take it shared (the live consumers, the work-year rollover); a rebuild
 * takes it alone, so that nothing else writes while it replaces the view in one transaction. A
 * consumer waiting here holds no transaction, and its Kafka client keeps polling meanwhile, so a
 * long rebuild neither times a transaction out nor costs the consumer its partitions.
 */
@ApplicationScoped
public class ViewLock {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public <T> T shared(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T exclusive(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
