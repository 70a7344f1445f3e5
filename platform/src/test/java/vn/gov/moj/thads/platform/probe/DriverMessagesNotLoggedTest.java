package vn.gov.moj.thads.platform.probe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.LoggedRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A statement PostgreSQL refuses: its error text quotes the value (a name, an ID number), and no log
 * line may carry it. Hibernate 6 logged it under {@code org.hibernate.orm.jdbc.error}, which the
 * category switched off for Hibernate 5 ({@code SqlExceptionHelper}) did not cover; the transaction
 * manager logs the exception of a commit refused at Hibernate's flush (ARJUNA012125), which the
 * console printed with every message of its causes.
 */
@QuarkusTest
class DriverMessagesNotLoggedTest {

    private static final String ID_NUMBER = "079201001234";
    private static final String PERSONAL = "Nguyễn Văn Lộ Thiên " + ID_NUMBER;

    @Inject EntityManager em;

    @Test
    void aRefusedValueNeverReachesTheLog() {
        List<String> logged = logDuring(() -> assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("select cast(?1 as integer)").setParameter(1, PERSONAL).getSingleResult()))
                .isInstanceOf(RuntimeException.class));
        assertThat(logged).noneMatch(line -> line.contains(ID_NUMBER));
    }

    /**
     * The loser of two requests that add the same row (the services check, then persist; the unique constraint refuses
     * the second at the commit's flush): the transaction manager's warning is printed, its exceptions by class and SQL
     * state, without the row's values.
     */
    @Test
    void aRowRefusedAtCommitIsLoggedWithoutItsValues() {
        String id = "probe-" + UUID.randomUUID().toString().substring(0, 8) + "-" + ID_NUMBER;
        QuarkusTransaction.requiringNew().run(() -> em.persist(new ProbeRow(id, PERSONAL)));
        List<String> logged = logDuring(() -> assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> em.persist(new ProbeRow(id, PERSONAL)))).hasRootCauseInstanceOf(java.sql.SQLException.class));
        assertThat(logged).noneMatch(line -> line.contains(ID_NUMBER));
        // that the commit failed, and why, is still told
        assertThat(logged).anyMatch(line -> line.contains("ARJUNA012125") && line.contains("PSQLException 23505"));
    }

    /**
     * What the console prints of every record logged during {@code action} (its handlers, with their filters and the
     * format, which prints an exception with its causes: {@code %e}), and each record's message and parameters as any
     * other handler would get them. The database server's own log, which the test harness forwards here, is left out:
     * it is the database's, read by those who read its tables.
     */
    private static List<String> logDuring(Runnable action) {
        List<LogRecord> records = LoggedRecords.during(action);
        List<Handler> consoles = consoles(Logger.getLogger("").getHandlers());
        assertThat(consoles).as("the console handlers").isNotEmpty();
        List<String> logged = new ArrayList<>();
        for (LogRecord record : records) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("io.zonky.test.db.postgres")) {
                continue;
            }
            logged.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            for (Handler console : consoles) {
                if (console.isLoggable(record)) {
                    logged.add(console.getFormatter().format(record));
                }
            }
        }
        return logged;
    }

    private static List<Handler> consoles(Handler[] handlers) {
        List<Handler> found = new ArrayList<>();
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                found.add(handler);
            } else if (handler instanceof ExtHandler parent) {
                found.addAll(consoles(parent.getHandlers()));
            }
        }
        return found;
    }
}
