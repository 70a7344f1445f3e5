package vn.gov.moj.thads.complaints.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.complaints.messaging.ComplaintEventPublisher;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.event.ComplaintEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every night, marks the open petitions past their due date (and publishes ComplaintOverdue once
 * for each), so the head of the competent agency and the level above see them in their lists.
 */
@ApplicationScoped
public class OverdueJob {

    private static final Logger LOG = Logger.getLogger(OverdueJob.class);
    private static final int BATCH = 500;

    private final ComplaintEventPublisher events;

    public OverdueJob(ComplaintEventPublisher events) {
        this.events = events;
    }

    @Scheduled(cron = "${thads.complaint-overdue-job.cron}", timeZone = "Asia/Ho_Chi_Minh",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        LOG.infof("Petitions newly overdue: %d", refresh(LocalDate.now(WorkingCalendar.VIETNAM)));
    }

    /** Marks overdue petitions as of {@code today}; returns how many became overdue. */
    public int refresh(LocalDate today) {
        int became = 0;
        UUID after = new UUID(0L, 0L); // the smallest UUID in PostgreSQL's (unsigned) order
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>find(
                            "status in ?1 and id > ?2 order by id", ComplaintStatus.OPEN, from)
                    .page(0, BATCH).list().stream().map(Complaint::id).toList());
            if (ids.isEmpty()) {
                return became;
            }
            became += QuarkusTransaction.requiringNew().call(() -> {
                int n = 0;
                for (UUID id : ids) {
                    Complaint c = Complaint.findById(id);
                    if (c.markOverdue(c.isPastDue(today))) {
                        events.publish(c, new ComplaintEvents.ComplaintOverdue(ComplaintEventPublisher.facts(c), c.dueOn()));
                        n++;
                    }
                }
                return n;
            });
            after = ids.get(ids.size() - 1);
        }
    }
}
