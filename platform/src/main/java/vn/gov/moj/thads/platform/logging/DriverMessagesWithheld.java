package vn.gov.moj.thads.platform.logging;

import io.quarkus.logging.LoggingFilter;

import java.sql.SQLException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps the database's text out of the exceptions log lines print ({@code %e}): the driver's messages quote the values
 * of the refused row (a name, an ID number: {@code Key (subject)=(…) already exists}, a batch's statement with every
 * parameter). The transaction manager logs them so when a commit fails in a synchronization (ARJUNA012125: Hibernate's
 * flush at commit refused by a constraint), and no log category can switch that off without its other warnings. The
 * line stays, and so does each exception's class, SQL state and frames: the fact that a transaction failed, and why, is
 * kept; only the messages of an exception chain that holds a driver's exception are replaced.
 */
@LoggingFilter(name = "driver-messages-withheld")
public final class DriverMessagesWithheld implements Filter {

    /** Causes followed at most: a chain that loops ends here. */
    private static final int DEEPEST_CAUSE = 20;

    /** An exception of a log line whose message was withheld: its class (and SQL state) in place of the message. */
    public static final class MessageWithheld extends RuntimeException {
        private MessageWithheld(String kind, Throwable cause) {
            super(kind, cause, false, true);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown != null && holdsADriversException(thrown)) {
            record.setThrown(withoutMessages(thrown, 0));
        }
        return true;
    }

    private static boolean holdsADriversException(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth++ < DEEPEST_CAUSE; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The chain with each message replaced by its exception's kind; suppressed exceptions are left out (their messages too). */
    private static Throwable withoutMessages(Throwable t, int depth) {
        Throwable cause = t.getCause() == null || t.getCause() == t || depth >= DEEPEST_CAUSE ? null : withoutMessages(t.getCause(), depth + 1);
        String state = t instanceof SQLException sql && sql.getSQLState() != null ? " " + sql.getSQLState() : "";
        MessageWithheld copy = new MessageWithheld(t.getClass().getName() + state, cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }
}
