package vn.gov.moj.thads.reporting.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of domain.md §6 for one org unit, work year and as-of date, in cases or in VND.
 * {@code done} is completed + terminated (for money: collected + left on terminated cases);
 * {@code rate} and {@code carriedOverReduction} are percentages with 2 decimals, null when their
 * denominator is zero.
 */
public record Figures(long carriedIn, long newlyAccepted, long accepted, long delegated, long toEnforce,
                      long withoutConditions, long withConditions, long completed, long terminated, long postponed,
                      long suspended, long inProgress, long done, long carriedOver, BigDecimal rate,
                      BigDecimal carriedOverReduction) {

    public static Figures of(long carriedIn, long newlyAccepted, long delegated, long withoutConditions, long completed,
                             long terminated, long postponed, long suspended) {
        long accepted = carriedIn + newlyAccepted;
        long toEnforce = accepted - delegated;
        long withConditions = toEnforce - withoutConditions;
        long done = completed + terminated;
        long carriedOver = toEnforce - done;
        return new Figures(carriedIn, newlyAccepted, accepted, delegated, toEnforce, withoutConditions, withConditions,
                completed, terminated, postponed, suspended, withConditions - done - postponed - suspended, done, carriedOver,
                percent(done, withConditions), percent(carriedIn - carriedOver, carriedIn));
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
