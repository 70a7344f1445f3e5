package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.reporting.model.CountedFigures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A rebuild gives the view the live consumers built: the same figures, the same facts of each case
 * and the same inbox, so that a live redelivery after it counts nothing twice; and it makes the rows of
 * the breakdown by kind and category whole. The tests' rebuilds
 * write and read back cases and figures every few records (application.properties), so the cases
 * below, whose events are interleaved, are written and read again midway. Gia Lai (52), work year
 * 2026 (1 October 2025 to 30 September 2026); the figures are worked out in the comments.
 */
@QuarkusTest
class ViewRebuildTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;
    @Inject DataSource dataSource;

    @Test
    void aRebuildGivesTheViewTheLiveConsumersBuilt() throws Exception {
        TopicClient topics = new TopicClient(bootstrapServers);
        // P: carried in, 100M; 30M collected before the year, 20M in it: 70M this year, 50M outstanding
        CaseStory p = new CaseStory(codec, topics, "52", d("2025-03-01"), 100 * M);
        // Q: new, 50M; without conditions, then with them, collected in full (delivered twice) and completed
        CaseStory q = new CaseStory(codec, topics, "52", d("2025-11-10"), 50 * M);
        p.verified("HAS_CONDITIONS", d("2025-04-01"));
        q.verified("NO_CONDITIONS", d("2025-11-20"));
        p.collected(30 * M, d("2025-06-01"));
        // R: new, 40M, never verified (with conditions), postponed
        CaseStory r = new CaseStory(codec, topics, "52", d("2026-01-05"), 40 * M);
        p.collected(20 * M, d("2025-12-01"));
        q.verified("HAS_CONDITIONS", d("2026-03-01"));
        r.paused("POSTPONED", d("2026-02-01"));
        // R made COMPLEX by the head (dated today, so in work year 2026's figures it has no category; its carried-over
        // share in the current year moves to the COMPLEX row today): the rebuild must keep the change and its rows
        r.categorised(List.of("COMPLEX"));
        // and a verification after it that changes no figure (R stays postponed), so that R is read back with its change
        r.verified("HAS_CONDITIONS", d("2026-02-15"));
        q.collected(50 * M, d("2026-04-01")).redelivered();
        // a collection of 60M on P, whose facts pass the checks: 50M + 60M is more than its 100M, refused
        CaseEvents.CaseFacts facts = new CaseEvents.CaseFacts(p.id(), "52", "52", "QĐ-" + p.id(), d("2025-03-01"), "ON_REQUEST",
                "HAS_CONDITIONS", null, 100 * M, 50 * M, 50 * M, List.of(), null, 0);
        EventEnvelope over = EventEnvelope.of(CaseEvents.SOURCE, "CollectionRecorded", 1, p.id().toString(), "52", "52",
                OffsetDateTime.now(), codec.tree(new CaseEvents.CollectionRecorded(facts, 60 * M, d("2026-02-01"), "BL-over")));
        topics.send("thads.case-events", p.id().toString(), codec.write(over));
        q.closed("COMPLETED", d("2026-04-05"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("2026-09-30").body("cases.completed", equalTo(1))
                .body("cases.postponed", equalTo(1)).body("money.completed", equalTo(70_000_000)));
        List<UUID> cases = List.of(p.id(), q.id(), r.id());
        List<UUID> applied = Stream.of(p, q, r).flatMap(s -> s.sent.stream()).map(EventEnvelope::id).toList();
        Map<String, List<String>> live = view(cases, applied);
        assertWorkedOut(live, p, q, r, over.id());

        // as if the view had held cases before the breakdown's rows were kept (migration V10): a rebuild fills them
        update("update breakdown_figures_state set kept = false");
        // the inbox a rebuild leaves holds what it applied, whatever the inbox held before it: a row of an event that no
        // topic holds goes (left, it would skip that event if it came), and a lost row of an applied event comes back
        UUID stray = UUID.randomUUID();
        update("insert into processed_event (consumer, event_id) values ('reporting-view', '" + stray + "')");
        update("delete from processed_event where event_id = '" + q.sent.get(0).id() + "'");
        EnforcementFiguresTest.rebuildAndWait();
        assertWorkedOut(view(cases, applied), p, q, r, over.id());
        assertThat(view(cases, applied)).isEqualTo(live);
        assertThat(rows("select event_id from processed_event where event_id = ?", stray)).isEmpty();
        assertThat(rows("select kept from breakdown_figures_state")).containsExactly("t");

        // after the rebuild, a redelivery is still a duplicate: P's 20M again, then a verification of P that changes no figure
        topics.send("thads.case-events", p.id().toString(), codec.write(p.sent.get(3)));
        p.verified("HAS_CONDITIONS", d("2026-06-01"));
        UUID last = p.sent.get(p.sent.size() - 1).id();
        await().atMost(Duration.ofSeconds(30)).until(() -> !rows("select event_id from processed_event where event_id = ?", last).isEmpty());
        report("2026-09-30").body("money.completed", equalTo(70_000_000)).body("money.done", equalTo(70_000_000));
        assertThat(rows("select amount from case_collection where case_id = ? order by collected_on", p.id())).containsExactly("30000000", "20000000");
    }

    @Test
    void aComplaintEventCarryingACaseEventsIdCancelsNothing() throws Exception {
        TopicClient topics = new TopicClient(bootstrapServers);
        // S: 80M in Gia Lai, 30M collected; its events kept, to be sent after the forgery
        CaseStory s = new CaseStory(codec, topics, "52", d("2026-01-12"), 80 * M, false);
        s.collected(30 * M, d("2026-02-02"));
        EventEnvelope collection = s.sent.get(1);
        // the complaint service (compromised) reads the case events: it sends a petition's event under the collection's id
        // before the view has applied the collection. One inbox for both topics took the collection for a duplicate then,
        // and in every rebuild that read the complaint topic first: 30M gone from the figures, not dead-lettered
        UUID complaintId = UUID.randomUUID();
        LocalDate received = d("2026-02-03");
        var facts = new ComplaintEvents.ComplaintFacts(complaintId, "COMPLAINT", "IN_PERSON", received, "52", "52", "WITHIN", "RECEIVED",
                null, "OFFICER", "COERCION", 1, false, received.plusDays(7), received.plusDays(37));
        EventEnvelope forged = new EventEnvelope(EventEnvelope.SPEC_VERSION, collection.id(), ComplaintEvents.SOURCE, "ComplaintReceived",
                complaintId.toString(), OffsetDateTime.now(), "application/json", ComplaintEvents.SCHEMA_VERSION, "52", "52",
                codec.tree(new ComplaintEvents.ComplaintReceived(facts)));
        topics.send("thads.complaint-events", complaintId.toString(), codec.write(forged));
        await().atMost(Duration.ofSeconds(30)).until(() -> !rows("select status from complaint_fact where complaint_id = ?", complaintId).isEmpty());
        for (EventEnvelope e : s.sent) {
            topics.send("thads.case-events", s.id().toString(), codec.write(e));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows("select amount from case_collection where case_id = ?",
                s.id())).containsExactly("30000000"));
        EnforcementFiguresTest.rebuildAndWait();
        assertThat(rows("select amount from case_collection where case_id = ?", s.id())).containsExactly("30000000");
        assertThat(rows("select status from complaint_fact where complaint_id = ?", complaintId)).containsExactly("RECEIVED");
    }

    /** The figures and facts worked out by hand, the same before and after a rebuild. */
    private void assertWorkedOut(Map<String, List<String>> view, CaseStory p, CaseStory q, CaseStory r, UUID refused) throws Exception {
        report("2026-09-30")
                // P carried in; Q and R new; all three with conditions (R never verified)
                .body("cases.carriedIn", equalTo(1)).body("cases.newlyAccepted", equalTo(2)).body("cases.accepted", equalTo(3))
                .body("cases.delegated", equalTo(0)).body("cases.toEnforce", equalTo(3))
                .body("cases.withoutConditions", equalTo(0)).body("cases.withConditions", equalTo(3))
                // Q completed, R postponed, P in progress: 1 / 3 = 33.33 %
                .body("cases.completed", equalTo(1)).body("cases.terminated", equalTo(0)).body("cases.postponed", equalTo(1))
                .body("cases.suspended", equalTo(0)).body("cases.inProgress", equalTo(1)).body("cases.done", equalTo(1))
                .body("cases.carriedOver", equalTo(2)).body("cases.rate", equalTo(33.33f))
                // money: carried in 100 − 30 = 70; new 50 + 40 = 90; collected in the year 20 (P) + 50 (Q, once), not the refused 60
                .body("money.carriedIn", equalTo(70_000_000)).body("money.newlyAccepted", equalTo(90_000_000))
                .body("money.toEnforce", equalTo(160_000_000)).body("money.withConditions", equalTo(160_000_000))
                .body("money.completed", equalTo(70_000_000)).body("money.done", equalTo(70_000_000))
                .body("money.postponed", equalTo(40_000_000))
                // 160 − 70 done − 40 postponed = 50 in progress; 160 − 70 = 90 carried over; 70 / 160 = 43.75 %
                .body("money.inProgress", equalTo(50_000_000)).body("money.carriedOver", equalTo(90_000_000))
                .body("money.rate", equalTo(43.75f));
        // as of 31 December 2025: P (20M collected) and Q, without conditions then; R not yet opened
        report("2025-12-31")
                .body("cases.accepted", equalTo(2)).body("cases.withoutConditions", equalTo(1)).body("cases.withConditions", equalTo(1))
                .body("cases.done", equalTo(0)).body("cases.rate", equalTo(0.00f))
                .body("money.carriedIn", equalTo(70_000_000)).body("money.newlyAccepted", equalTo(50_000_000))
                .body("money.withoutConditions", equalTo(50_000_000)).body("money.withConditions", equalTo(70_000_000))
                // 20 / 70 = 28.571… → 28.57 %
                .body("money.completed", equalTo(20_000_000)).body("money.rate", equalTo(28.57f));
        // the facts: P's two collections (not the refused one), Q's one (delivered twice), Q closed, R postponed
        assertThat(rows("select amount from case_collection where case_id = ? order by collected_on", p.id())).containsExactly("30000000", "20000000");
        assertThat(rows("select amount from case_collection where case_id = ?", q.id())).containsExactly("50000000");
        assertThat(rows("select status || ' ' || collected_amount || ' ' || coalesce(closed_on::text, '-') || ' ' || coalesce(outcome, '-')"
                + " from case_fact where case_id = ?", q.id())).containsExactly("COMPLETED 50000000 2026-04-05 COMPLETED");
        assertThat(rows("select status || ' ' || collected_amount from case_fact where case_id = ?", p.id())).containsExactly("HAS_CONDITIONS 50000000");
        assertThat(rows("select change || ' ' || effective_on from case_status_change where case_id = ?", r.id())).containsExactly("POSTPONED 2026-02-01");
        assertThat(rows("select categories from case_categorisation where case_id = ?", r.id())).containsExactly("COMPLEX");
        assertThat(rows("select first_categories from case_fact where case_id = ?", r.id())).containsExactly("");
        // the inbox: each applied event once (P 4, Q 5, R 4), the refused one not (a redelivery is refused again)
        assertThat(view.get("inbox")).hasSize(13);
        assertThat(rows("select event_id from processed_event where event_id = ?", refused)).isEmpty();
    }

    /** The view's rows about the cases (facts, figures of Gia Lai, the inbox of their events), without all-zero figure rows. */
    private Map<String, List<String>> view(List<UUID> cases, List<UUID> events) throws Exception {
        UUID[] caseIds = cases.toArray(UUID[]::new);
        return Map.ofEntries(
                Map.entry("case_fact", rows("select * from case_fact where case_id = any(?) order by case_id", (Object) caseIds)),
                Map.entry("case_verification", rows("select * from case_verification where case_id = any(?) order by event_id", (Object) caseIds)),
                Map.entry("case_collection", rows("select * from case_collection where case_id = any(?) order by event_id", (Object) caseIds)),
                Map.entry("case_status_change", rows("select * from case_status_change where case_id = any(?) order by event_id", (Object) caseIds)),
                Map.entry("case_categorisation", rows("select * from case_categorisation where case_id = any(?) order by event_id", (Object) caseIds)),
                Map.entry("agency_day_figures", figures("select * from agency_day_figures where agency_code = '52' order by day")),
                Map.entry("agency_month_figures", figures("select * from agency_month_figures where agency_code = '52' order by month")),
                Map.entry("province_day_figures", figures("select * from province_day_figures where agency_code = '52' order by day")),
                Map.entry("province_month_figures", figures("select * from province_month_figures where agency_code = '52' order by month")),
                Map.entry("province_breakdown_day_figures", figures("select day, agency_code, breakdown_row, " + BREAKDOWN_FIGURES
                        + " from province_breakdown_day_figures where agency_code = '52' order by breakdown_row, day")),
                Map.entry("inbox", rows("select consumer || ' ' || event_id from processed_event where event_id = any(?) order by 1",
                        (Object) events.toArray(UUID[]::new))));
    }

    private static final String BREAKDOWN_FIGURES = String.join(", ", CountedFigures.COLUMNS);

    private void update(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    /** Rows with at least one figure other than 0 (a row whose changes summed to nothing may be left or not). */
    private List<String> figures(String sql) throws Exception {
        return rows(sql).stream().filter(row -> Stream.of(row.split("\\|")).skip(3).anyMatch(v -> !v.equals("0"))).toList();
    }

    private List<String> rows(String sql, Object... parameters) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i] instanceof UUID[] ids ? c.createArrayOf("uuid", ids) : parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) {
                        row.append(k == 1 ? "" : "|").append(r.getString(k));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    private ValidatableResponse report(String asOf) {
        return EnforcementFiguresTest.as("MINISTRY", "VN").queryParam("orgUnit", "52").queryParam("workYear", 2026).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
