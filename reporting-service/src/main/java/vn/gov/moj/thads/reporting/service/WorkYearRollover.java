package vn.gov.moj.thads.reporting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.moj.thads.platform.jobs.KeysetBatches;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.reporting.repository.CaseTimelineRepository;

/**
 * On 1 October every case still open is carried into the new work year: its opening state is
 * added to the new year's daily figures. Runs shortly after start-up (which also fills the daily
 * figures of cases stored before they existed) and then every hour, doing nothing until the
 * work year changes.
 */
@ApplicationScoped
public class WorkYearRollover {

    private static final Logger LOG = Logger.getLogger(WorkYearRollover.class);
    private static final int BATCH = 500;

    @Inject ViewUpdater view;
    @Inject CaseTimelineRepository timelines;
    private volatile int completedThrough;

    @Inject ViewLock lock;

    /** One walk at a time: the schedules skip while one runs; an asked-for walk waits for it. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    /*
     * Hourly from start-up, and at 00:00:10 on 1 October in Vietnam: until it has run, the new work year's report
     * counts only the cases an event touched since midnight (review of session 13: up to an hour after the new year).
     * The first walk's delay is configuration so that a test moving the clock can hold it back.
     */
    @Scheduled(every = "1h", delayed = "${thads.work-year-rollover.first-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Scheduled(cron = "10 0 0 1 10 ?", timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void carryForward() {
        // the two triggers never walk at once (each skips only its own overlaps)
        if (!running.tryLock()) {
            return;
        }
        try {
            carryForwardOnce();
        } finally {
            running.unlock();
        }
    }

    /** A walk now, after one under way (the schedules skip instead). */
    public void carryIntoCurrentYear() {
        running.lock();
        try {
            carryForwardOnce();
        } finally {
            running.unlock();
        }
    }

    /**
     * Refuses (409) to sign figures of the current work year before every case open on 1 October is carried into it: a
     * period closed before the walk (00:00:10 on 1 October, then hourly) would sign figures without them, and the walk
     * would then change them with no late entry to show it. Asked of the database when this instance has not walked
     * since the year began (another instance may have); the walk itself is not done in the request (nationwide it takes
     * minutes).
     */
    public void requireCarriedInto(int workYear) {
        int horizon = view.horizon();
        if (workYear < horizon || completedThrough >= horizon
                || QuarkusTransaction.requiringNew().call(() -> timelines.notCarriedInto(horizon, KeysetBatches.FIRST, 1)).isEmpty()) {
            return;
        }
        throw ProblemException.conflict("work-year-not-carried", "Work year " + horizon + " has begun and the cases open on"
                + " 1 October are still being carried into it; close its periods once that is done (within the hour)");
    }

    private void carryForwardOnce() {
        int horizon = view.horizon();
        if (completedThrough >= horizon) {
            return;
        }
        long carried = lock.shared(() -> KeysetBatches.walk(BATCH, (after, size) -> timelines.notCarriedInto(horizon, after, size), ids -> {
            view.carryForward(ids);
            return ids.size();
        }));
        if (carried > 0) {
            LOG.infof("%d cases carried into work year %d", carried, horizon);
        }
        completedThrough = horizon;
    }
}
