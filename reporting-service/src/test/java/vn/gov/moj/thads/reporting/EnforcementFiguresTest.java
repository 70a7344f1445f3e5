package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * domain.md §6 on a hand-built scenario in Lạng Sơn (province 20), work year 2026 (1 October 2025
 * to 30 September 2026). Each expected figure is worked out in the comments from the cases below.
 */
@QuarkusTest
class EnforcementFiguresTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    static RequestSpecification as(String role, String agency) {
        return given().header("Authorization", TestTokens.bearer(role.toLowerCase() + "-user", agency, role)).contentType("application/json");
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void theFiguresOfAWorkYearFromTheirDefinitions() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // A: carried in (opened in the previous year); 30M collected before the year, 20M in it; amount this year 70M
        new CaseStory(codec, topics, "20", d("2025-03-10"), 100 * M).verified("HAS_CONDITIONS", d("2025-04-01"))
                .collected(30 * M, d("2025-06-01")).collected(20 * M, d("2025-12-01"));
        // B: carried in, 50M; without conditions until reclassified on 2026-03-01
        new CaseStory(codec, topics, "20", d("2025-05-05"), 50 * M).verified("NO_CONDITIONS", d("2025-08-01"))
                .verified("HAS_CONDITIONS", d("2026-03-01"));
        // C: completed before the year started: not carried in
        new CaseStory(codec, topics, "20", d("2024-11-01"), 10 * M).verified("HAS_CONDITIONS", d("2024-12-01"))
                .collected(10 * M, d("2025-07-01")).closed("COMPLETED", d("2025-08-01"));
        // D: new, 200M collected in full and completed; its collection is delivered twice
        new CaseStory(codec, topics, "20", d("2025-11-15"), 200 * M).verified("HAS_CONDITIONS", d("2025-12-01"))
                .collected(200 * M, d("2026-01-10")).redelivered().closed("COMPLETED", d("2026-01-15"));
        // E: new, 80M, 10M collected, then terminated: 70M left
        new CaseStory(codec, topics, "20", d("2025-12-20"), 80 * M).collected(10 * M, d("2026-02-01"))
                .closed("TERMINATED", d("2026-04-01"));
        // F: new, 40M, delegated to another agency
        new CaseStory(codec, topics, "20", d("2026-01-05"), 40 * M).delegated("22", d("2026-02-10"));
        // G: new, 60M, never verified (counts as with conditions), postponed
        new CaseStory(codec, topics, "20", d("2026-02-01"), 60 * M).paused("POSTPONED", d("2026-03-01"));
        // H: new, 30M, suspended then resumed
        new CaseStory(codec, topics, "20", d("2026-03-01"), 30 * M).paused("SUSPENDED", d("2026-04-01"))
                .paused("RESUMED", d("2026-05-01"));
        // I: opened after the year: not in it
        new CaseStory(codec, topics, "20", d("2026-10-05"), 999 * M);

