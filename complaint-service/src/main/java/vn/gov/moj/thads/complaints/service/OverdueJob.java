package vn.gov.moj.thads.complaints.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.complaints.messaging.ComplaintEventPublisher;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.jobs.KeysetBatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Every night, marks the open petitions past their due date (and publishes ComplaintOverdue once
 * for each), so the head of the competent agency and the level above see them in their lists.
 */
@ApplicationScoped
public class OverdueJob {

    private static final Logger LOG = Logger.getLogger(OverdueJob.class);
    private static final int BATCH = 500;

    @Inject ComplaintEventPublisher events;
    @Inject Clock clock;

    @Scheduled(cron = "${thads.complaint-overdue-job.cron}", timeZone = "Asia/Ho_Chi_Minh",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        LOG.infof("Petitions newly overdue: %d", refresh(LocalDate.now(clock)));
    }

    /** Marks overdue petitions as of {@code today}; returns how many became overdue. */
    public int refresh(LocalDate today) {
        return (int) KeysetBatches.walk(BATCH, (after, size) -> Complaint.<Complaint>find("status in ?1 and id > ?2 order by id",
                ComplaintStatus.OPEN, after).page(0, size).list().stream().map(Complaint::id).toList(), ids -> {
            int became = 0;
            for (UUID id : ids) {
                Complaint c = Complaint.findById(id);
                if (c.markOverdue(c.isPastDue(today))) {
                    events.publish(c, new ComplaintEvents.ComplaintOverdue(ComplaintEventPublisher.facts(c), c.dueOn()));
                    became++;
                }
            }
            return became;
        });
    }
}
