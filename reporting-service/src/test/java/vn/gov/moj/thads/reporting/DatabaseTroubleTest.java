package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.DatabaseTrouble;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * The view's stream rides over the database's passing trouble (session 10 saw one statement over its
 * time limit stop the case events for good, until a restart): a statement cancelled, its connection
 * cut, and the batch is run again until it passes; each event counts once and nothing is
 * dead-lettered. Bắc Ninh (24), which no other test uses.
 */
@QuarkusTest
class DatabaseTroubleTest {

    private static final long M = 1_000_000L;
    private static final Duration BLOCKED = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    private static void figures(int cases, long money) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("AGENCY_HEAD", "24").queryParam("orgUnit", "24")
                .queryParam("workYear", 2026).queryParam("asOf", "2026-06-30").get("/api/v1/reports/enforcement").then()
                .statusCode(200).body("cases.newlyAccepted", equalTo(cases)).body("money.newlyAccepted", equalTo((int) money)));
    }

    @Test
    void aCancelledStatementAndACutConnectionStopNothingAndCountOnce() throws Exception {
        TopicClient topics = new TopicClient(bootstrapServers);
        String first;
        try (DatabaseTrouble trouble = DatabaseTrouble.holding("processed_event")) {
            first = new CaseStory(codec, topics, "24", LocalDate.parse("2026-03-02"), 40 * M).id().toString();
            assertThat(trouble.cancelBlockedWriters(BLOCKED)).as("the view's writer waits on the held inbox").isPositive();
            assertThat(trouble.cutBlockedWriters(BLOCKED)).as("it came back after the cancel, and waits again").isPositive();
            assertThat(trouble.awaitBlockedWriter(BLOCKED)).as("it came back after its connection was cut").isTrue();
        }
        figures(1, 40 * M);
        // the stream goes on: the next case counts too
        String second = new CaseStory(codec, topics, "24", LocalDate.parse("2026-04-01"), 2 * M).id().toString();
        figures(2, 42 * M);

        assertThat(topics.records("thads.case-events.dlq", r -> Set.of(first, second).contains(r.key()), 0, Duration.ofSeconds(2)))
                .as("nothing set aside").isEmpty();
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        // a cancel and a cut, each run again (the complaint events' consumer may be the one waiting, when it has work)
        assertThat(metrics.lines().filter(l -> l.startsWith("thads_events_retried_total{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum()).isGreaterThanOrEqualTo(2.0);
    }
}
