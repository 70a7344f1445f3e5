package vn.gov.moj.thads.platform.calendar;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Says how long the working calendar still knows the holidays: a readiness check that stays UP
 * (a missing year is no reason to stop serving) with the last covered day, the days remaining and,
 * within {@code thads.calendar.warn-before} (six months) of the end, a warning; the gauge
 * {@code thads_calendar_days_remaining}; and a WARN log line at start and at most once a day after.
 */
@Readiness
@ApplicationScoped
public class CalendarHealthCheck implements HealthCheck {

    static final String NAME = "Working calendar";
    private static final Logger LOG = Logger.getLogger(CalendarHealthCheck.class);

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Period warnBefore;
    private final AtomicReference<LocalDate> lastWarned = new AtomicReference<>();

    public CalendarHealthCheck(WorkingCalendar calendar, Clock clock, MeterRegistry registry,
                               @ConfigProperty(name = "thads.calendar.warn-before", defaultValue = "P6M") Period warnBefore) {
        this.calendar = calendar;
        this.clock = clock;
        this.warnBefore = warnBefore;
        Gauge.builder("thads.calendar.days.remaining", this, check -> check.coverage().daysRemaining())
                .description("Days until the last day whose public holidays the working calendar knows")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        coverage();
    }

    /** Today's coverage; logs its warning once a day. */
    CalendarCoverage coverage() {
        LocalDate today = LocalDate.now(clock);
        CalendarCoverage coverage = CalendarCoverage.of(calendar, today, warnBefore);
        coverage.warning().ifPresent(warning -> {
            if (!today.equals(lastWarned.getAndSet(today))) {
                LOG.warn(warning);
            }
        });
        return coverage;
    }

    @Override
    public HealthCheckResponse call() {
        CalendarCoverage coverage = coverage();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("coveredThrough", String.valueOf(coverage.coveredThrough()))
                .withData("daysRemaining", coverage.daysRemaining());
        coverage.warning().ifPresent(warning -> response.withData("warning", warning));
        return response.build();
    }
}
