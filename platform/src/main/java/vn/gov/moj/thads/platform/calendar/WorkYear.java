package vn.gov.moj.thads.platform.calendar;

import java.time.LocalDate;

/**
 * A work year (năm công tác): work year N runs from 1 October of N−1 to 30 September of N
 * (domain.md §6). The one place that knows where a work year begins and ends.
 */
public record WorkYear(int year) {

    /** The work year a day belongs to: 2025-10-01 and 2026-09-30 are both in work year 2026. */
    public static WorkYear of(LocalDate day) {
        return new WorkYear(day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear());
    }

    public LocalDate start() {
        return LocalDate.of(year - 1, 10, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year, 9, 30);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public WorkYear previous() {
        return new WorkYear(year - 1);
    }
}
