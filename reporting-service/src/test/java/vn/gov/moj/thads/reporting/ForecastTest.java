package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/** Issue 17, item 5: the year-end forecast of Vĩnh Long (86), which no other test uses, worked out by hand. */
@QuarkusTest
class ForecastTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static ValidatableResponse forecast() {
        return as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2026).queryParam("asOf", "2026-03-31")
                .get("/api/v1/reports/forecast").then().statusCode(200);
    }

    @Test
    void theExpectedRatesFromTheUnitsOwnProgressionAndTheUnitsLikelyToMissATarget() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // work year 2025: 100M, 20M collected by 31 March (20 %), 80M and completed by 30 September (80 %; cases 0 % → 100 %)
        new CaseStory(codec, topics, "86", d("2024-10-15"), 100 * M).collected(20 * M, d("2025-01-10"))
                .collected(60 * M, d("2025-06-10")).closed("COMPLETED", d("2025-06-10"));
        // work year 2026: 200M, 50M collected by 31 March: 25 % by money, 0 % by cases
        new CaseStory(codec, topics, "86", d("2025-10-20"), 200 * M).collected(50 * M, d("2026-02-01"));
        as("MINISTRY", "VN").body(Map.of("caseRate", 80, "moneyRate", 90, "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0))
                .put("/api/v1/targets/2026/86").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecast()
                .body("units.find { it.orgUnit == '86' }.moneyRate.current", equalTo(25.00f)));

        forecast().body("method", containsString("average gain")).body("yearEnd", equalTo("2026-09-30"))
                // cases: 0 + (100 − 0) = 100, target 80: met
                .body("units.find { it.orgUnit == '86' }.caseRate.current", equalTo(0.00f))
                .body("units.find { it.orgUnit == '86' }.caseRate.expected", equalTo(100.00f))
                .body("units.find { it.orgUnit == '86' }.caseRate.likelyToMiss", equalTo(false))
                // money: 25 + (80 − 20) = 85, target 90: likely missed
                .body("units.find { it.orgUnit == '86' }.moneyRate.expected", equalTo(85.00f))
                .body("units.find { it.orgUnit == '86' }.moneyRate.target", equalTo(90.0f))
                .body("units.find { it.orgUnit == '86' }.moneyRate.likelyToMiss", equalTo(true))
                .body("units.find { it.orgUnit == '86' }.moneyRate.history[0].workYear", equalTo(2025))
                .body("units.find { it.orgUnit == '86' }.moneyRate.history[0].atDate", equalTo(20.00f))
                .body("units.find { it.orgUnit == '86' }.moneyRate.history[0].atYearEnd", equalTo(80.00f))
                // one past year with figures: nothing before it to forecast it from, so no error measured yet
                .body("units.find { it.orgUnit == '86' }.moneyRate.errorOnPastYears.forecasts", equalTo(0))
                .body("units.find { it.orgUnit == '86' }.moneyRate.errorOnPastYears.meanAbsoluteError", nullValue())
                .body("likelyToMiss", hasItem("86"));
        as("OFFICER", "86").queryParam("orgUnit", "86").queryParam("workYear", 2026).get("/api/v1/reports/forecast").then().statusCode(403);
        as("AGENCY_HEAD", "92").queryParam("orgUnit", "86").queryParam("workYear", 2026).get("/api/v1/reports/forecast")
                .then().statusCode(403);
        as("MINISTRY", "VN").queryParam("orgUnit", "86").queryParam("workYear", 2026).queryParam("asOf", "2027-01-01")
                .get("/api/v1/reports/forecast").then().statusCode(400);
    }

    /**
     * Review of session 20: without {@code asOf} a report of the current work year was made as of its 30 September, so a
     * forecast read no gain to come in any past year ("from the same date to 30 September") and listed nearly every unit as
     * likely to miss, and the enforcement report compared this year so far with the whole of last year. Without a date a
     * report is today's; a date to come, a work year not begun and complaint statistics to a date to come are refused.
     */
    @Test
    void aReportWithoutADateIsTodaysAndNoneIsMadeAsOfADateToCome() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        int workYear = today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
        as("MINISTRY", "VN").queryParam("orgUnit", "86").queryParam("workYear", workYear).get("/api/v1/reports/forecast")
                .then().statusCode(200).body("asOf", equalTo(today.toString())).body("yearEnd", equalTo(workYear + "-09-30"));
        as("MINISTRY", "VN").queryParam("orgUnit", "86").queryParam("workYear", workYear).get("/api/v1/reports/enforcement")
                .then().statusCode(200).body("asOf", equalTo(today.toString()))
                .body("previousYear.asOf", equalTo(today.minusYears(1).toString()));
        // a past work year without a date: its last day, as before
        as("MINISTRY", "VN").queryParam("orgUnit", "86").queryParam("workYear", workYear - 1).get("/api/v1/reports/enforcement")
                .then().statusCode(200).body("asOf", equalTo((workYear - 1) + "-09-30"));
        as("MINISTRY", "VN").queryParam("orgUnit", "86").queryParam("workYear", workYear).queryParam("asOf", today.plusDays(1).toString())
                .get("/api/v1/reports/enforcement").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        as("STATISTICS_CLIENT", "VN").queryParam("orgUnit", "86").queryParam("workYear", workYear).queryParam("asOf", today.plusDays(1).toString())
                .get("/api/v1/reports/forecast").then().statusCode(400);
        as("MINISTRY", "VN").queryParam("orgUnit", "86").queryParam("workYear", workYear + 1).get("/api/v1/reports/enforcement")
                .then().statusCode(400).body("errors[0].field", equalTo("workYear"));
        as("STATISTICS_CLIENT", "VN").queryParam("orgUnit", "86").queryParam("from", today.withDayOfMonth(1).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("STATISTICS_CLIENT", "VN").queryParam("orgUnit", "86").queryParam("from", today.withDayOfMonth(1).toString())
                .queryParam("to", today.toString()).get("/api/v1/reports/complaints").then().statusCode(200);
    }
}
