package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.calendar.TimeLimit;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped calendar (reference/vietnam-calendar.csv), without Quarkus. Every expected date is
 * counted by hand in the comment beside it.
 */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void weekendsAreSkipped() {
        // Thursday 2026-11-26 + 5 working days: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 December
        assertThat(calendar.plusWorkingDays(d(2026, 11, 26), 5)).isEqualTo(d(2026, 12, 3));
    }

    @Test
    void tetHolidaysAreSkipped() {
        // Friday before Tết 2026 + 1 working day: the week of 16-20 February is off, then the weekend
        assertThat(calendar.plusWorkingDays(d(2026, 2, 13), 1)).isEqualTo(d(2026, 2, 23));
        assertThat(calendar.isWorkingDay(d(2026, 2, 18))).isFalse();
    }

    @Test
    void tet2027IsKnown() {
        // Lunar New Year 2027-02-06 (Saturday). Wednesday 3 February + 5 working days: Thu 4 - Wed 10 are
        // off (28 Chạp to mùng 3 and the two days for the weekend), so Thu 11, Fri 12, Mon 15, Tue 16, Wed 17
        assertThat(calendar.plusWorkingDays(d(2027, 2, 3), 5)).isEqualTo(d(2027, 2, 17));
        assertThat(calendar.isWorkingDay(d(2027, 2, 10))).isFalse();
        assertThat(calendar.isWorkingDay(d(2027, 2, 11))).isTrue();
    }

    @Test
    void tetInEveryYearFrom2015() {
        // a weekday inside each year's Tết is never a working day
        for (LocalDate tet : List.of(d(2015, 2, 19), d(2016, 2, 8), d(2017, 1, 30), d(2018, 2, 16), d(2019, 2, 5),
                d(2020, 1, 27), d(2021, 2, 12), d(2022, 2, 1), d(2023, 1, 24), d(2024, 2, 12), d(2025, 1, 29),
                d(2026, 2, 17), d(2027, 2, 8))) {
            assertThat(calendar.isWorkingDay(tet)).as("%s", tet).isFalse();
        }
    }

    @Test
    void aSwappedSaturdayIsAWorkingDayAndTheSwappedWeekdayIsNot() {
        // 2025: Friday 2 May was swapped for Saturday 26 April (ngày làm bù)
        assertThat(calendar.isWorkingDay(d(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(d(2025, 5, 2))).isFalse();
        // Friday 25 April + 1 working day is that Saturday
        assertThat(calendar.plusWorkingDays(d(2025, 4, 25), 1)).isEqualTo(d(2025, 4, 26));
        // Tuesday 29 April + 1: Wed 30/4 and Thu 1/5 holidays, Fri 2/5 swapped, weekend: Monday 5 May
        assertThat(calendar.plusWorkingDays(d(2025, 4, 29), 1)).isEqualTo(d(2025, 5, 5));
        // 2026: Friday 2 January swapped for Saturday 10 January; Monday 31 August for Saturday 22 August
        assertThat(calendar.isWorkingDay(d(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(d(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(d(2026, 8, 22))).isTrue();
        assertThat(calendar.isWorkingDay(d(2026, 8, 31))).isFalse();
        // 2015: the make-up day for Friday 2 January 2015 was Saturday 27 December 2014
        assertThat(calendar.isWorkingDay(d(2014, 12, 27))).isTrue();
        assertThat(calendar.isWorkingDay(d(2015, 1, 2))).isFalse();
    }

    @Test
    void nationalDayIsTwoDaysFrom2021() {
        // Labour Code 2019 art. 112: 2/9 and the day before or after it
        assertThat(calendar.isWorkingDay(d(2020, 9, 1))).isTrue();
        assertThat(calendar.isWorkingDay(d(2020, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(d(2020, 9, 3))).isTrue();
        assertThat(calendar.isWorkingDay(d(2021, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(d(2021, 9, 3))).isFalse();
        assertThat(calendar.isWorkingDay(d(2024, 9, 3))).isFalse();
        assertThat(calendar.isWorkingDay(d(2025, 9, 1))).isFalse();
    }

    @Test
    void hungKingsDayFollowsTheLunarCalendarAndMovesOffAWeekend() {
        // 10/3 lunar: Thursday 2017-04-06; Sunday 2019-04-14, taken on Monday 15; Friday 2027-04-16
        assertThat(calendar.isWorkingDay(d(2017, 4, 6))).isFalse();
        assertThat(calendar.isWorkingDay(d(2019, 4, 15))).isFalse();
        assertThat(calendar.isWorkingDay(d(2019, 4, 16))).isTrue();
        assertThat(calendar.isWorkingDay(d(2027, 4, 16))).isFalse();
    }

    @Test
    void aLimitInCalendarDaysEndingOnADayOffEndsOnTheNextWorkingDay() {
        // Friday 2025-01-10 + 15 days = Saturday 25 January; Mon 27 - Fri 31 are Tết; Sat 1, Sun 2 February:
        // the limit ends on Monday 3 February
        assertThat(calendar.deadline(d(2025, 1, 10), TimeLimit.days(15))).isEqualTo(d(2025, 2, 3));
        // Monday 2026-11-02 + 15 days = Tuesday 17 November, a working day: unchanged
        assertThat(calendar.deadline(d(2026, 11, 2), TimeLimit.days(15))).isEqualTo(d(2026, 11, 17));
        // ending on a Sunday (Wednesday 2026-11-04 + 4 = Sunday 8): Monday 9
        assertThat(calendar.deadline(d(2026, 11, 4), TimeLimit.days(4))).isEqualTo(d(2026, 11, 9));
        // ending on a Saturday worked in exchange (ngày làm bù), the agency open: that Saturday (BLDS 2015 art. 148 moves
        // a limit off a weekly rest day or a holiday, and that Saturday is neither; Friday 2025-12-26 + 15 = Sat 10 January)
        assertThat(calendar.deadline(d(2025, 12, 26), TimeLimit.days(15))).isEqualTo(d(2026, 1, 10));
    }

    @Test
    void aLimitInWorkingDaysCountsWorkingDays() {
        // Thursday 2026-04-23 + 3 working days: Fri 24, (25, 26 weekend, Mon 27 Hùng Kings compensated) Tue 28, Wed 29
        assertThat(calendar.deadline(d(2026, 4, 23), TimeLimit.workingDays(3))).isEqualTo(d(2026, 4, 29));
    }

    @Test
    void denunciationsFrom2012CountTheHolidaysOfTheirYears() {
        // Monday 2014-01-27 + 5 working days: Tết Giáp Ngọ off Tue 28 January to Wed 5 February (Công văn
        // 10525/VPCP-KGVX), Saturday 8 February worked: Thu 6, Fri 7, Sat 8, Mon 10, Tue 11 (was 3 February)
        assertThat(calendar.deadline(d(2014, 1, 27), TimeLimit.workingDays(5))).isEqualTo(d(2014, 2, 11));
        // Thursday 2013-07-04 + 60 days = Monday 2 September, Quốc khánh: the next working day (was the 2nd)
        assertThat(calendar.deadline(d(2013, 7, 4), TimeLimit.days(60))).isEqualTo(d(2013, 9, 3));
        // Tết Nhâm Thìn 2012 (four days under the 1994 Code, 21 to 29 January off, Saturday 4 February worked):
        // Friday 2012-01-20 + 3 working days = Mon 30, Tue 31 January, Wed 1 February
        assertThat(calendar.deadline(d(2012, 1, 20), TimeLimit.workingDays(3))).isEqualTo(d(2012, 2, 1));
        assertThat(calendar.isWorkingDay(d(2012, 2, 4))).isTrue();
    }

    @Test
    void theCalendarCoversTheYearsWithHolidaysAndConfigurationExtendsIt() {
        assertThat(calendar.coveredFrom()).isEqualTo(d(2012, 1, 1));
        assertThat(calendar.coveredThrough()).isEqualTo(d(2027, 12, 31));
        WorkingCalendar extended = WorkingCalendar.vietnam(List.of(d(2028, 1, 1)), List.of());
        assertThat(extended.coveredThrough()).isEqualTo(d(2028, 12, 31));
    }

    @Test
    void aSwappedWorkingDayIsAWeekendDayAndNotAHoliday() {
        assertThatThrownBy(() -> new WorkingCalendar(List.of(), List.of(d(2026, 11, 30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Saturday or Sunday");
        assertThatThrownBy(() -> new WorkingCalendar(List.of(d(2026, 11, 28)), List.of(d(2026, 11, 28))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
