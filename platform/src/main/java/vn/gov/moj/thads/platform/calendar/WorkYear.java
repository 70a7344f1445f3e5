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

    /**
     * The same as-of date {@code years} years before, for comparing figures: the end of February stays the end of
     * February (a report as of 28 February 2025 compares with 29 February 2024, the end of that month's report), any
     * other day is the same day (29 February going back to a common year becomes the 28th, that month's end).
     */
    public static LocalDate sameDateYearsBefore(LocalDate asOf, int years) {
        LocalDate before = asOf.minusYears(years);
        boolean endOfFebruary = asOf.getMonthValue() == 2 && asOf.getDayOfMonth() == asOf.lengthOfMonth();
        return endOfFebruary ? before.withDayOfMonth(before.lengthOfMonth()) : before;
    }
}
