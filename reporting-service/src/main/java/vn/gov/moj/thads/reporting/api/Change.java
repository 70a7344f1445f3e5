package vn.gov.moj.thads.reporting.api;

import java.math.BigDecimal;

/** Differences in percentage points against the same as-of date of the previous work year. */
public record Change(BigDecimal caseRate, BigDecimal moneyRate, BigDecimal carriedOverCaseReduction,
                     BigDecimal carriedOverMoneyReduction) {
}
