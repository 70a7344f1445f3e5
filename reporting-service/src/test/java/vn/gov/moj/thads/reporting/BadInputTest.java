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
}
