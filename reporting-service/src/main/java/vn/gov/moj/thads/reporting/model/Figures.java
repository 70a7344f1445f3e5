package vn.gov.moj.thads.reporting.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of domain.md §6 for one org unit, work year and as-of date, in cases or in VND.
 * {@code done} is completed + terminated; in money, {@code completed} is the money collected in the
 * period (partial collections count) and {@code terminated} what was left on the cases terminated,
 * so {@code done} is money done (§6);
 * {@code rate} and {@code carriedOverReduction} are percentages with 2 decimals, null when their
 * denominator is zero.
 */
public record Figures(long carriedIn, long newlyAccepted, long accepted, long delegated, long toEnforce,
                      long withoutConditions, long withConditions, long completed, long terminated, long postponed,
                      long suspended, long inProgress, long done, long carriedOver, BigDecimal rate,
                      BigDecimal carriedOverReduction) {

    public static Figures of(long carriedIn, long newlyAccepted, long delegated, long withoutConditions, long completed,
                             long terminated, long postponed, long suspended) {
        long accepted = Math.addExact(carriedIn, newlyAccepted);
        long toEnforce = Math.subtractExact(accepted, delegated);
        long withConditions = Math.subtractExact(toEnforce, withoutConditions);
        long done = Math.addExact(completed, terminated);
        long carriedOver = Math.subtractExact(toEnforce, done);
        long inProgress = Math.subtractExact(Math.subtractExact(Math.subtractExact(withConditions, done), postponed), suspended);
        return new Figures(carriedIn, newlyAccepted, accepted, delegated, toEnforce, withoutConditions, withConditions,
                completed, terminated, postponed, suspended, inProgress, done, carriedOver,
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
