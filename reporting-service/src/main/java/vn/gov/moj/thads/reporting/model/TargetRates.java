package vn.gov.moj.thads.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** The four targets (04 chỉ tiêu) in percent, of an org unit for a work year or of an officer for a month. */
@Embeddable
public record TargetRates(
        @Column(name = "case_rate", nullable = false)
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal caseRate,
        @Column(name = "money_rate", nullable = false)
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal moneyRate,
        @Column(name = "carried_over_case_reduction", nullable = false)
        @NotNull @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal carriedOverCaseReduction,
        @Column(name = "carried_over_money_reduction", nullable = false)
        @NotNull @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal carriedOverMoneyReduction) {

    /** The targets this one sets lower than {@code before} (each a "not met" that could read "met"), by name. */
    public java.util.List<String> loweredFrom(TargetRates before) {
        java.util.List<String> lowered = new java.util.ArrayList<>();
        if (caseRate.compareTo(before.caseRate) < 0) {
            lowered.add("caseRate");
        }
        if (moneyRate.compareTo(before.moneyRate) < 0) {
            lowered.add("moneyRate");
        }
        if (carriedOverCaseReduction.compareTo(before.carriedOverCaseReduction) < 0) {
            lowered.add("carriedOverCaseReduction");
        }
        if (carriedOverMoneyReduction.compareTo(before.carriedOverMoneyReduction) < 0) {
            lowered.add("carriedOverMoneyReduction");
        }
        return lowered;
    }
}
