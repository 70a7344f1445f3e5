package vn.gov.moj.thads.platform.inbox;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures a consumer waits out and runs again, by PostgreSQL's SQL states (its manual, appendix A). */
class PassingFailuresTest {

    private static RuntimeException wrapped(String state) {
        return new RuntimeException("Hibernate's wrapper", new SQLException("the driver's message", state));
    }

    @Test
    void theDatabaseOutOfReachOrBusyPasses() {
        for (String state : new String[] {"08006", "08001", "57014", "57P01", "57P03", "53300", "40001", "40P01", "55P03"}) {
            assertTrue(PassingFailures.isPassing(wrapped(state)), state);
        }
        assertTrue(PassingFailures.isPassing(new RuntimeException(new SQLTransientConnectionException("pool exhausted"))));
        // Agroal, the pool: no connection free in time (the database host not answering, or every connection busy), without a state
        assertTrue(PassingFailures.isPassing(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(PassingFailures.isPassing(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection",
                new java.util.concurrent.TimeoutException()))));
    }

    @Test
    void theRecordsFaultsAndTheCodesDoNotPass() {
        for (String state : new String[] {"22001", "23505", "42P01", "42703", "57P04", "40002", "XX000"}) {
            assertFalse(PassingFailures.isPassing(wrapped(state)), state);
        }
        assertFalse(PassingFailures.isPassing(new NullPointerException()));
        assertFalse(PassingFailures.isPassing(new RuntimeException(new SQLException("no state"))));
        // refused at commit, when Hibernate flushes: the transaction's rollback carries the record's fault, and waiting
        // it out would retry the record for ever instead of setting it aside
        jakarta.transaction.RollbackException atCommit = new jakarta.transaction.RollbackException("ARJUNA016053");
        atCommit.initCause(wrapped("23505"));
        assertFalse(PassingFailures.isPassing(new RuntimeException(atCommit)));
    }

    @Test
    void onlyACancelledStatementSplitsABatch() {
        assertTrue(PassingFailures.isStatementCancelled(wrapped("57014")));
        assertFalse(PassingFailures.isStatementCancelled(wrapped("57P01")));
        assertFalse(PassingFailures.isStatementCancelled(wrapped("08006")));
    }
}
