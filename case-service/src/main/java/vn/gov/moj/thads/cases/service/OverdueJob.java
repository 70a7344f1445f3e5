package vn.gov.moj.thads.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.platform.jobs.KeysetBatches;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every night, flags the cases that passed a statutory limit (and unflags the ones that no longer
 * have), so agency heads can act before a complaint arrives. Works in batches by id.
 */
@ApplicationScoped
public class OverdueJob {

    private static final Logger LOG = Logger.getLogger(OverdueJob.class);
    private static final int BATCH = 500;

    @Inject StatutoryLimits limits;
    @Inject Clock clock;

    @Scheduled(cron = "${thads.overdue-job.cron}", timeZone = "Asia/Ho_Chi_Minh")
    void nightly() {
        int changed = refresh(LocalDate.now(clock));
        LOG.infof("Overdue flags refreshed: %d cases changed", changed);
    }

    /** Recomputes the flags of every open case as of {@code today}; returns how many changed. */
    public int refresh(LocalDate today) {
        return (int) KeysetBatches.walk(BATCH, (after, size) -> EnforcementCase.<EnforcementCase>find(
                "status not in ?1 and id > ?2 order by id", CaseStatus.FINAL, after).page(0, size).list().stream()
                .map(EnforcementCase::id).toList(), ids -> {
            int changed = 0;
            for (UUID id : ids) {
                EnforcementCase c = EnforcementCase.findById(id);
                String rules = EnforcementCase.storedRules(limits.passed(c, today).stream().map(Enum::name).collect(Collectors.toSet()));
                if (!Objects.equals(rules, c.storedOverdueRules())) {
                    // a bulk update: the flag is not an officer's change and must not make their ETag stale
                    EnforcementCase.update("overdueRules = ?1 where id = ?2", rules, id);
                    changed++;
                }
            }
            return changed;
        });
    }
}
