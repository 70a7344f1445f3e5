package vn.gov.moj.thads.platform.probe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A statement PostgreSQL refuses: its error text quotes the value (a name, an ID number), and no log
 * line may carry it. Hibernate 6 logged it under {@code org.hibernate.orm.jdbc.error}, which the
 * category switched off for Hibernate 5 ({@code SqlExceptionHelper}) did not cover.
 */
@QuarkusTest
class DriverMessagesNotLoggedTest {

    private static final String PERSONAL = "Nguyễn Văn Lộ Thiên 079201001234";

    @Inject EntityManager em;

    @Test
    void aRefusedValueNeverReachesTheLog() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select cast(?1 as integer)")
                    .setParameter(1, PERSONAL).getSingleResult())).isInstanceOf(RuntimeException.class);
        } finally {
            root.removeHandler(capture);
        }
        // the database server's own log (which the test harness forwards here) is the database's, read by those who read its tables
        assertThat(logged).filteredOn(line -> !line.startsWith("io.zonky.test.db.postgres"))
                .noneMatch(line -> line.contains("079201001234"));
    }
}
