package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    record Unit(String code, BigDecimal rate) {
    }

    @Test
    void equalRatesShareARankAndTheNextSkipsAndNoRateNoRank() {
        Unit a = new Unit("a", new BigDecimal("80.00"));
        Unit b = new Unit("b", new BigDecimal("75.50"));
        Unit c = new Unit("c", new BigDecimal("75.5"));
        Unit d = new Unit("d", new BigDecimal("60.00"));
        Unit e = new Unit("e", null);
        Map<Unit, Integer> ranks = Ranking.by(Arrays.asList(d, e, c, a, b), Unit::rate);
        assertThat(ranks).containsEntry(a, 1).containsEntry(b, 2).containsEntry(c, 2).containsEntry(d, 4).doesNotContainKey(e);
    }

    @Test
    void nobodyRankedWhenNobodyHasARate() {
        assertThat(Ranking.by(List.of(new Unit("x", null)), Unit::rate)).isEmpty();
    }
}
