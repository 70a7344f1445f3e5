package vn.gov.moj.thads.platform.probe;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.jobs.KeysetBatches;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nightly jobs' walk: a batch whose work fails once (a petition changed by its handler while the overdue job
 * marked it: an optimistic-lock conflict at commit) is worked again, and the batches after it are not left for the
 * next night (review of session 13: the complaint service's overdue flags stayed stale for the rest of the table).
 */
@QuarkusTest
class KeysetBatchesTest {

    private static final List<UUID> IDS = IntStream.range(1, 8).mapToObj(i -> new UUID(0L, i)).toList();

    private static List<UUID> after(UUID after, int size) {
        return IDS.stream().filter(id -> id.compareTo(after) > 0).limit(size).toList();
    }

    @Test
    void aBatchThatFailsOnceIsWorkedAgainAndTheWalkGoesOn() {
        List<List<UUID>> worked = new ArrayList<>();
        int[] failures = {0};
        long total = KeysetBatches.walk(3, KeysetBatchesTest::after, batch -> {
            if (batch.contains(IDS.get(3)) && failures[0]++ == 0) {
                throw new IllegalStateException("changed by someone else meanwhile");
            }
            worked.add(batch);
            return batch.size();
        });
        assertThat(total).isEqualTo(7);
        assertThat(worked).containsExactly(IDS.subList(0, 3), IDS.subList(3, 6), IDS.subList(6, 7));
    }

    @Test
    void aBatchThatFailsTwiceStopsTheWalk() {
        List<List<UUID>> worked = new ArrayList<>();
        assertThatThrownBy(() -> KeysetBatches.walk(3, KeysetBatchesTest::after, batch -> {
            if (batch.contains(IDS.get(3))) {
                throw new IllegalStateException("broken for good");
            }
            worked.add(batch);
            return batch.size();
        })).hasMessageContaining("broken for good");
        assertThat(worked).containsExactly(IDS.subList(0, 3));
    }
}
