package vn.gov.moj.thads.platform.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure is the database's passing trouble (out of reach, restarting, out of connections, a deadlock), read
 * from the SQL states anywhere in its causes. Consumers wait it out ({@code PassingFailures}); a request is answered 503
 * with Retry-After ({@code ProblemMappers}), not 500: the client did nothing wrong and may simply try again. JDK types
 * only, so the gateway, which has no database library, loads it too.
 */
public final class PassingSqlStates {

    /**
     * PostgreSQL's SQL states that pass (appendix A of its manual): every connection exception (class 08), insufficient
     * resources (53: too many connections, disk full, out of memory), operator intervention (57: a cancelled statement, a
     * server shutting down or starting) except a dropped database, a serialization failure, a deadlock, a lock not
     * available in time.
     */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> PASSING_STATES = Set.of("40001", "40P01", "55P03");
    private static final String DATABASE_DROPPED = "57P04";
    /** The connection pool's (Agroal's) time-out waiting for a connection, which has no SQL state. */
    private static final String POOL_TIMEOUT = "Sorry, acquisition timeout!";

    private PassingSqlStates() {
    }

    /** The database's or the connection's passing trouble, anywhere in the causes of {@code failure}. */
    public static boolean appearIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null
                    && (sql.getCause() instanceof TimeoutException || POOL_TIMEOUT.equals(sql.getMessage()))) {
                return true; // no connection free in time: the database out of reach, or every connection busy
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
                String state = sql.getSQLState();
                return PASSING_STATES.contains(state)
                        || PASSING_CLASSES.contains(state.substring(0, 2)) && !DATABASE_DROPPED.equals(state);
            }
        }
        return false;
    }
}
