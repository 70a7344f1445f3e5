package vn.gov.moj.thads.reporting.model;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rankings of sibling units (domain.md §6): 1 = the highest rate; equal rates share a rank and
 * the next rank skips (1, 2, 2, 4); a unit without a rate (nothing with conditions) is not ranked.
 */
public final class Ranking {

    private Ranking() {
    }

    /** The rank of each row among {@code rows} by {@code rate}; rows without a rate are absent. */
    public static <T> Map<T, Integer> by(List<T> rows, Function<T, BigDecimal> rate) {
        Map<T, Integer> ranks = new IdentityHashMap<>();
        for (T row : rows) {
            BigDecimal mine = rate.apply(row);
            if (mine != null) {
                ranks.put(row, 1 + (int) rows.stream().map(rate).filter(other -> other != null && other.compareTo(mine) > 0).count());
            }
        }
        return ranks;
    }
}
