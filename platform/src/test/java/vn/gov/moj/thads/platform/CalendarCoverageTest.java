package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.calendar.CalendarCoverage;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarCoverageTest {

    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    @Test
    void warnsWithinSixMonthsOfTheEnd() {
        // 2027-07-01 + 6 months = 2028-01-01, after the last covered day
        var soon = new CalendarCoverage(END, LocalDate.of(2027, 7, 1), Period.ofMonths(6));
        assertThat(soon.endingSoon()).isTrue();
        assertThat(soon.warning()).hasValueSatisfying(w -> assertThat(w).contains("2027-12-31"));
        assertThat(soon.daysRemaining()).isEqualTo(183); // July 30 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 = 183
    }

    @Test
    void quietBeforeThat() {
        // 2027-06-30 + 6 months = 2027-12-30, still covered
        var later = new CalendarCoverage(END, LocalDate.of(2027, 6, 30), Period.ofMonths(6));
        assertThat(later.endingSoon()).isFalse();
        assertThat(later.warning()).isEmpty();
    }

    @Test
    void afterTheEndTheDaysRemainingAreNegative() {
        var past = new CalendarCoverage(END, LocalDate.of(2028, 1, 2), Period.ofMonths(6));
        assertThat(past.daysRemaining()).isEqualTo(-2);
        assertThat(past.warning()).isPresent();
    }
}
