package vn.gov.moj.thads.reporting.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The figures of domain.md §6 for one org unit, work year and as-of date, in cases or in VND.
 * {@code done} is completed + terminated + reduced; in money, {@code completed} is the money collected
 * in the period (partial collections count), {@code terminated} what was left on the cases terminated
 * and {@code reduced} what exemptions and reductions of state-budget obligations relieved in the
 * period (giảm thi hành án, counted among done as the national statistics do), so {@code done} is
 * money done (§6). In cases {@code reduced} is 0: a reduction does not finish a case, and an
 * exempted case is counted as completed;
 * {@code rate} and {@code carriedOverReduction} are percentages with 2 decimals, null when their
 * denominator is zero.
 */
public record Figures(BigInteger carriedIn, BigInteger newlyAccepted, BigInteger accepted, BigInteger delegated, BigInteger toEnforce,
                      BigInteger withoutConditions, BigInteger withConditions, BigInteger completed, BigInteger terminated,
                      BigInteger reduced, BigInteger postponed, BigInteger suspended, BigInteger inProgress, BigInteger done,
                      BigInteger carriedOver, BigDecimal rate, BigDecimal carriedOverReduction) {

    public static Figures of(BigInteger carriedIn, BigInteger newlyAccepted, BigInteger delegated, BigInteger withoutConditions,
                             BigInteger completed, BigInteger terminated, BigInteger postponed, BigInteger suspended, BigInteger reduced) {
        BigInteger accepted = carriedIn.add(newlyAccepted);
        BigInteger toEnforce = accepted.subtract(delegated);
        BigInteger withConditions = toEnforce.subtract(withoutConditions);
        BigInteger done = completed.add(terminated).add(reduced);
        BigInteger carriedOver = toEnforce.subtract(done);
        BigInteger inProgress = withConditions.subtract(done).subtract(postponed).subtract(suspended);
        return new Figures(carriedIn, newlyAccepted, accepted, delegated, toEnforce, withoutConditions, withConditions,
                completed, terminated, reduced, postponed, suspended, inProgress, done, carriedOver,
                percent(done, withConditions), percent(carriedIn.subtract(carriedOver), carriedIn));
    }

    /** a − b in percentage points; null when either is null (a rate without a denominator). */
    public static BigDecimal pointsBetween(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    /** numerator / denominator × 100, 2 decimals, half-up; null for a zero denominator. */
    public static BigDecimal percent(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return new BigDecimal(numerator).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
    }
}
