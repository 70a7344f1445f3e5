package vn.gov.moj.thads.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The service's {@link WorkingCalendar}: the shipped Vietnamese calendar, plus what configuration
 * adds: {@code thads.calendar.holidays} (days off, e.g. a holiday announced after this release or
 * Ngày Văn hóa Việt Nam once the Labour Code makes it one) and {@code thads.calendar.working-days}
 * (Saturdays worked in exchange). Holidays in a year after the shipped data extend the calendar.
 */
@ApplicationScoped
public class WorkingCalendarProducer {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar(@ConfigProperty(name = "thads.calendar.holidays") Optional<List<LocalDate>> holidays,
                                    @ConfigProperty(name = "thads.calendar.working-days") Optional<List<LocalDate>> workingDays) {
        return WorkingCalendar.vietnam(holidays.orElse(List.of()), workingDays.orElse(List.of()));
    }
}
