package vn.gov.moj.thads.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** "Today" is a date in Vietnam, whatever the server's time zone. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(WorkingCalendar.VIETNAM);
    }
}
