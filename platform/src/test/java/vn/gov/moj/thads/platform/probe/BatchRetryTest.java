package vn.gov.moj.thads.platform.probe;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.inbox.PassingFailures;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a batch consumer does with the database's passing trouble, with a stand-in for the consumer's work. */
@QuarkusTest
class BatchRetryTest {

    @Inject BatchIntake intake;

    private static List<ConsumerRecord<String, String>> records(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ConsumerRecord<>("thads.probe-events", 0, i, "k" + i, "{}")).toList();
    }

    private static RuntimeException failure(String state) {
        return new IllegalStateException("as Hibernate wraps it", new SQLException("the driver's message", state));
    }

    @Test
    void aBatchTooLongForTheStatementLimitGoesInHalvesInTopicOrder() {
        List<List<Long>> calls = new ArrayList<>();
        List<BatchIntake.Refused> refused = intake.applySettingAsidePoison(records(4), batch -> {
            calls.add(batch.stream().map(ConsumerRecord::offset).toList());
            if (batch.size() > 2) {
                throw failure("57014");
            }
            return List.of();
        });
        assertThat(refused).isEmpty();
        assertThat(calls).containsExactly(List.of(0L, 1L, 2L, 3L), List.of(0L, 1L), List.of(2L, 3L));
    }

    @Test
    void aLostConnectionIsWaitedOutAndTheBatchRunAgainWhole() {
        List<Integer> sizes = new ArrayList<>();
        intake.applySettingAsidePoison(records(3), batch -> {
            sizes.add(batch.size());
            if (sizes.size() <= 2) {
                throw failure("08006");
            }
            return List.of();
        });
        assertThat(sizes).containsExactly(3, 3, 3);
    }

    @Test
    void aFaultOfTheCodeIsThrownAtOnce() {
        List<Integer> sizes = new ArrayList<>();
        assertThatThrownBy(() -> intake.applySettingAsidePoison(records(2), batch -> {
            sizes.add(batch.size());
            throw failure("42P01");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(sizes).containsExactly(2);
    }

    @Test
    void oneRecordOverTheStatementLimitEveryTimeFailsItsChannelAfterFiveTries() {
        List<Integer> sizes = new ArrayList<>();
        assertThatThrownBy(() -> intake.applySettingAsidePoison(records(1), batch -> {
            sizes.add(batch.size());
            throw failure("57014");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("cancelled or timed out 5 times");
        assertThat(sizes).containsExactly(1, 1, 1, 1, 1);
    }

    @Test
    void aServiceStoppingWhileItWaitsNeitherAppliesNorRefusesTheBatch() {
        Thread.currentThread().interrupt(); // as a stopping service's executor does
        try {
            assertThatThrownBy(() -> intake.applySettingAsidePoison(records(2), batch -> {
                throw failure("08006");
            })).isInstanceOf(PassingFailures.Stopping.class);
        } finally {
            Thread.interrupted();
        }
    }
}
