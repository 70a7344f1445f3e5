package vn.gov.moj.thads.platform.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statutory time limit: a number of calendar days ({@code "15 days"}) or of working days
 * ({@code "3 working days"}). How it runs from a start date is {@link WorkingCalendar#deadline}.
 * Written in configuration as text; MicroProfile Config converts with {@link #of(String)}.
 */
public record TimeLimit(int amount, Unit unit) {

    public enum Unit { DAYS, WORKING_DAYS }

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,4})\\s+(working\\s+)?days?\\s*");

    public TimeLimit {
        if (amount < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A time limit needs a unit");
        }
    }

    public static TimeLimit days(int amount) {
        return new TimeLimit(amount, Unit.DAYS);
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, Unit.WORKING_DAYS);
    }

    /** {@code "15 days"}, {@code "1 day"}, {@code "5 working days"}. */
    public static TimeLimit of(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("A time limit is written \"N days\" or \"N working days\", not \"" + text + "\"");
        }
        return new TimeLimit(Integer.parseInt(m.group(1)), m.group(2) == null ? Unit.DAYS : Unit.WORKING_DAYS);
    }

    /** The two limits one after the other (e.g. a time limit and its extension); both in the same unit. */
    public TimeLimit plus(TimeLimit other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException("Cannot add " + other + " to " + this + ": different units");
        }
        return new TimeLimit(amount + other.amount, unit);
    }

    public TimeLimit times(int factor) {
        return new TimeLimit(amount * factor, unit);
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.WORKING_DAYS ? " working" : "") + (amount == 1 ? " day" : " days");
    }
}
