package vn.gov.moj.thads.reporting.api;

import java.math.BigDecimal;

/** One of the four results beside its target: the difference in percentage points and whether it is met (null without a target). */
public record TargetResult(BigDecimal result, BigDecimal target, BigDecimal difference, Boolean met) {
    public static TargetResult of(BigDecimal result, BigDecimal target) {
        if (target == null) {
            return new TargetResult(result, null, null, null);
        }
        if (result == null) {
            return new TargetResult(null, target, null, false);
        }
        return new TargetResult(result, target, result.subtract(target), result.compareTo(target) >= 0);
    }
}
