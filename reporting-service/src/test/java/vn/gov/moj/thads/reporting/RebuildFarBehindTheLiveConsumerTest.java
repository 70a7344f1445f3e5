package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;
import static vn.gov.moj.thads.reporting.RebuildBehindTheLiveConsumerTest.figures;
import static vn.gov.moj.thads.reporting.RebuildBehindTheLiveConsumerTest.rebuildWhileTheViewIsHeldAfter;

/**
 * A rebuild that cannot read all the live consumers have not applied (here no record at all: they are further behind
 * than a rebuild reads) used to apply those events itself, flagging nothing: a collection dated inside a signed period
 * reached the figures with no late-entry row. With a period signed it now fails, the view unchanged, and the live
 * consumer applies the collection with its late entry. Huế (46), which no other test uses.
 */
@QuarkusTest
@TestProfile(RebuildFarBehindTheLiveConsumerTest.ReadsNoLag.class)
class RebuildFarBehindTheLiveConsumerTest {

    private static final long M = 1_000_000L;

    public static class ReadsNoLag implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thads.rebuild.live-lag-records", "0");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void aRebuildThatCannotLeaveTheLagToTheLiveConsumerFailsRatherThanDropTheLateEntry() throws Exception {
        // 100M new on 2025-11-10, 30M collected on 2026-01-15; the period as of 2026-03-31 signed with them
        CaseStory story = new CaseStory(codec, new TopicClient(bootstrapServers), "46", LocalDate.parse("2025-11-10"), 100 * M)
                .collected(30 * M, LocalDate.parse("2026-01-15"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures("46", "2026-03-31").body("money.done", equalTo(30_000_000)));
        String period = as("AGENCY_HEAD", "46").body(Map.of("orgUnit", "46", "workYear", 2026, "asOf", "2026-03-31"))
                .post("/api/v1/reports/periods").then().statusCode(201).extract().path("id");

        // the live consumer reads a collection dated in the signed period and waits; the rebuild, reading no lag, fails
        rebuildWhileTheViewIsHeldAfter(() -> story.collected(20 * M, LocalDate.parse("2026-02-10")), "FAILED")
                .body("error", containsString("thads.rebuild.live-lag-records"));

        // the live consumer applies it after, with the audit: in today's figures and in the signed period's late entries
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures("46", "2026-03-31").body("money.done", equalTo(50_000_000)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN")
                .get("/api/v1/reports/periods/" + period + "/late-entries").then().statusCode(200)
                .body("difference.money.done", equalTo(20_000_000))
                .body("changes", hasSize(1)).body("changes[0].caseId", equalTo(story.id().toString()))
                .body("changes[0].changedFrom", equalTo("2026-02-10"))
                .body("changes[0].change.money.completed", equalTo(20_000_000)));
    }
}
