package vn.gov.moj.thads.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Working days in Vietnam: not Saturday, Sunday or a public holiday of {@code thads.calendar.holidays}
 * (configuration: the government announces the Tết dates each year).
 */
@ApplicationScoped
public class WorkingCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Set<LocalDate> holidays;

    public WorkingCalendar(@ConfigProperty(name = "thads.calendar.holidays") Optional<List<LocalDate>> holidays) {
        this.holidays = Set.copyOf(holidays.orElse(List.of()));
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
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
}
