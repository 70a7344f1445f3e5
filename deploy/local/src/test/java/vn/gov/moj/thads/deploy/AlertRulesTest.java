package vn.gov.moj.thads.deploy;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.AlertRules;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules an on-call team gets (deploy/kubernetes/monitoring): each says how bad it is and
 * what it means, and reads the metrics it was written for. That those metrics are exported under
 * these names is checked by the services' HealthAndDocsTest (Kafka Exporter's, which no service
 * exports, by KubernetesManifestsTest against the exporter's settings).
 */
class AlertRulesTest {

    private static final AlertRules RULES = AlertRules.from(Path.of(System.getProperty("thads.root", "../..")));

    @Test
    void everyAlertHasASeveritySummaryAndDescription() {
        assertThat(RULES.alerts()).hasSizeGreaterThanOrEqualTo(7).allSatisfy(alert -> {
            assertThat(alert.name()).startsWith("Thads");
            assertThat(alert.expr()).isNotBlank();
            assertThat(alert.severity()).as(alert.name()).isIn("critical", "warning");
            assertThat(alert.summary()).as(alert.name()).isNotBlank();
            assertThat(alert.description()).as(alert.name()).isNotBlank();
        });
    }

    @Test
    void theMetricsReadAreTheServicesOwnAndNotTheQueryLanguagesWords() {
        assertThat(RULES.metrics()).containsExactlyInAnyOrder("thads_outbox_oldest_age_seconds", "thads_events_dead_lettered_total",
                "thads_events_retried_total", "kafka_consumer_fetch_manager_records_lag_max", "thads_calendar_days_remaining",
                "http_server_requests_seconds_count", "thads_report_seconds_bucket", "kafka_consumergroup_lag",
                "cnpg_pg_stat_archiver_failed_count", "cnpg_collector_pg_wal_archive_status");
    }

    @Test
    void aDatabaseThatStopsArchivingItsLogPagesSomeone() {
        // CloudNativePG's own metrics, scraped from the databases' pods (KubernetesManifestsTest): before, a failing WAL
        // archive (a wrong endpoint, rotated keys) went unseen until the WAL volume filled and the primary stopped
        assertThat(RULES.alerts()).filteredOn(a -> a.name().equals("ThadsDatabaseNotArchiving")).singleElement()
                .satisfies(a -> {
                    assertThat(a.severity()).isEqualTo("critical");
                    assertThat(a.expr()).contains("cnpg_pg_stat_archiver_failed_count").contains("cnpg_collector_pg_wal_archive_status");
                });
    }

    @Test
    void theServicesAreNotAskedForKafkaExportersMetricsAndOnlyForThose() {
        // the services' HealthAndDocsTest checks each metric against their /q/metrics, less Kafka Exporter's (KubernetesManifestsTest
        // checks the exporter reads the groups its alert names); a service's own metric left out here would go unchecked
        assertThat(AlertRules.FROM_KAFKA_EXPORTER).isNotEmpty().allMatch(m -> m.startsWith("kafka_consumergroup_") || m.startsWith("kafka_topic_"));
        assertThat(RULES.missingFrom("", java.util.Set.of())).doesNotContainAnyElementsOf(AlertRules.FROM_KAFKA_EXPORTER)
                .contains("thads_outbox_oldest_age_seconds", "kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void anOutageAlertWaitsLongerThanTheRetriesLongestWait() {
        // the consumers wait at most 30 s between runs (thads.events.retry.longest-wait): a for: shorter than a few of those would page on a blip
        assertThat(RULES.alerts()).filteredOn(a -> a.name().equals("ThadsConsumerWaitingForDatabase")).singleElement()
                .satisfies(a -> assertThat(a.forDuration()).isEqualTo("10m"));
    }
}
