package vn.gov.moj.thads.platform.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How long the working calendar still knows the holidays, seen from {@code today}: once its last
 * covered day is less than {@code warnBefore} away, deadlines are about to ignore Tết and the
 * year's holidays, and someone must add next year's dates before that happens.
 */
public record CalendarCoverage(LocalDate coveredThrough, LocalDate today, Period warnBefore) {

    public static CalendarCoverage of(WorkingCalendar calendar, LocalDate today, Period warnBefore) {
        return new CalendarCoverage(calendar.coveredThrough(), today, warnBefore);
    }

    /** Days from today to the last covered day (negative once it has passed). */
    public long daysRemaining() {
        return coveredThrough == null ? -1 : ChronoUnit.DAYS.between(today, coveredThrough);
    }

    public boolean endingSoon() {
        return coveredThrough == null || today.plus(warnBefore).isAfter(coveredThrough);
    }

    /** The warning to show, when the calendar ends within {@code warnBefore}. */
    public Optional<String> warning() {
        if (!endingSoon()) {
            return Optional.empty();
        }
        if (coveredThrough == null) {
            return Optional.of("The working calendar has no holidays: deadlines count weekends only");
        }
        return Optional.of("The working calendar's holidays end on " + coveredThrough + " (" + daysRemaining()
                + " days from " + today + "): add the next year's public holidays and swapped working days"
                + " (thads.calendar.holidays, thads.calendar.working-days) or deadlines after that ignore them");
    }
}
