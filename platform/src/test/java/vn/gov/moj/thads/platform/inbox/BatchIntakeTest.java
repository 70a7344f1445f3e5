package vn.gov.moj.thads.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What decides a batch's fate without Quarkus: whose fault a failure is, and a reason for every refusal. */
class BatchIntakeTest {

    private static final ConsumerRecord<String, String> RECORD = new ConsumerRecord<>("thads.case-events", 0, 7L, "k", "{}");

    @Test
    void aRefusalWithoutAMessageStillCarriesAReason() {
        assertEquals("Refused without a stated reason", new BatchIntake.Refused(RECORD, null).reason());
        assertEquals("Refused without a stated reason", new BatchIntake.Refused(RECORD, " ").reason());
        assertEquals("unknown agency 99.99", new BatchIntake.Refused(RECORD, "unknown agency 99.99").reason());
    }

    @Test
    void onlyTheRecordsOwnFaultsSetItAsideAnOutageLeavesTheBatchToRetry() {
        assertTrue(BatchIntake.isCausedByTheRecord(new RuntimeException(new SQLException("value too long", "22001"))));
        assertTrue(BatchIntake.isCausedByTheRecord(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertTrue(BatchIntake.isCausedByTheRecord(new ArithmeticException("long overflow")));
        assertFalse(BatchIntake.isCausedByTheRecord(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertFalse(BatchIntake.isCausedByTheRecord(new IllegalStateException("timeout")));
    }

    @Test
    void aFailureIsDescribedByItsKindNeverItsMessage() {
        String described = BatchIntake.describe(new RuntimeException("wrapper", new SQLException("Key (name)=(Nguyễn Văn A)", "23505")));
        assertEquals("SQLException 23505", described);
    }
}
