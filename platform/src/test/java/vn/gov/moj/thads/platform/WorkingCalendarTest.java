package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(Optional.of(List.of(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20))));

    @Test
    void weekendsAreSkipped() {
        // Thursday 2026-11-26 + 5 working days: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 December
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 26), 5)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void tetHolidaysAreSkipped() {
        // Friday before Tết 2026 + 1 working day: the week of 16-20 February is off, then the weekend
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
    }
}
