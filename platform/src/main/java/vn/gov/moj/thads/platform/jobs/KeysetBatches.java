package vn.gov.moj.thads.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Walks a large table in id order, a batch at a time, for the nightly and yearly jobs: each
 * batch's ids are read in one short transaction ({@code ids(after, size)} returns the next ids
 * after {@code after}, in order) and worked in another ({@code work(ids)} returns how many it
 * changed), so that no transaction holds a whole table. A batch whose work fails is worked once
 * more in a new transaction: a row someone changed meanwhile (an optimistic-lock conflict at
 * commit) is read afresh then, and the walk goes on instead of leaving the rest of the table for
 * the next run. A second failure stops the walk (the job runs again at its next time).
 */
public final class KeysetBatches {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(KeysetBatches.class);

    /** The smallest UUID in PostgreSQL's (unsigned) order: where a walk over UUID ids starts. */
    public static final UUID FIRST = new UUID(0L, 0L);

    private KeysetBatches() {
    }

    /** @return the sum of what each batch's work returned */
    public static long walk(int size, BiFunction<UUID, Integer, List<UUID>> ids, Function<List<UUID>, Integer> work) {
        long total = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> ids.apply(from, size));
            if (batch.isEmpty()) {
                return total;
            }
            int worked;
            try {
                worked = QuarkusTransaction.requiringNew().call(() -> work.apply(batch));
            } catch (RuntimeException first) {
                // the class only: a message may quote a row's values
                LOG.warnf("A batch of %d failed (%s); working it once more", batch.size(), first.getClass().getName());
                try {
                    worked = QuarkusTransaction.requiringNew().call(() -> work.apply(batch));
                } catch (RuntimeException second) {
                    second.addSuppressed(first);
                    throw second;
                }
            }
            total += worked;
            after = batch.get(batch.size() - 1);
        }
    }
}
