package vn.gov.moj.thads.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days in Vietnam for the public sector: Monday to Friday, except public holidays, their
 * compensatory days off and the weekdays swapped off (hoán đổi); plus the Saturdays worked in
 * exchange (ngày làm bù). The dates are data: {@value #DATA} ships the government's announced
 * schedules (Bộ luật Lao động 2012 art. 115, 2019 art. 112; one row per date, with its source),
 * and configuration can add more ({@link WorkingCalendarProducer}).
 *
 * <p>The calendar covers the years that have holidays listed; it {@link #coveredThrough() ends} on
 * 31 December of the last one. After that it knows weekends only, which is why the services
 * warn months ahead ({@link CalendarCoverage}). A plain class: rule tests construct it directly.
 */
public final class WorkingCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATA = "/reference/vietnam-calendar.csv";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;
    private final LocalDate coveredFrom;
    private final LocalDate coveredThrough;

    /**
     * @param holidays           days off that would otherwise be working days (a holiday on a weekend may be listed too)
     * @param workingWeekendDays Saturdays or Sundays that are working days (ngày làm bù)
     */
    public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workingWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        for (LocalDate day : this.workingWeekendDays) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("A swapped working day (ngày làm bù) is a Saturday or Sunday: " + day);
            }
            if (this.holidays.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and a working day");
            }
        }
        this.coveredFrom = this.holidays.stream().min(LocalDate::compareTo).map(d -> d.withDayOfYear(1)).orElse(null);
        this.coveredThrough = this.holidays.stream().max(LocalDate::compareTo)
                .map(d -> LocalDate.of(d.getYear(), 12, 31)).orElse(null);
    }

    /** The shipped Vietnamese calendar ({@value #DATA}). */
    public static WorkingCalendar vietnam() {
        return vietnam(List.of(), List.of());
    }

    /** The shipped calendar with holidays and swapped working days added (e.g. from configuration). */
    public static WorkingCalendar vietnam(Collection<LocalDate> extraHolidays, Collection<LocalDate> extraWorkingDays) {
        Set<LocalDate> holidays = new HashSet<>(extraHolidays);
        Set<LocalDate> working = new HashSet<>(extraWorkingDays);
        try (InputStream data = WorkingCalendar.class.getResourceAsStream(DATA)) {
            if (data == null) {
                throw new IllegalStateException("The calendar data " + DATA + " is missing");
            }
            read(data, holidays, working);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingCalendar(holidays, working);
    }

    /** {@code date,kind,name}: kind HOLIDAY (a day off) or WORKING_DAY (a Saturday worked); {@code #} starts a comment. */
    private static void read(InputStream csv, Set<LocalDate> holidays, Set<LocalDate> working) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        boolean header = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!text.startsWith("date,kind,name")) {
                    throw new IllegalStateException(DATA + " must start with the columns date,kind,name");
                }
                header = true;
                continue;
            }
            String[] cells = text.split(",", 3);
            try {
                LocalDate date = LocalDate.parse(cells[0].strip());
                switch (cells.length > 1 ? cells[1].strip() : "") {
                    case "HOLIDAY" -> holidays.add(date);
                    case "WORKING_DAY" -> working.add(date);
                    default -> problems.add("line " + number + ": kind must be HOLIDAY or WORKING_DAY");
                }
            } catch (RuntimeException e) {
                problems.add("line " + number + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bad calendar data " + DATA + ": " + String.join("; ", problems));
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (isWeekend(date)) {
            return workingWeekendDays.contains(date);
        }
        return !holidays.contains(date);
    }

    /** The date {@code workingDays} working days after {@code from} (from itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        LocalDate date = from;
        int added = 0;
        while (added < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    /** {@code date} itself when it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The last day of a time limit that starts running on {@code start} (the start day not
     * counted): N working days later; or N calendar days later, moved to the next working day
     * when that day is a weekend or public holiday.
     */
    public LocalDate deadline(LocalDate start, TimeLimit limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> plusWorkingDays(start, limit.amount());
            case DAYS -> workingDayOnOrAfter(start.plusDays(limit.amount()));
        };
    }

    /** 1 January of the first year with holidays listed, or null for a calendar without any. */
    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    /** 31 December of the last year with holidays listed: after it only weekends are known. */
    public LocalDate coveredThrough() {
        return coveredThrough;
    }

    public boolean covers(LocalDate date) {
        return coveredFrom != null && !date.isBefore(coveredFrom) && !date.isAfter(coveredThrough);
    }
}
