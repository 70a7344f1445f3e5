package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.reporting.service.ViewLock;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * A rebuild started while the live consumer is behind (a ministry's rebuild right after an upgrade, say) left no
 * late-entry row for what the consumer had not applied yet: the rebuild applied it, flagging nothing, and the consumer
 * then found it done. The rebuild now leaves those events to the live consumer, which applies them with the audit.
 * Đồng Nai (75), which no other test uses.
 */
@QuarkusTest
class RebuildBehindTheLiveConsumerTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void anEventTheLiveConsumerHadNotAppliedWhenARebuildStartedIsStillALateEntry() throws Exception {
        SignedStory signed = signedWithACollection(codec, new TopicClient(bootstrapServers), "75");
        // another instance's rebuild holds the view: the live consumer reads the next collection and waits with it
        rebuildWhileTheViewIsHeldAfter(() -> signed.story().collected(20 * M, LocalDate.parse("2026-02-10")));
        theLateCollectionIsFlagged(signed);
    }

    /** A case of {@code province} in a signed period, and the period's id. */
    record SignedStory(String province, CaseStory story, String period) {
    }

    /** 100M new on 2025-11-10, 30M collected on 2026-01-15; the period of {@code province} as of 2026-03-31 signed with them. */
    static SignedStory signedWithACollection(EventCodec codec, TopicClient topics, String province) {
        CaseStory story = new CaseStory(codec, topics, province, LocalDate.parse("2025-11-10"), 100 * M)
                .collected(30 * M, LocalDate.parse("2026-01-15"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(province, "2026-03-31").body("money.done", equalTo(30_000_000)));
        String period = as("AGENCY_HEAD", province).body(Map.of("orgUnit", province, "workYear", 2026, "asOf", "2026-03-31"))
                .post("/api/v1/reports/periods").then().statusCode(201).extract().path("id");
        return new SignedStory(province, story, period);
    }

    /** The 20M collected on 2026-02-10 is in today's figures, and in the late entries of the signed period with its case and day. */
    static void theLateCollectionIsFlagged(SignedStory signed) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(signed.province(), "2026-03-31")
                .body("money.done", equalTo(50_000_000)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN")
                .get("/api/v1/reports/periods/" + signed.period() + "/late-entries").then().statusCode(200)
                .body("difference.money.done", equalTo(20_000_000))
                .body("changes", hasSize(1)).body("changes[0].caseId", equalTo(signed.story().id().toString()))
                .body("changes[0].changedFrom", equalTo("2026-02-10"))
                .body("changes[0].change.money.completed", equalTo(20_000_000)));
    }

    @Test
    void aComplaintEventWaitingUnderACaseEventsIdLeavesThatCaseEventInTheRebuild() throws Exception {
        // a case of work year 2024, closed in it (carried into no year the test above reads): 4M collected, applied live
        TopicClient topics = new TopicClient(bootstrapServers);
        CaseStory story = new CaseStory(codec, topics, "75", LocalDate.parse("2024-01-10"), 10 * M)
                .collected(4 * M, LocalDate.parse("2024-02-01")).closed("TERMINATED", LocalDate.parse("2024-06-01"));
        java.util.UUID collection = story.sent.get(1).id();
        await().atMost(Duration.ofSeconds(30)).until(() -> collected(story.id()).equals(java.util.List.of(4 * M)));

        // the complaint service (compromised) sends a petition's event under the collection's id; the live consumer
        // reads it and waits, so the rebuild leaves it to them. Before, the rebuild left that id in both topics: it
        // skipped the collection, applied long ago, and wrote the inbox without it: 4M gone for good
        java.util.UUID complaintId = java.util.UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-02-03");
        var facts = new vn.gov.moj.thads.platform.event.ComplaintEvents.ComplaintFacts(complaintId, "COMPLAINT", "IN_PERSON", received,
                "75", "75", "WITHIN", "RECEIVED", null, "OFFICER", "COERCION", 1, false, received.plusDays(7), received.plusDays(37));
        var forged = new vn.gov.moj.thads.platform.event.EventEnvelope(vn.gov.moj.thads.platform.event.EventEnvelope.SPEC_VERSION,
                collection, vn.gov.moj.thads.platform.event.ComplaintEvents.SOURCE, "ComplaintReceived", complaintId.toString(),
                java.time.OffsetDateTime.now(), "application/json", vn.gov.moj.thads.platform.event.ComplaintEvents.SCHEMA_VERSION,
                "75", "75", codec.tree(new vn.gov.moj.thads.platform.event.ComplaintEvents.ComplaintReceived(facts)));
        rebuildWhileTheViewIsHeldAfter(() -> topics.send("thads.complaint-events", complaintId.toString(), codec.write(forged)));
        org.assertj.core.api.Assertions.assertThat(collected(story.id())).containsExactly(4 * M);
    }

    /**
     * Another instance's rebuild holds the view while {@code sent} sends events (the live consumers read them and wait);
     * the ministry's rebuild starts meanwhile and waits too; then the view is let go and the rebuild finishes.
     */
    private static void rebuildWhileTheViewIsHeldAfter(Runnable sent) throws Exception {
        rebuildWhileTheViewIsHeldAfter(sent, "FINISHED");
    }

    /** As above, the rebuild ending in {@code state}; its status's body. */
    static io.restassured.response.ValidatableResponse rebuildWhileTheViewIsHeldAfter(Runnable sent, String state) throws Exception {
        String location;
        try (Connection other = OtherInstance.connect(); Statement lock = other.createStatement()) {
            lock.execute("select pg_advisory_lock(" + ViewLock.VIEW + ")");
            sent.run();
            Thread.sleep(2_000);
            location = as("MINISTRY", "VN").post("/api/v1/reports/rebuild").then().statusCode(202).extract().header("Location");
            Thread.sleep(1_000);
            lock.execute("select pg_advisory_unlock(" + ViewLock.VIEW + ")");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("MINISTRY", "VN").get(location).then().statusCode(200)
                .body("state", equalTo(state)));
        return as("MINISTRY", "VN").get(location).then().statusCode(200);
    }

    /** The amounts the view holds collected on a case. */
    private static java.util.List<Long> collected(java.util.UUID caseId) throws Exception {
        try (Connection c = OtherInstance.connect(); var s = c.prepareStatement("select amount from case_collection where case_id = ?")) {
            s.setObject(1, caseId);
            java.util.List<Long> amounts = new java.util.ArrayList<>();
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    amounts.add(r.getLong(1));
                }
            }
            return amounts;
        }
    }

    static io.restassured.response.ValidatableResponse figures(String orgUnit, String asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", orgUnit).queryParam("workYear", 2026).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }
}
