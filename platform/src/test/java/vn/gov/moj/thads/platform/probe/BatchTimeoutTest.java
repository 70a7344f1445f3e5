package vn.gov.moj.thads.platform.probe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.inbox.BatchIntake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch whose transaction outlives its time-out (a slow database) goes again in halves, as one
 * whose statement is cancelled: until session 12 the transaction manager's rollback failed the
 * consumer's channel, and the stream stopped until a restart. Here the time-out is 2 s and the
 * stand-in for the consumer's work takes 3 s with more than one record.
 */
@QuarkusTest
@TestProfile(BatchTimeoutTest.ShortTransactions.class)
class BatchTimeoutTest {

    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thads.events.batch-transaction-timeout", "PT2S");
        }
    }

    @Inject BatchIntake intake;

    @Test
    void aBatchOverItsTransactionTimeOutGoesAgainInHalves() {
        List<List<Long>> calls = new ArrayList<>();
        List<BatchIntake.Refused> refused = intake.applySettingAsidePoison(
                IntStream.range(0, 2).mapToObj(i -> new ConsumerRecord<>("thads.probe-events", 0, i, "k" + i, "{}")).toList(), batch -> {
                    calls.add(batch.stream().map(ConsumerRecord::offset).toList());
                    if (batch.size() > 1) {
                        try {
                            Thread.sleep(3_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return List.of();
                });
        assertThat(refused).isEmpty();
        assertThat(calls).containsExactly(List.of(0L, 1L), List.of(0L), List.of(1L));
    }
}
