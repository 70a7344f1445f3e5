package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sums by key stay exact past a long, and a key that passes it leaves the others as they were. */
class ExactSumsTest {

    private static final long BOUND = 1_000_000_000_000_000L; // 10^15 VND, a case's bound

    private static long[] money(long amount) {
        long[] v = new long[CountedFigures.SIZE];
        v[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED] = amount;
        v[CountedFigures.NEWLY_ACCEPTED] = 1;
        return v;
    }

    @Test
    void aSumPastALongIsExactAndTheOtherKeysStayAsTheyWere() {
        ExactSums<String> sums = new ExactSums<>();
        // 9,300 cases of 10^15 in "a": 9,300,000,000,000,000,000, past 2^63 − 1 = 9,223,372,036,854,775,807
        for (int i = 0; i < 9_300; i++) {
            sums.add("a", money(BOUND));
        }
        sums.add("b", money(5));
        sums.add("b", money(-2));
        Map<String, BigInteger[]> result = sums.sums();
        assertThat(result.get("a")[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED]).isEqualTo(new BigInteger("9300000000000000000"));
        assertThat(result.get("a")[CountedFigures.NEWLY_ACCEPTED]).isEqualTo(BigInteger.valueOf(9_300));
        assertThat(result.get("b")[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED]).isEqualTo(BigInteger.valueOf(3));
        assertThat(result.get("b")[CountedFigures.NEWLY_ACCEPTED]).isEqualTo(BigInteger.valueOf(2));
        assertThat(sums.size()).isEqualTo(2);
    }

    @Test
    void aChangeIsCopiedNotKeptAndTakingItBackBelowALongStaysExact() {
        ExactSums<String> sums = new ExactSums<>();
        long[] change = money(Long.MAX_VALUE);
        sums.add("a", change);
        change[CountedFigures.NEWLY_ACCEPTED] = 100; // the caller's array changed afterwards: not the sum's
        sums.add("a", money(1)); // 2^63: past a long
        sums.add("a", money(-2)); // back to 2^63 − 2
        assertThat(sums.sums().get("a")[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED])
                .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE - 1));
        assertThat(sums.sums().get("a")[CountedFigures.NEWLY_ACCEPTED]).isEqualTo(BigInteger.valueOf(3));
        sums.clear();
        assertThat(sums.size()).isZero();
    }

    @Test
    void anAdditionThatWouldOverflowLeavesTheLongSumUntouched() {
        long[] sum = money(Long.MAX_VALUE);
        assertThat(CountedFigures.addIfNoOverflow(sum, money(1))).isFalse();
        assertThat(sum[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED]).isEqualTo(Long.MAX_VALUE);
        assertThat(sum[CountedFigures.NEWLY_ACCEPTED]).isEqualTo(1); // the count before it, not added either
        assertThat(CountedFigures.addIfNoOverflow(sum, money(-5))).isTrue();
        assertThat(sum[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED]).isEqualTo(Long.MAX_VALUE - 5);
        long[] low = money(Long.MIN_VALUE);
        assertThat(CountedFigures.addIfNoOverflow(low, money(-1))).isFalse();
    }
}