        as("MINISTRY", "VN").body(Map.of("caseRate", 30, "moneyRate", 65, "carriedOverCaseReduction", 5,
                "carriedOverMoneyReduction", -60)).put("/api/v1/targets/2026/20").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("20", 2026, "2026-09-30")
                .body("cases.accepted", equalTo(7)).body("money.completed", equalTo(230_000_000)));

        report("20", 2026, "2026-09-30")
                .body("orgUnitName", equalTo("Lạng Sơn"))
                // cases: carried in A, B; new D, E, F, G, H
                .body("cases.carriedIn", equalTo(2)).body("cases.newlyAccepted", equalTo(5)).body("cases.accepted", equalTo(7))
                .body("cases.delegated", equalTo(1)).body("cases.toEnforce", equalTo(6))
                // B is with conditions again at 30 September; G unverified counts as with conditions
                .body("cases.withoutConditions", equalTo(0)).body("cases.withConditions", equalTo(6))
                .body("cases.completed", equalTo(1)).body("cases.terminated", equalTo(1))
                .body("cases.postponed", equalTo(1)).body("cases.suspended", equalTo(0))
                .body("cases.inProgress", equalTo(3)).body("cases.done", equalTo(2)).body("cases.carriedOver", equalTo(4))
                // 2 / 6 = 33.33 %; (2 − 4) / 2 = −100 %
                .body("cases.rate", equalTo(33.33f)).body("cases.carriedOverReduction", equalTo(-100.00f))
                // money: carried in 70 + 50; new 200 + 80 + 40 + 60 + 30 (millions)
                .body("money.carriedIn", equalTo(120_000_000)).body("money.newlyAccepted", equalTo(410_000_000))
                .body("money.delegated", equalTo(40_000_000)).body("money.toEnforce", equalTo(490_000_000))
                .body("money.withConditions", equalTo(490_000_000))
                // collected in the year 20 + 200 + 10 (the redelivery counted once); left on E 70
                .body("money.completed", equalTo(230_000_000)).body("money.terminated", equalTo(70_000_000))
                .body("money.done", equalTo(300_000_000)).body("money.postponed", equalTo(60_000_000))
                .body("money.inProgress", equalTo(130_000_000)).body("money.carriedOver", equalTo(190_000_000))
                // 300 / 490 = 61.2244… → 61.22 %; (120 − 190) / 120 = −58.333… → −58.33 %
                .body("money.rate", equalTo(61.22f)).body("money.carriedOverReduction", equalTo(-58.33f))
                .body("targets.caseRate.target", equalTo(30.0f)).body("targets.caseRate.difference", equalTo(3.33f))
                .body("targets.caseRate.met", equalTo(true))
                .body("targets.moneyRate.difference", equalTo(-3.78f)).body("targets.moneyRate.met", equalTo(false))
                .body("targets.carriedOverCaseReduction.met", equalTo(false))
                .body("targets.carriedOverMoneyReduction.difference", equalTo(1.67f))
                // last year as of 2025-09-30: A, B, C new; B without conditions; C completed: 1 / 2 = 50 %
                .body("previousYear.asOf", equalTo("2025-09-30"))
                .body("previousYear.cases.newlyAccepted", equalTo(3)).body("previousYear.cases.withoutConditions", equalTo(1))
                .body("previousYear.cases.rate", equalTo(50.00f)).body("previousYear.cases.carriedOverReduction", nullValue())
                // money last year: collected 30 (A) + 10 (C) of 110 with conditions = 36.36 %
                .body("previousYear.money.rate", equalTo(36.36f))
                .body("change.caseRate", equalTo(-16.67f)).body("change.moneyRate", equalTo(24.86f))
                .body("change.carriedOverCaseReduction", nullValue());

        // as of 1 February 2026 B was still without conditions, H not yet opened, F not yet delegated
        report("20", 2026, "2026-02-01")
                .body("cases.accepted", equalTo(6)).body("cases.delegated", equalTo(0))
                .body("cases.withoutConditions", equalTo(1)).body("cases.withConditions", equalTo(5))
                .body("cases.completed", equalTo(1)).body("cases.rate", equalTo(20.00f));

        as("STATISTICS_CLIENT", null).accept("text/csv").queryParam("orgUnit", "20").queryParam("workYear", 2026)
                .queryParam("asOf", "2026-09-30").get("/api/v1/reports/enforcement").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("rate,33.33,61.22"));

        // a rebuild from offset 0 gives the same figures
        rebuildAndWait();
        report("20", 2026, "2026-09-30").body("cases.rate", equalTo(33.33f)).body("money.rate", equalTo(61.22f))
                .body("money.done", equalTo(300_000_000)).body("cases.withoutConditions", equalTo(0));
    }

    @Test
    void aSurvivingProvinceIncludesTheProvincesMergedIntoIt() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // Vĩnh Phúc (26) merged into Phú Thọ (25) on 2025-07-01
        new CaseStory(codec, topics, "26.01", d("2024-12-01"), 10 * M).verified("HAS_CONDITIONS", d("2025-01-01"))
                .closed("TERMINATED", d("2025-05-01"));
        new CaseStory(codec, topics, "25.01", d("2025-01-10"), 20 * M);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("25", 2026, "2026-06-30")
                .body("previousYear.cases.newlyAccepted", equalTo(2)));
        report("25", 2026, "2026-06-30")
                .body("previousYear.cases.terminated", equalTo(1)).body("previousYear.cases.rate", equalTo(50.00f))
                .body("cases.carriedIn", equalTo(1)).body("cases.rate", equalTo(0.00f))
                .body("change.caseRate", equalTo(-50.00f));
        // the merged-away province can still be reported on its own, for history
        report("26", 2025, "2025-06-30").body("cases.newlyAccepted", equalTo(1)).body("cases.rate", equalTo(100.00f));
    }

    @Test
    void childrenAreRankedWithTiesAndUnitsWithoutARateAreNot() {
        TopicClient topics = new TopicClient(bootstrapServers);
        new CaseStory(codec, topics, "79.01", d("2025-11-01"), 10 * M).collected(10 * M, d("2025-12-01")).closed("COMPLETED", d("2025-12-02"));
        new CaseStory(codec, topics, "79.01", d("2025-11-01"), 10 * M);
        new CaseStory(codec, topics, "79.02", d("2025-11-01"), 10 * M).collected(10 * M, d("2025-12-01")).closed("COMPLETED", d("2025-12-02"));
        new CaseStory(codec, topics, "79.02", d("2025-11-01"), 30 * M);
        new CaseStory(codec, topics, "79.03", d("2025-11-01"), 5 * M).verified("NO_CONDITIONS", d("2025-11-20"));
        as("PROVINCE", "79").body(Map.of("caseRate", 50, "moneyRate", 50, "carriedOverCaseReduction", 0,
                "carriedOverMoneyReduction", 0)).put("/api/v1/targets/2026/79.01").then().statusCode(200);
        as("PROVINCE", "01").body(Map.of("caseRate", 50, "moneyRate", 50, "carriedOverCaseReduction", 0,
                "carriedOverMoneyReduction", 0)).put("/api/v1/targets/2026/79.02").then().statusCode(403);
        as("PROVINCE", "79").body(Map.of("caseRate", 50, "moneyRate", 50, "carriedOverCaseReduction", 0,
                "carriedOverMoneyReduction", 0)).put("/api/v1/targets/2026/79").then().statusCode(403);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> children("79")
                .body("children.find { it.orgUnit == '79.03' }.cases.withoutConditions", equalTo(1)));
        children("79")
                // 1 of 2 by cases in both offices: a tie, both first
                .body("children.find { it.orgUnit == '79.01' }.rankByCaseRate", equalTo(1))
                .body("children.find { it.orgUnit == '79.02' }.rankByCaseRate", equalTo(1))
                // by money 10 of 20 (50 %) against 10 of 40 (25 %)
                .body("children.find { it.orgUnit == '79.01' }.rankByMoneyRate", equalTo(1))
                .body("children.find { it.orgUnit == '79.02' }.rankByMoneyRate", equalTo(2))
                // nothing with conditions: no rate, no rank
                .body("children.find { it.orgUnit == '79.03' }.cases.rate", nullValue())
                .body("children.find { it.orgUnit == '79.03' }.rankByCaseRate", nullValue())
                .body("children.find { it.orgUnit == '79.01' }.targets.caseRate.met", equalTo(true))
                .body("meetingAllTargets", equalTo(0));
    }

    @Test
    void reportsFollowTheCallersScope() {
        as("PROVINCE", "01").queryParam("orgUnit", "20").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                .then().statusCode(403).contentType("application/problem+json");
        as("AGENCY_HEAD", "19.05").queryParam("orgUnit", "VN").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                .then().statusCode(403);
        as("STATISTICS_CLIENT", null).queryParam("orgUnit", "VN").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                .then().statusCode(200).body("orgUnit", equalTo("VN"));
        as("OFFICER", "19.05").queryParam("orgUnit", "19.05").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                .then().statusCode(403);
        as("MINISTRY", "VN").queryParam("orgUnit", "20").queryParam("workYear", 2026).queryParam("asOf", "2027-01-01")
                .get("/api/v1/reports/enforcement").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        as("MINISTRY", "VN").queryParam("orgUnit", "99").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement").then().statusCode(404);
    }

    @Test
    void theEndOfFebruaryComparesWithTheEndOfFebruaryLastYear() {
        // February 2024 ran to the 29th: the month-end report a report as of 28 February 2025 compares with
        as("MINISTRY", "VN").queryParam("orgUnit", "20").queryParam("workYear", 2025).queryParam("asOf", "2025-02-28")
                .get("/api/v1/reports/enforcement").then().statusCode(200)
                .body("previousYear.workYear", equalTo(2024)).body("previousYear.asOf", equalTo("2024-02-29"));
        as("MINISTRY", "VN").queryParam("orgUnit", "20").queryParam("workYear", 2025).queryParam("asOf", "2025-02-27")
                .get("/api/v1/reports/enforcement").then().statusCode(200).body("previousYear.asOf", equalTo("2024-02-27"));
    }

    /** Starts a rebuild (202 and where to follow it) and waits until it has finished. */
    static void rebuildAndWait() {
        String location = as("MINISTRY", "VN").post("/api/v1/reports/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING")).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("MINISTRY", "VN").get(location).then().statusCode(200)
                .body("state", equalTo("FINISHED")));
    }

    private io.restassured.response.ValidatableResponse report(String unit, int year, String asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse children(String unit) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200);
    }
}
