package vn.gov.moj.thads.platform.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter and retry counters of every topic a service consumes exist from its start, at 0:
 * an alert on {@code increase(thads_events_dead_lettered_total[15m]) > 0} sees nothing of a series
 * whose first sample is already 1, so without them the first refused event of a topic would page
 * no one. Plain JUnit: no Quarkus.
 */
class EventMetricsTest {

    @Test
    void eachConsumedTopicHasItsCountersAtZeroFromTheStart() {
        EventMetrics metrics = new EventMetrics();
        metrics.registry = new SimpleMeterRegistry();
        metrics.config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "mp.messaging.incoming.case-events.topic", "thads.case-events",
                "mp.messaging.incoming.complaint-events.topic", "thads.complaint-events",
                "mp.messaging.incoming.complaint-events.dead-letter-queue.topic", "thads.complaint-events.dlq",
                "mp.messaging.outgoing.outbox.topic", "thads.case-events.outgoing"), "test", 100)).build();

        metrics.registerAtStart(null);

        for (String name : new String[]{"thads.events.dead.lettered", "thads.events.retried"}) {
            assertThat(metrics.registry.find(name).counters()).as(name)
                    .extracting(c -> c.getId().getTag("topic") + "=" + c.count())
                    .containsExactlyInAnyOrder("thads.case-events=0.0", "thads.complaint-events=0.0");
        }
    }
}
