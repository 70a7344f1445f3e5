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
}
