package vn.gov.moj.thads.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.database.PassingSqlStates;
import vn.gov.moj.thads.platform.metrics.EventMetrics;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A consumer's work that failed for a reason that passes (the database restarting or out of reach,
 * a statement cancelled or over its time limit, a deadlock) is run again after a wait, doubling up
 * to a limit, for as long as it takes. Failing the channel instead would stop the stream until the
 * service restarts; dead-lettering the record would lose its effect. Nothing is acknowledged
 * meanwhile, and the inbox makes the runs that did commit harmless. Any other failure is thrown at
 * once, as before: the record's own fault is set aside, a fault of the code fails the channel.
 */
@ApplicationScoped
public class PassingFailures {

    private static final Logger LOG = Logger.getLogger(PassingFailures.class);

    /** A statement cancelled: by its time limit, or by an operator. */
    private static final String QUERY_CANCELED = "57014";

    /** The service is stopping while the work waits: what it was doing is neither done nor refused, and is read again after the restart. */
    public static final class Stopping extends RuntimeException {
        Stopping(Throwable failure) {
            super("Stopping while the database's trouble lasted (" + BatchIntake.describe(failure) + ")", null, false, false);
        }
    }

    @ConfigProperty(name = "thads.events.retry.first-wait", defaultValue = "PT0.5S")
    Duration firstWait;
    @ConfigProperty(name = "thads.events.retry.longest-wait", defaultValue = "PT30S")
    Duration longestWait;
    @Inject EventMetrics metrics;

    @jakarta.annotation.PostConstruct
    void checkWaits() {
        if (firstWait.toMillis() < 10 || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalStateException("thads.events.retry.first-wait must be at least 10 ms and longest-wait at least first-wait");
        }
    }

    /** {@code work} until it succeeds or fails for a reason that does not pass (thrown). */
    public <T> T retry(String topic, Supplier<T> work) {
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (!isPassing(failure)) {
                    throw failure;
                }
                retried(topic, failure, "attempt " + attempt + "; again in " + wait.toMillis() + " ms");
                pause(wait, failure);
                wait = wait.multipliedBy(2).compareTo(longestWait) > 0 ? longestWait : wait.multipliedBy(2);
            }
        }
    }

    /** Counted and logged (the kind of failure, never its message): a run that failed for a passing reason and goes again. */
    void retried(String topic, RuntimeException failure, String how) {
        metrics.retried(topic);
        LOG.warnf("Applying records of %s failed (%s, %s)", topic, BatchIntake.describe(failure), how);
    }

    /**
     * The database's or the connection's passing trouble, anywhere in the causes; never a fault of the record, even when
     * it surfaces as the rollback of a commit (a row refused at Hibernate's flush), which waiting out would retry for ever.
     */
    public static boolean isPassing(Throwable failure) {
        if (BatchIntake.isCausedByTheRecord(failure)) {
            return false;
        }
        if (isTransactionTimedOut(failure)) {
            return true;
        }
        return PassingSqlStates.appearIn(failure);
    }

    /** Work too long for its limits (a statement cancelled, or the transaction timed out): a batch that meets it goes again in halves. */
    public static boolean isTooLong(Throwable failure) {
        return isStatementCancelled(failure) || isTransactionTimedOut(failure);
    }

    /**
     * The transaction manager rolled the transaction back at its end, which with a consumer's work
     * (it throws its own failures, so it never leaves a transaction marked for rollback) means the
     * transaction outlived its time-out: the database was slow, or the batch too big for it.
     */
    public static boolean isTransactionTimedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }

    /** A statement cancelled, by its time limit or by hand: a batch that meets it goes again in halves. */
    public static boolean isStatementCancelled(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new Stopping(failure);
        }
    }
}
