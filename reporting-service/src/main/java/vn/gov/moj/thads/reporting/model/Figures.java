package vn.gov.moj.thads.reporting.model;

import java.math.BigDecimal;
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
public record Figures(long carriedIn, long newlyAccepted, long accepted, long delegated, long toEnforce,
                      long withoutConditions, long withConditions, long completed, long terminated, long reduced, long postponed,
                      long suspended, long inProgress, long done, long carriedOver, BigDecimal rate,
                      BigDecimal carriedOverReduction) {

    public static Figures of(long carriedIn, long newlyAccepted, long delegated, long withoutConditions, long completed,
                             long terminated, long postponed, long suspended, long reduced) {
        long accepted = Math.addExact(carriedIn, newlyAccepted);
        long toEnforce = Math.subtractExact(accepted, delegated);
        long withConditions = Math.subtractExact(toEnforce, withoutConditions);
        long done = Math.addExact(Math.addExact(completed, terminated), reduced);
        long carriedOver = Math.subtractExact(toEnforce, done);
        long inProgress = Math.subtractExact(Math.subtractExact(Math.subtractExact(withConditions, done), postponed), suspended);
        return new Figures(carriedIn, newlyAccepted, accepted, delegated, toEnforce, withoutConditions, withConditions,
                completed, terminated, reduced, postponed, suspended, inProgress, done, carriedOver,
                percent(done, withConditions), percent(Math.subtractExact(carriedIn, carriedOver), carriedIn));
    }

    /** a − b in percentage points; null when either is null (a rate without a denominator). */
    public static BigDecimal pointsBetween(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    /** numerator / denominator × 100, 2 decimals, half-up; null for a zero denominator. */
    public static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
