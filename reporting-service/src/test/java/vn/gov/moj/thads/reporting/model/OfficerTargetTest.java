package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When an officer's monthly targets may be set: no Quarkus. */
class OfficerTargetTest {

    @Test
    void aHeadSetsTheTargetsOfTheCurrentMonthOrLaterAndTheMinistryAnyMonths() {
        LocalDate today = LocalDate.parse("2026-12-01");
        OfficerTarget.requireSettable(YearMonth.parse("2026-12"), today, false, 0);
        OfficerTarget.requireSettable(YearMonth.parse("2027-01"), today, false, 0);
        assertThatThrownBy(() -> OfficerTarget.requireSettable(YearMonth.parse("2026-11"), today, false, 0))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.slug()).isEqualTo("month-over");
                    assertThat(v.details()).containsEntry("earliestMonth", "2026-12");
                });
        OfficerTarget.requireSettable(YearMonth.parse("2026-11"), today, true, 0);
        // a month back allowed: November, not October; across the year's end too
        OfficerTarget.requireSettable(YearMonth.parse("2026-11"), today, false, 1);
        assertThatThrownBy(() -> OfficerTarget.requireSettable(YearMonth.parse("2026-10"), today, false, 1))
                .isInstanceOf(RuleViolation.class);
        OfficerTarget.requireSettable(YearMonth.parse("2025-12"), LocalDate.parse("2026-01-31"), false, 1);
    }

    @Test
    void onceItsMonthHasBegunNoneOfTheFourTargetsGoesBelowTheVersionInForce() {
        LocalDate today = LocalDate.parse("2026-12-02");
        OfficerTarget december = new OfficerTarget(LocalDate.parse("2026-12-01"), java.util.UUID.randomUUID());
        december.requireNotLoweredByOwnHead(rates("10", "10", "0", "0"), today); // a first setting: anything
        december.set("19.05", rates("60", "40", "5", "5"), "head");
        december.requireNotLoweredByOwnHead(rates("60", "40", "5", "5"), today);
        december.requireNotLoweredByOwnHead(rates("61", "40.5", "5", "6"), today);
        assertThatThrownBy(() -> december.requireNotLoweredByOwnHead(rates("70", "40", "4.99", "5"), today))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.slug()).isEqualTo("targets-lowered-in-month");
                    assertThat(v.details()).containsEntry("lowered", java.util.List.of("carriedOverCaseReduction"));
                });
        // on its first day the month has begun; the day before it had not
        assertThatThrownBy(() -> december.requireNotLoweredByOwnHead(rates("59", "40", "5", "5"), LocalDate.parse("2026-12-01")))
                .isInstanceOf(RuleViolation.class);
        december.requireNotLoweredByOwnHead(rates("0", "0", "0", "0"), LocalDate.parse("2026-11-30"));
    }

    private static TargetRates rates(String cases, String money, String carriedCases, String carriedMoney) {
        return new TargetRates(new java.math.BigDecimal(cases), new java.math.BigDecimal(money), new java.math.BigDecimal(carriedCases),
                new java.math.BigDecimal(carriedMoney));
    }
}
