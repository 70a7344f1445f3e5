package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.reporting.service.ReportAnswers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * Reports are answered from memory only while their data has not changed ({@code ReportAnswers}):
 * once an event is applied, or targets are set, by this instance or another one, the next report
 * has it. Each report is asked twice first, so that the second answer comes from memory. Provinces:
 * Sơn La (14).
 */
@QuarkusTest
class ReportAnswersTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;
    @Inject DataSource dataSource;
    @Inject ReportAnswers answers;

    @Test
    void aReportNeverAnswersFiguresOlderThanTheEventsApplied() {
        long province = money(report("14"));
        long country = money(report("VN"));
        long child = money(children(), "children.find { it.orgUnit == '14' }.money.accepted");
        assertThat(money(report("14"))).isEqualTo(province);
        assertThat(money(report("VN"))).isEqualTo(country);
        assertThat(money(children(), "children.find { it.orgUnit == '14' }.money.accepted")).isEqualTo(child);
        long accepted = drillDownTotal("accepted");
        assertThat(drillDownTotal("accepted")).isEqualTo(accepted);
        long without = drillDownTotal("withoutConditions");
        assertThat(drillDownTotal("withoutConditions")).isEqualTo(without);

        CaseStory story = new CaseStory(codec, new TopicClient(bootstrapServers), "14", LocalDate.parse("2025-10-20"), 20 * M);
        awaitApplied(story);
        // at once, not eventually
        assertThat(money(report("14"))).isEqualTo(province + 20 * M);
        assertThat(money(report("VN"))).isEqualTo(country + 20 * M);
        assertThat(money(children(), "children.find { it.orgUnit == '14' }.money.accepted")).isEqualTo(child + 20 * M);
        // a drill-down's totals too (kept in memory like the reports: a page reads only its rows)
        assertThat(drillDownTotal("accepted")).isEqualTo(accepted + 1);

        report("14").body("cases.withoutConditions", equalTo(0));
        story.verified("NO_CONDITIONS", LocalDate.parse("2025-11-03"));
        awaitApplied(story);
        report("14").body("cases.withoutConditions", equalTo(1));
        assertThat(drillDownTotal("withoutConditions")).isEqualTo(without + 1);
    }

    @Test
    void anAnswerKeptInMemoryGoesOnlyToWhoMayReadIt() {
        long province = money(report("14"));
        money(report("14")); // now kept in memory
        for (RequestSpecification outsider : List.of(as("PROVINCE", "01"), as("AGENCY_HEAD", "01.01"), as("OFFICER", "14"))) {
            outsider.queryParam("orgUnit", "14").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                    .get("/api/v1/reports/enforcement").then().statusCode(403).body("cases", nullValue());
        }
        as("PROVINCE", "01").queryParam("orgUnit", "VN").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement/children").then().statusCode(403).body("children", nullValue());
        // an as-of date outside the work year is refused before memory is asked
        as("MINISTRY", "VN").queryParam("orgUnit", "14").queryParam("workYear", 2026).queryParam("asOf", "2027-10-01")
                .get("/api/v1/reports/enforcement").then().statusCode(400).body("cases", nullValue());
        assertThat(money(as("PROVINCE", "14").queryParam("orgUnit", "14").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement").then().statusCode(200))).isEqualTo(province);
    }

    @Test
    void aReportNeverAnswersTargetsOlderThanTheTargetsSet() throws Exception {
        setTargets(60);
        report("14").body("targets.caseRate.target", equalTo(60.0f));
        report("14").body("targets.caseRate.target", equalTo(60.0f));
        children().body("children.find { it.orgUnit == '14' }.targets.caseRate.target", equalTo(60.0f));
        children().body("children.find { it.orgUnit == '14' }.targets.caseRate.target", equalTo(60.0f));

        setTargets(70);
        report("14").body("targets.caseRate.target", equalTo(70.0f));
        children().body("children.find { it.orgUnit == '14' }.targets.caseRate.target", equalTo(70.0f));

        // another instance (a connection of its own to the same database) sets a version of the targets
        int version = report("14").extract().path("targetVersion.version");
        try (Connection otherInstance = OtherInstance.connect();
             PreparedStatement insert = otherInstance.prepareStatement("insert into target_version (work_year, org_unit_code, version,"
                     + " case_rate, money_rate, carried_over_case_reduction, carried_over_money_reduction, provisional, set_by, set_at)"
                     + " values (2026, '14', ?, 75, 70, 0, 0, false, 'other-instance', now())")) {
            insert.setInt(1, version + 1);
            insert.executeUpdate();
        }
        report("14").body("targetVersion.version", equalTo(version + 1)).body("targets.caseRate.target", equalTo(75.0f));
    }

    /** The drill-down's totals are read from the cases' facts: a write of any of them, even one that changes no figure, moves the version. */
    @Test
    void aWriteOfTheCasesFactsMovesTheVersion() throws Exception {
        for (String table : List.of("case_fact", "case_collection", "case_reduction", "case_verification", "case_status_change",
                "case_assignment")) {
            long before = answers.version();
            try (Connection otherInstance = OtherInstance.connect();
                 PreparedStatement write = otherInstance.prepareStatement("update " + table + " set case_id = case_id where false")) {
                write.executeUpdate();
            }
            assertThat(answers.version()).as(table).isGreaterThan(before);
        }
    }

    @Test
    void foldingTheRowsOfEndedConnectionsLeavesTheVersionAsItIs() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into view_version (backend, xact, n)"
                + " values (-7, '1', 5) on conflict (backend) do update set n = view_version.n + 5")) {
            s.executeUpdate(); // a connection that ended (no process has a negative id)
        }
        long version = answers.version();
        answers.foldEndedConnections();
        assertThat(answers.version()).isEqualTo(version);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from view_version"
                + " where backend = -7"); ResultSet r = s.executeQuery()) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    private static void setTargets(int caseRate) {
        as("MINISTRY", "VN").body(Map.of("caseRate", caseRate, "moneyRate", 70, "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0))
                .put("/api/v1/targets/2026/14").then().statusCode(200);
    }

    /** Until the view has applied every event of the story (its inbox holds them, in the same transaction as the figures). */
    private void awaitApplied(CaseStory story) {
        UUID[] ids = story.sent.stream().map(EventEnvelope::id).toArray(UUID[]::new);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("select count(*) from processed_event where consumer = 'reporting-view'"
                         + " and event_id = any(?)")) {
                s.setArray(1, c.createArrayOf("uuid", ids));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1) == ids.length;
                }
            }
        });
    }

    private static long money(ValidatableResponse report) {
        return money(report, "money.accepted");
    }

    private static long money(ValidatableResponse report, String path) {
        return report.extract().<Number>path(path).longValue();
    }

    private static ValidatableResponse report(String orgUnit) {
        return as("MINISTRY", "VN").queryParam("orgUnit", orgUnit).queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }

    private static long drillDownTotal(String figure) {
        return as("MINISTRY", "VN").queryParam("orgUnit", "14").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .queryParam("figure", figure).queryParam("size", 1).get("/api/v1/reports/enforcement/cases").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static ValidatableResponse children() {
        return as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200);
    }
}
