package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * Requests the negative-test run (contract/negative-run) found answered 500, an empty 500 or 404:
 * each is a 400 problem naming what is wrong.
 */
@QuarkusTest
class BadInputTest {

    private static final Map<String, Object> RATES = Map.of("caseRate", 60, "moneyRate", 70,
            "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0);

    @Test
    void aBlankMonthIsABadRequestNamingIt() {
        // read as no month: NullPointerException, 500
        as("AGENCY_HEAD", "19.05").urlEncodingEnabled(false).get("/api/v1/targets/officers/%20%20%20?agency=19.05")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
        as("AGENCY_HEAD", "19.05").body(Map.of("agencyCode", "19.05", "targets", RATES))
                .urlEncodingEnabled(false).put("/api/v1/targets/officers/%20%20%20/" + UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
    }

    @Test
    void aWorkYearInThePathThatIsNotAYearIsABadRequestNamingIt() {
        // JAX-RS answered 404 for "abc"; 2147483647 set targets for a year no report reads
        as("MINISTRY", "VN").body(RATES).put("/api/v1/targets/abc/19")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("workYear"));
        as("MINISTRY", "VN").body(RATES).put("/api/v1/targets/2147483647/19")
                .then().statusCode(400).body("errors[0].field", equalTo("workYear"));
        as("MINISTRY", "VN").get("/api/v1/targets/-1").then().statusCode(400).body("errors[0].field", equalTo("workYear"));
    }

    @Test
    void aFieldGivenTwiceIsMalformed() {
        // Jackson could not build the record: an empty 500
        as("MINISTRY", "VN").body("{\"caseRate\":60,\"moneyRate\":70,\"carriedOverCaseReduction\":0,"
                        + "\"carriedOverMoneyReduction\":0,\"caseRate\":61}")
                .put("/api/v1/targets/2026/19")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:malformed-body"));
    }

    @Test
    void theIssue17EndpointsAnswerBadInputWithProblems() {
        // closing a period: wrong types, impossible dates, missing, oversized and NUL fields, unknown fields
        for (String body : new String[]{"{\"orgUnit\":\"96\",\"workYear\":\"abc\",\"asOf\":\"2026-03-31\"}",
                "{\"orgUnit\":\"96\",\"workYear\":2026,\"asOf\":\"2026-02-30\"}",
                "{\"orgUnit\":\"96\",\"workYear\":2147483648,\"asOf\":\"2026-03-31\"}",
                "{\"workYear\":2026,\"asOf\":\"2026-03-31\"}",
                "{\"orgUnit\":\"96\\u0000\",\"workYear\":2026,\"asOf\":\"2026-03-31\"}",
                "{\"orgUnit\":\"96.000000000\",\"workYear\":2026,\"asOf\":\"2026-03-31\"}",
                "{\"orgUnit\":\"96\",\"workYear\":2026,\"asOf\":\"2026-03-31\",\"figures\":[1]}",
                "{\"orgUnit\":\"96\",\"workYear\":1999,\"asOf\":\"1999-03-31\"}", "[]", ""}) {
            as("MINISTRY", "VN").body(body).post("/api/v1/reports/periods").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as("MINISTRY", "VN").get("/api/v1/reports/periods/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as("MINISTRY", "VN").get("/api/v1/reports/periods/" + UUID.randomUUID()).then().statusCode(404);
        as("MINISTRY", "VN").get("/api/v1/reports/periods/" + UUID.randomUUID() + "/late-entries").then().statusCode(404);
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", "abc").get("/api/v1/reports/periods/late-entries")
                .then().statusCode(400).body("errors[0].field", equalTo("workYear"));
        as("MINISTRY", "VN").get("/api/v1/reports/periods").then().statusCode(400).body("errors[0].field", equalTo("orgUnit"));
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2026).queryParam("asOf", "x")
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 99999).get("/api/v1/reports/forecast")
                .then().statusCode(400).body("errors[0].field", equalTo("workYear"));
        as("MINISTRY", "VN").queryParam("reason", "x".repeat(1001)).body(RATES).put("/api/v1/targets/2026/19")
                .then().statusCode(400).contentType("application/problem+json");
        as("MINISTRY", "VN").get("/api/v1/targets/2026/99/versions").then().statusCode(404);
        as("MINISTRY", "VN").get("/api/v1/targets/abc/19/versions").then().statusCode(400);
    }
}
