package vn.gov.moj.thads.reporting.api;

import vn.gov.moj.thads.reporting.model.Figures;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of a unit by kind and by category (issue 17, item 4), computed case by case from
 * the dated facts like the drill-down. {@code dimension} is kind (EX_OFFICIO, ON_REQUEST; UNKNOWN
 * for a case applied before kinds were kept, until a rebuild) or category (BANK_CREDIT,
 * LARGE_VALUE, COMPLEX, STATE_BUDGET; a case with several counts in each, so categories do not add
 * up). {@code carriedOverWithConditions}: with conditions − done (in progress + postponed +
 * suspended). {@code stateBudgetRecovered}: the VND collected in the period on STATE_BUDGET cases.
 */
public record Breakdown(String orgUnit, String orgUnitName, int workYear, LocalDate asOf, Row total, List<Row> rows,
                        BigInteger stateBudgetRecovered) {

    public record Row(String dimension, String value, Figures cases, Figures money, CasesAndMoney carriedOverWithConditions) {
        public static Row of(String dimension, String value, Figures cases, Figures money) {
            return new Row(dimension, value, cases, money, new CasesAndMoney(cases.withConditions().subtract(cases.done()),
                    money.withConditions().subtract(money.done())));
        }
    }

    public record CasesAndMoney(BigInteger cases, BigInteger money) {
    }
}
