package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Requests the negative-test run (contract/negative-run) found answered 500, an empty 500 or 404:
 * each is a 400 problem naming what is wrong, and changes nothing.
 */
@QuarkusTest
class BadInputTest {

    private final Api.User head = Api.head("19.05");

    @Test
    void aPageBeyondTheLastIsABadRequestNamingIt() {
        // page × size overflowed the query's int offset: 500
        head.request().queryParam("page", Integer.MAX_VALUE).get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        head.request().queryParam("page", Integer.MAX_VALUE).get("/api/v1/officers")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aPageThatIsNotAWholeNumberIsABadRequestNamingIt() {
        // JAX-RS answered 404, as if /cases did not exist
        head.request().queryParam("page", "abc").get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        head.request().queryParam("size", "9223372036854775808").get("/api/v1/court-judgments")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aWorkYearWithoutDatesIsABadRequestNamingIt() {
        // the year's first day did not exist: 500
        head.request().queryParam("workYear", Integer.MAX_VALUE).get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("workYear"));
    }

    @Test
    void aBooleanFilterIsTrueOrFalse() {
        // "yes" was read as false
        head.request().queryParam("active", "yes").get("/api/v1/officers")
                .then().statusCode(400).body("errors[0].field", equalTo("active"));
    }

    @Test
    void aMalformedAcceptHeaderIsRefusedBeforeTheChange() {
        // the case was postponed, then writing the answer failed: 500 for a change that was made
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(5), 10_000_000L));
        String etag = Api.etag(head, id);
        head.request().header("If-Match", etag).header("Accept", "no/such; q=x, ;;")
                .body(Map.of("date", TODAY.toString(), "reason", "Đương sự đề nghị"))
                .post("/api/v1/cases/" + id + "/postponement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Accept"));
        head.request().get("/api/v1/cases/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("status", equalTo("RECEIVED"));
    }

    @Test
    void aFieldGivenTwiceIsMalformed() {
        // Jackson could not build the record: an empty 500
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(5), 10_000_000L));
        head.request().header("If-Match", Api.etag(head, id))
                .body("{\"date\":\"" + TODAY + "\",\"reason\":\"a\",\"date\":\"" + TODAY.minusDays(1) + "\"}")
                .post("/api/v1/cases/" + id + "/postponement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:malformed-body"));
    }

    @Test
    void theNulCharacterIsRefusedInTextAndInSearches() {
        // PostgreSQL refuses it: 500
        Map<String, Object> body = Api.caseBody("19.05", Api.unique("QĐ") + "\u0000", TODAY.minusDays(5), 1_000L);
        head.request().body(body).post("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("decisionNumber"));
        head.request().urlEncodingEnabled(false).get("/api/v1/cases?q=a%00b")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void aDateBeyondFourDigitYearsIsRefused() {
        // "+999999999-12-31" reached the database: 500
        Api.court().request().body(Map.of("courtCode", "TAND-TN", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                        "number", Api.unique("BA"), "effectiveDate", "+999999999-12-31", "agencyCode", "19.05",
                        "debtors", java.util.List.of(Map.of("name", "Nguyễn Văn Đức", "type", "PERSON")), "moneyAmount", 1_000))
                .post("/api/v1/court-judgments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("effectiveDate"));
    }

    @Test
    void aLongNameInAnotherScriptOpensACaseAndIsFoundByIt() {
        // 300 Hangul syllables fit the name; folded for search they had become 900 letters, past the 300 of its column: a 500
        String name = "김".repeat(300);
        Api.User head = Api.head("19.05");
        Map<String, Object> body = Api.caseBody("19.05", Api.unique("QĐ"), Api.TODAY.minusDays(3), 1_000_000L);
        body.put("debtors", java.util.List.of(Map.of("name", name, "type", "PERSON", "idNumber", "019090000777", "address", "Seoul")));
        String id = head.request().body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        head.request().queryParam("agency", "19.05").queryParam("q", "김김김").queryParam("size", 200).get("/api/v1/cases")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void aBlankIdInThePathIsABadRequestNamingIt() {
        head.request().urlEncodingEnabled(false).get("/api/v1/cases/%20%20%20")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }
    @Test
    void theOperationsOfIssue16AnswerBadInputWithProblems() {
        // the negative run's classic mutations on the new operations: never a 500, always a problem
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(5), 10_000_000L));
        String etag = Api.etag(head, id);
        for (String path : java.util.List.of("reductions", "security-measures", "directions", "coercion-plans")) {
            // a malformed body, an unknown field, an enum by position, a date beyond four-digit years, the NUL character
            head.request().header("If-Match", etag).body("{\"kind\": ").post("/api/v1/cases/" + id + "/" + path)
                    .then().statusCode(400).contentType("application/problem+json");
            head.request().header("If-Match", etag).body(Map.of("unknown", 1)).post("/api/v1/cases/" + id + "/" + path)
                    .then().statusCode(400).contentType("application/problem+json");
            head.request().header("If-Match", etag).body(Map.of("kind", 1, "type", 1, "decisionNumber", "1\u0000",
                            "decisionDate", "+999999999-12-31", "appliedOn", "2026-02-30", "directedOn", "+999999999-12-31",
                            "plannedFor", "9999-13-01", "amount", "10e40", "body", "b", "content", "c"))
                    .post("/api/v1/cases/" + id + "/" + path).then().statusCode(400).contentType("application/problem+json");
        }
        // sub-resources that are not UUIDs, or that do not exist
        head.request().header("If-Match", etag).body(Map.of("liftedOn", TODAY.toString(), "reason", "x"))
                .post("/api/v1/cases/" + id + "/security-measures/not-a-uuid/lifting").then().statusCode(400);
        head.request().header("If-Match", etag).body(Map.of())
                .post("/api/v1/cases/" + id + "/coercion-plans/" + java.util.UUID.randomUUID() + "/approval").then().statusCode(404);
        // list filters
        head.request().queryParam("pipeline", "0").get("/api/v1/cases/pipelines").then().statusCode(400)
                .body("errors[0].field", equalTo("pipeline"));
        head.request().queryParam("workYear", Integer.MAX_VALUE).get("/api/v1/cases/dashboard").then().statusCode(400);
        head.request().queryParam("status", "monitoring").get("/api/v1/administrative-judgments").then().statusCode(400);
        head.request().queryParam("page", Integer.MAX_VALUE).get("/api/v1/administrative-judgments").then().statusCode(400);
        // an amount beyond the bound: 422 naming the limit; the case unchanged
        Map<String, Object> huge = new java.util.HashMap<>(Map.of("kind", "REDUCTION", "decisionNumber", "1",
                "decisionDate", TODAY.toString(), "amount", Long.MAX_VALUE));
        head.request().header("If-Match", etag).body(huge).post("/api/v1/cases/" + id + "/reductions").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(422), equalTo(400))).contentType("application/problem+json");
        head.request().get("/api/v1/cases/" + id).then().header("ETag", equalTo(etag));
    }
}
