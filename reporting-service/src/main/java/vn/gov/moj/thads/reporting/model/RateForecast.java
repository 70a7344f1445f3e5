package vn.gov.moj.thads.reporting.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The year-end forecast of a rate (issue 17, item 5), by the unit's own progression: the rate on
 * 30 September is expected to be today's rate plus the average gain, in percentage points, that
 * the same unit made from the same date to 30 September in its previous work years (at most
 * {@link #YEARS}, those where both rates exist), kept within 0 to 100. No previous year, or no
 * rate today: no forecast (null). Its error on past years ({@link #backtest}) is the mean absolute
 * difference, in points, between what the method would have forecast for each past year from the
 * years before it and the rate that year actually reached.
 */
public final class RateForecast {

    /** How many previous work years the progression is taken from. */
    public static final int YEARS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A past work year of the unit: its rate on the same date and on 30 September (either null without a denominator). */
    public record Year(int workYear, BigDecimal atDate, BigDecimal atYearEnd) {
        boolean complete() {
            return atDate != null && atYearEnd != null;
        }
    }

    /** The method's error on past years: the mean absolute error in points (null without a forecast to test) over {@code forecasts}. */
    public record Backtest(BigDecimal meanAbsoluteError, int forecasts) {
    }

    private RateForecast() {
    }

    /** The expected rate on 30 September from {@code current} and the previous years (the latest {@link #YEARS} complete ones). */
    public static BigDecimal expected(BigDecimal current, List<Year> previous) {
        if (current == null) {
            return null;
        }
        List<Year> used = previous.stream().filter(Year::complete)
                .sorted((a, b) -> Integer.compare(b.workYear(), a.workYear())).limit(YEARS).toList();
        if (used.isEmpty()) {
            return null;
        }
        BigDecimal gain = used.stream().map(y -> y.atYearEnd().subtract(y.atDate())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(used.size()), 2, RoundingMode.HALF_UP);
        return current.add(gain).max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** What the method would have forecast for each of {@code years} from the years before it, against what it reached. */
    public static Backtest backtest(List<Year> years) {
        List<BigDecimal> errors = new ArrayList<>();
        for (Year year : years) {
            if (!year.complete()) {
                continue;
            }
            List<Year> before = years.stream().filter(y -> y.workYear() < year.workYear()).toList();
            BigDecimal forecast = expected(year.atDate(), before);
            if (forecast != null) {
                errors.add(forecast.subtract(year.atYearEnd()).abs());
            }
        }
        BigDecimal mean = errors.isEmpty() ? null : errors.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(errors.size()), 2, RoundingMode.HALF_UP);
        return new Backtest(mean, errors.size());
    }

    /** Whether a forecast misses its target (false without either). */
    public static boolean misses(BigDecimal expected, BigDecimal target) {
        return expected != null && target != null && expected.compareTo(target) < 0;
    }
}
