package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * A period closed while event batches are being applied (issue 17; PeriodService.close holds the view
 * alone, {@code ViewLock.holdAlone}): every collection dated inside the period ends up either in the
 * signed figures or in the period's late entries, never in neither. Several periods of one unit are
 * closed at different moments of a stream of collections, so that closes meet batches under way.
 * Điện Biên (11), which no other test uses.
 */
@QuarkusTest
class CloseDuringEventsTest {

    private static final long M = 1_000_000L;
    private static final int COLLECTIONS = 60;
    private static final List<String> AS_OF = List.of("2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    @Test
    void aCollectionAppliedDuringACloseIsSignedOrALateEntry() throws Exception {
        // 1,000M new on 2025-11-10; then 60 collections of 1M dated 2026-01-15, inside every period below
        CaseStory story = new CaseStory(codec, new TopicClient(bootstrapServers), "11", LocalDate.parse("2025-11-10"), 1000 * M);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN").queryParam("orgUnit", "11")
                .queryParam("workYear", 2026).queryParam("asOf", "2026-06-30").get("/api/v1/reports/enforcement").then()
                .statusCode(200).body("money.newlyAccepted", equalTo(1_000_000_000)));

        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < COLLECTIONS; i++) {
                story.collected(M, LocalDate.parse("2026-01-15"));
                pause(20);
            }
        });
        // the k-th period is closed once 10k collections are in the view, while the others keep coming
        List<String> ids = new ArrayList<>();
        for (String asOf : AS_OF) {
            int applied = 10 * (ids.size() + 1);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> as("MINISTRY", "VN")
                    .queryParam("orgUnit", "11").queryParam("workYear", 2026).queryParam("asOf", "2026-06-30")
                    .get("/api/v1/reports/enforcement").then().extract().<Integer>path("money.done") >= applied * M);
            ids.add(as("MINISTRY", "VN").body(java.util.Map.of("orgUnit", "11", "workYear", 2026, "asOf", asOf))
                    .post("/api/v1/reports/periods").then().statusCode(201).extract().path("id"));
        }
        stream.get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN").queryParam("orgUnit", "11")
                .queryParam("workYear", 2026).queryParam("asOf", "2026-06-30").get("/api/v1/reports/enforcement").then()
                .statusCode(200).body("money.done", equalTo((int) (COLLECTIONS * M))));

        int lateInAll = 0;
        for (int i = 0; i < ids.size(); i++) {
            JsonPath late = as("MINISTRY", "VN").get("/api/v1/reports/periods/" + ids.get(i) + "/late-entries").then()
                    .statusCode(200).extract().jsonPath();
            long signed = late.getLong("signed.money.done");
            Set<String> lateCollections = new HashSet<>();
            for (List<String> events : late.<List<String>>getList("changes.events")) {
                events.stream().filter(e -> e.startsWith("CollectionRecorded:")).forEach(lateCollections::add);
            }
            assertThat(late.getLong("today.money.done")).as("today's figures of the period as of %s", AS_OF.get(i))
                    .isEqualTo(COLLECTIONS * M);
            // each collection once: in the signed figures or a late entry (never in neither, never in both)
            assertThat(signed / M + lateCollections.size()).as("collections signed (%d M) and late (%d) as of %s",
                    signed / M, lateCollections.size(), AS_OF.get(i)).isEqualTo(COLLECTIONS);
            assertThat(late.getLong("difference.money.done")).isEqualTo(COLLECTIONS * M - signed);
            assertThat(signed).as("closed after %d collections", 10 * (i + 1)).isGreaterThanOrEqualTo(10 * (i + 1) * M);
            lateInAll += lateCollections.size();
        }
        assertThat(lateInAll).as("collections that came after a close: the stream went on during the closes").isPositive();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
