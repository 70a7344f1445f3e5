package vn.gov.moj.thads.platform.api;

import vn.gov.moj.thads.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Typed query parameters. JAX-RS answers 404 when a query parameter does not convert; a filter
 * with a wrong value is a bad request that names the parameter and what it accepts.
 */
public final class QueryParams {

    /** Business dates the system handles; outside them a date is a typing error, not a record. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private QueryParams() {
    }

    /** A parameter that must be there, stripped. */
    public static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value.strip();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static UUID uuidOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    public static LocalDate dateOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date like 2026-09-30");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ProblemException.invalidField(name, "must be a date from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }

    public static Integer integerOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }

    /** A work year used as a filter (1 October of the year before to 30 September), or null if absent. */
    public static Integer workYearOf(String value, String name) {
        Integer year = integerOf(value, name);
        if (year != null && (year < FIRST_WORK_YEAR || year > LAST_WORK_YEAR)) {
            throw ProblemException.invalidField(name, "must be a work year from " + FIRST_WORK_YEAR + " to " + LAST_WORK_YEAR + ", e.g. 2026");
        }
        return year;
    }

    public static final int FIRST_WORK_YEAR = 1990;
    public static final int LAST_WORK_YEAR = 2100;

    public static YearMonth monthOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a month like 2026-03");
        }
        if (month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(YearMonth.from(LATEST))) {
            throw ProblemException.invalidField(name, "must be a month from " + YearMonth.from(EARLIEST) + " to " + YearMonth.from(LATEST));
        }
        return month;
    }
}
