package vn.gov.moj.thads.reporting.api;

import java.util.List;

/** The four targets (04 chỉ tiêu): case rate, money rate, and the two carried-over reductions. */
public record Targets(TargetResult caseRate, TargetResult moneyRate, TargetResult carriedOverCaseReduction,
                      TargetResult carriedOverMoneyReduction) {
    public boolean allMet() {
        return List.of(caseRate, moneyRate, carriedOverCaseReduction, carriedOverMoneyReduction).stream()
                .allMatch(t -> Boolean.TRUE.equals(t.met()));
    }
}
