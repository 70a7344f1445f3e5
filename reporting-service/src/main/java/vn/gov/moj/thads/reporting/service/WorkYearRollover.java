package vn.gov.moj.thads.reporting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.jobs.KeysetBatches;
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

    /** One walk at a time: the schedules skip while one runs, a period being closed waits for it. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    /*
     * Hourly from start-up, and at 00:00:10 on 1 October in Vietnam: until it has run, the new work year's report
     * counts only the cases an event touched since midnight (review of session 13: up to an hour after the new year).
     */
    @Scheduled(every = "1h", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
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

    /**
     * Every case still open on 1 October carried into the new work year before figures are signed: a period of the new
     * year closed before the hourly walk would sign figures without the cases carried in, and the walk would then change
     * them with no late entry to show it. Waits for a walk under way; nothing to do once the year is carried.
     */
    public void carryIntoCurrentYear() {
        running.lock();
        try {
            carryForwardOnce();
        } finally {
            running.unlock();
        }
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
