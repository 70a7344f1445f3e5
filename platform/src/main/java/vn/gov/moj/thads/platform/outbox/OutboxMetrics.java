package vn.gov.moj.thads.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox as operators watch it on {@code /q/metrics}: {@code thads_outbox_backlog} (events
 * written but not yet acknowledged by Kafka) and {@code thads_outbox_oldest_age_seconds} (how long
 * the oldest of them has waited; 0 when none). A backlog that grows, or an age beyond seconds,
 * means the relay cannot publish (Kafka unreachable, or refusing the service's writes). Every
 * instance reports the same database's figures, refreshed every 15 seconds.
 */
@ApplicationScoped
@IfBuildProperty(name = "thads.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    @Inject EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("thads.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("thads.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished outbox event").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "15s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event"
                            + " where published_at is null").getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestAgeSeconds.set(((Number) row[1]).longValue());
        } catch (RuntimeException e) {
            LOG.debugf("Outbox figures not refreshed: %s", e.getClass().getName());
        }
    }
}
