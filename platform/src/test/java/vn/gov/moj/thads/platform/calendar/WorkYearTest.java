package vn.gov.moj.thads.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Work years and the same as-of date a year before (plain JUnit, dates by hand). */
class WorkYearTest {

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aWorkYearRunsFromOctoberToSeptember() {
        assertThat(WorkYear.of(d("2025-10-01"))).isEqualTo(new WorkYear(2026));
        assertThat(WorkYear.of(d("2026-09-30"))).isEqualTo(new WorkYear(2026));
        assertThat(new WorkYear(2026).start()).isEqualTo(d("2025-10-01"));
    }

    @Test
    void theEndOfFebruaryComparesWithTheEndOfFebruary() {
        // February 2024 ran to the 29th: its month-end report is the one a report as of 28 February 2025 compares with
        assertThat(WorkYear.sameDateYearsBefore(d("2025-02-28"), 1)).isEqualTo(d("2024-02-29"));
        assertThat(WorkYear.sameDateYearsBefore(d("2024-02-29"), 1)).isEqualTo(d("2023-02-28"));
        assertThat(WorkYear.sameDateYearsBefore(d("2028-02-29"), 4)).isEqualTo(d("2024-02-29"));
        // any other day is the same day
        assertThat(WorkYear.sameDateYearsBefore(d("2025-02-27"), 1)).isEqualTo(d("2024-02-27"));
        assertThat(WorkYear.sameDateYearsBefore(d("2026-03-31"), 1)).isEqualTo(d("2025-03-31"));
    }
}
