package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Changes of status or money are recorded in date order, so that a case has the same status on
 * every date here and in the reports; amounts are bounded so that no sum can overflow; LARGE_VALUE
 * is above 500,000,000 VND.
 */
@QuarkusTest
class DatesAndAmountsTest {

    private final Api.User head = Api.head("19.05");

    private String newCase(long money) {
        return Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(60), money));
    }

    @Test
    void aBackDatedResumptionIsRefusedNamingTheLastChange() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "postponement", Map.of("date", TODAY.minusDays(10).toString(), "reason", "Đương sự ốm nặng"))
                .then().statusCode(200);
        String etag = Api.etag(head, id);
        // resumed "before" it was postponed: refused, nothing changes
        head.request().header("If-Match", etag).body(Map.of("date", TODAY.minusDays(20).toString(), "reason", "x"))
                .post("/api/v1/cases/" + id + "/resumption").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:date-out-of-range"))
                .body("errors[0].field", equalTo("date"))
                .body("lastChangeOn", equalTo(TODAY.minusDays(10).toString()));
        head.request().get("/api/v1/cases/" + id).then().header("ETag", etag).body("status", equalTo("POSTPONED"));
        // on the same day or later it is fine
        Api.transition(head, id, "resumption", Map.of("date", TODAY.minusDays(10).toString(), "reason", "Hết lý do"))
                .then().statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void aBackDatedCollectionOrClosureIsRefused() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(5).toString()))
                .then().statusCode(200);
        Api.transition(head, id, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.minusDays(6).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(422).body("errors[0].field", equalTo("collectedOn"))
                .body("lastChangeOn", equalTo(TODAY.minusDays(5).toString()));
        Api.transition(head, id, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.minusDays(2).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        Api.transition(head, id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.minusDays(3).toString(), "reason", "x"))
                .then().statusCode(422).body("errors[0].field", equalTo("closedOn"))
                .body("lastChangeOn", equalTo(TODAY.minusDays(2).toString()));
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(4).toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.minusDays(4).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("verifiedOn"));
    }

    @Test
    void amountsAboveTheLimitAreRefusedNamingIt() {
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(3), 9_223_372_036_854_775_000L);
        head.request().body(body).post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:amount-too-large"))
                .body("limit", equalTo(1_000_000_000_000_000L))
                .body("detail", equalTo("moneyAmount không được vượt quá 1,000,000,000,000,000 đồng"));
        head.request().header("Accept-Language", "en").body(body).post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:amount-too-large"))
                .body("detail", equalTo("moneyAmount must not exceed 1,000,000,000,000,000 VND"));
        var justOver = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(3), 1_000_000_000_000_001L);
        head.request().body(justOver).post("/api/v1/cases").then().statusCode(422);
        // the limit itself is a realistic (if record) amount
        Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(3), 1_000_000_000_000_000L));
        Api.court().request().body(Map.of("courtCode", "TAND-19", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                        "number", Api.unique("BA"), "effectiveDate", TODAY.minusDays(10).toString(), "agencyCode", "19.05",
                        "moneyAmount", 2_000_000_000_000_000L, "debtors", java.util.List.of(Map.of("name", "Công ty A", "type", "ORGANIZATION"))))
                .post("/api/v1/court-judgments").then().statusCode(422).body("type", equalTo("urn:thads:problem:amount-too-large"));
    }

    @Test
    void aCourtSendsAJudgmentThatHasTakenEffect() {
        // review of session 20: a judgment dated to take effect tomorrow was taken (201) and waited in the intake, and the
        // case opened from it was refused until then
        String number = Api.unique("BA");
        java.util.function.Function<String, Map<String, Object>> judgment = effective -> Map.of("courtCode", "TAND-19",
                "courtName", "Tòa án nhân dân tỉnh Thái Nguyên", "number", number, "effectiveDate", effective, "agencyCode", "19.05",
                "moneyAmount", 5_000_000L, "debtors", java.util.List.of(Map.of("name", "Công ty A", "type", "ORGANIZATION")));
        Api.court().request().body(judgment.apply(TODAY.plusDays(1).toString())).post("/api/v1/court-judgments").then()
                .statusCode(422).body("type", equalTo("urn:thads:problem:date-out-of-range")).body("errors[0].field", equalTo("effectiveDate"));
        Api.court().request().body(judgment.apply("1989-12-31")).post("/api/v1/court-judgments").then().statusCode(422);
        // nothing was kept: the same number with its real date is a first submission
        Api.court().request().body(judgment.apply(TODAY.toString())).post("/api/v1/court-judgments").then().statusCode(201);
    }

    @Test
    void largeValueIsAboveFiveHundredMillion() {
        String at = newCase(500_000_000L);
        head.request().get("/api/v1/cases/" + at).then().body("categories", not(hasItem("LARGE_VALUE")));
        String above = newCase(500_000_001L);
        head.request().get("/api/v1/cases/" + above).then().body("categories", hasItem("LARGE_VALUE"));
    }

    @Test
    void anAssignmentHasADateNotBeforeThePreviousOne() {
        String id = newCase(10_000_000L);
        String first = Api.createOfficer(head, "19.05");
        String second = Api.createOfficer(head, "19.05");
        Api.transition(head, id, "assignment", Map.of("officerId", first, "assignedOn", TODAY.minusDays(30).toString()))
                .then().statusCode(200);
        Api.transition(head, id, "assignment", Map.of("officerId", second, "assignedOn", TODAY.minusDays(40).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("assignedOn"));
        Api.transition(head, id, "assignment", Map.of("officerId", second, "assignedOn", TODAY.minusDays(61).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("assignedOn"));
        Api.transition(head, id, "assignment", Map.of("officerId", second)).then().statusCode(200);
    }
}
