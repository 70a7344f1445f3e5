package vn.gov.moj.thads.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The consumers' figures operators watch on {@code /q/metrics}: {@code thads_events_applied_total}
 * (per consumer, counted once the transaction that applied them has committed, so a rolled-back
 * batch or a redelivery counts nothing) and {@code thads_events_dead_lettered_total} (per topic,
 * records sent to {@code <topic>.dlq}) and {@code thads_events_retried_total} (per topic, runs
 * that failed for a passing reason, such as the database restarting, and were run again).
 */
@ApplicationScoped
public class EventMetrics {

    private static final java.util.regex.Pattern INCOMING_TOPIC = java.util.regex.Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");

    @Inject MeterRegistry registry;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject org.eclipse.microprofile.config.Config config;

    /**
     * Each topic the service consumes has its dead-letter and retry counters from the start, at 0:
     * Prometheus's {@code increase()} sees nothing of a series whose first sample is already 1, so the
     * alert on the first dead-lettered event of a topic (deploy/kubernetes/monitoring) would miss it.
     */
    void registerAtStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        for (String name : config.getPropertyNames()) {
            if (INCOMING_TOPIC.matcher(name).matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topic -> {
                    registry.counter("thads.events.retried", "topic", topic);
                    registry.counter("thads.events.dead.lettered", "topic", topic);
                });
            }
        }
    }

    /** In the consumer's transaction: {@code count} more (or, refused after all, fewer) events applied by it. */
    public void applied(String consumer, int count) {
        String key = EventMetrics.class.getName() + ":" + consumer;
        long[] pending = (long[]) transactions.getResource(key);
        if (pending == null) {
            long[] created = {0};
            pending = created;
            transactions.putResource(key, created);
            var counter = registry.counter("thads.events.applied", "consumer", consumer);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && created[0] > 0) {
                        counter.increment(created[0]);
                    }
                }
            });
        }
        pending[0] += count;
    }

    /** A run of a topic's records that failed for a passing reason and will be run again. */
    public void retried(String topic) {
        registry.counter("thads.events.retried", "topic", topic).increment();
    }

    /** A record sent to its topic's dead-letter topic. */
    public void deadLettered(String topic) {
        registry.counter("thads.events.dead.lettered", "topic", topic).increment();
    }
}
