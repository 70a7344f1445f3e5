package vn.gov.moj.thads.reporting.model;

import java.math.BigInteger;


/**
 * Today's figures of a closed period against its signed ones (issue 17, item 2), figure by
 * figure, today − signed: the counts and amounts as differences, the rate and the carried-over
 * reduction as differences in percentage points (null when either side has none); the
 * administrative judgments monitored as differences of their counts (signed too: a step of a
 * monitoring dated inside the period and recorded later changed them unseen until session 29).
 */
public record PeriodDifference(Figures cases, Figures money, AdministrativeFigures administrative, boolean changed) {

    public static PeriodDifference of(BigInteger[] signed, BigInteger[] today) {
        BigInteger[] change = CountedFigures.minus(today, signed);
        return new PeriodDifference(difference(CountedFigures.cases(signed), CountedFigures.cases(today), CountedFigures.cases(change)),
                difference(CountedFigures.money(signed), CountedFigures.money(today), CountedFigures.money(change)),
                CountedFigures.administrative(change), !CountedFigures.isZero(change));
    }

    /** Every count is linear in the counted figures, so the figures of the change are the differences; rates are not. */
    private static Figures difference(Figures signed, Figures today, Figures change) {
        return new Figures(change.carriedIn(), change.newlyAccepted(), change.accepted(), change.delegated(), change.toEnforce(),
                change.withoutConditions(), change.withConditions(), change.completed(), change.terminated(), change.reduced(), change.postponed(),
                change.suspended(), change.inProgress(), change.done(), change.carriedOver(), Figures.pointsBetween(today.rate(), signed.rate()),
                Figures.pointsBetween(today.carriedOverReduction(), signed.carriedOverReduction()));
    }
}
