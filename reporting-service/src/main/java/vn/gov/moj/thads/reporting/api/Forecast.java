package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.RateForecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The year-end forecast of a unit's children (issue 17, item 5): each child's expected case and
 * money rates on 30 September by the stated {@code method}, against its targets, with the method's
 * error on the child's past years; {@code likelyToMiss}: the children whose forecast is below a target.
 */
public record Forecast(String orgUnit, int workYear, LocalDate asOf, LocalDate yearEnd, String method, List<Row> units,
                       List<String> likelyToMiss) {

    public record Row(String orgUnit, String orgUnitName, Rate caseRate, Rate moneyRate, boolean likelyToMiss) {
    }

    /** A rate today, expected on 30 September (null without history), the target, whether it is likely missed, the error on past years. */
    public record Rate(BigDecimal current, BigDecimal expected, BigDecimal target, boolean likelyToMiss, List<RateForecast.Year> history,
                       RateForecast.Backtest errorOnPastYears) {
    }
}
