package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Review of session 20 (domain.md §2, units at a date): a case decided in March 2025 in Phủ Lý, recorded now by office
 * 37.02, which took over Hà Nam's office 35.01 on 1 July 2025, was taken at 37.02 and counted in Ninh Bình's figures of
 * March 2025, not Hà Nam's (37.02's province was Ninh Bình then too); an administrative judgment of that date could
 * not be recorded at 35.01 at all (only at an agency that exists today).
 */
@QuarkusTest
class RecordsAtTheUnitOfTheirDateTest {

    private static final LocalDate MARCH_2025 = LocalDate.parse("2025-03-10");
    private final Api.User head = Api.head("37.02");

    @Test
    void aCaseDecidedBeforeItsOfficeExistedIsRecordedAtTheOfficeThatHeldItThen() {
        head.request().body(Api.caseBody("37.02", Api.unique("QĐ"), MARCH_2025, 5_000_000L)).post("/api/v1/cases").then()
                .statusCode(422).body("type", equalTo("urn:thads:problem:agency-not-open-on-date"))
                .body("agencies", contains("35.01")).body("field", equalTo("decisionDate"));
        String id = Api.open(head, Api.caseBody("35.01", Api.unique("QĐ"), MARCH_2025, 5_000_000L));
        head.request().get("/api/v1/cases/" + id).then().statusCode(200).body("agencyCode", equalTo("35.01"));
        // decided after 1 July 2025: 37.02's own
        Api.open(head, Api.caseBody("37.02", Api.unique("QĐ"), LocalDate.parse("2025-07-01"), 5_000_000L));
        // an office the reference data lists no predecessor for takes the cases of before it, as it has since then
        Api.open(Api.head("01.01"), Api.caseBody("01.01", Api.unique("QĐ"), MARCH_2025, 5_000_000L));
    }

    /**
     * A token still naming a unit merged away (Phủ Lý's office 35.01, closed on 30 June 2025; the province 35 with it) is
     * refused: before, its "head" read, exempted and closed the cases 37.02 now holds.
     */
    @Test
    void aTokenNamingAUnitThatNoLongerExistsIsRefused() {
        String phuLy = Api.open(head, Api.caseBody("35.01", Api.unique("QĐ"), MARCH_2025, 5_000_000L));
        for (Api.User stale : java.util.List.of(Api.head("35.01"), Api.head("35"), Api.officer("35.01"), Api.province("35"))) {
            stale.request().get("/api/v1/cases/" + phuLy).then().statusCode(403)
                    .body("type", equalTo("urn:thads:problem:token-not-accepted")).body("detail", org.hamcrest.Matchers.containsString("35"));
            stale.request().queryParam("size", 5).get("/api/v1/cases").then().statusCode(403);
        }
        Api.head("35.01").request().header("If-Match", Api.etag(head, phuLy)).body(Map.of("outcome", "TERMINATED",
                "closedOn", TODAY.toString(), "reason", "x")).post("/api/v1/cases/" + phuLy + "/closure").then().statusCode(403);
        head.request().get("/api/v1/cases/" + phuLy).then().statusCode(200).body("status", equalTo("RECEIVED"));
    }

    /**
     * Red team of session 26: a code the reference data does not know (an office the deployment never configured, a
     * merged-away province's made-up office) passed, and its scope was the province its code begins with: PROVINCE 35.99
     * read Phủ Lý's cases, debtors' ID numbers and addresses included.
     */
    @Test
    void aTokenNamingAUnitTheDeploymentDoesNotKnowIsRefused() {
        String phuLy = Api.open(head, Api.caseBody("35.01", Api.unique("QĐ"), MARCH_2025, 5_000_000L));
        for (Api.User unknown : java.util.List.of(Api.province("35.99"), Api.head("37.99"), Api.officer("19.98"))) {
            unknown.request().get("/api/v1/cases/" + phuLy).then().statusCode(403)
                    .body("type", equalTo("urn:thads:problem:token-not-accepted")).body("detail", org.hamcrest.Matchers.containsString("9"));
            unknown.request().queryParam("size", 5).get("/api/v1/cases").then().statusCode(403);
        }
    }

    @Test
    void aCaseOfAUnitMergedIntoTheHeadsOfficeIsNotDelegatedThere() {
        // before: "delegated" to the office that holds its records and opened again there, it lost its flags, its overdue
        // limits and its complaints, and left the old and overdue lists as a fresh case
        String phuLy = Api.open(head, Api.caseBody("35.01", Api.unique("QĐ"), MARCH_2025, 5_000_000L));
        Api.transition(head, phuLy, "delegation", Map.of("toAgencyCode", "37.02", "date", TODAY.toString(), "reason", "x"))
                .then().statusCode(422).body("type", equalTo("urn:thads:problem:no-delegation-needed"));
        head.request().get("/api/v1/cases/" + phuLy).then().statusCode(200).body("status", not(equalTo("DELEGATED")));
        // to another office, as before
        Api.transition(head, phuLy, "delegation", Map.of("toAgencyCode", "37.01", "date", TODAY.toString(), "reason", "x"))
                .then().statusCode(200).body("status", equalTo("DELEGATED"));
    }

    @Test
    void anAdministrativeJudgmentAcceptedBeforeItsOfficeExistedIsRecordedAtTheOfficeThatHeldItThen() {
        head.request().body(judgment("37.02")).post("/api/v1/administrative-judgments").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:agency-not-open-on-date")).body("agencies", contains("35.01"));
        String number = Api.unique("05/2025/HC-ST");
        head.request().body(judgment("35.01", number, MARCH_2025)).post("/api/v1/administrative-judgments").then().statusCode(201)
                .body("agencyCode", equalTo("35.01"));
        // the same judgment again under the office's code of today: one office, monitored once (review of the session's change)
        head.request().body(judgment("37.02", number, LocalDate.parse("2025-08-01"))).post("/api/v1/administrative-judgments")
                .then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-judgment"));
    }

    @Test
    void aReceiptIsNumberedInTheBookOfTheOfficeThatIssuesIt() {
        // review of the session's change: collected on this year, a Phủ Lý case of 35.01 and a case of 37.02 are one office's,
        // which has one receipt book; the same receipt number on both counted its money twice
        String phuLy = Api.open(head, Api.caseBody("35.01", Api.unique("QĐ"), MARCH_2025, 5_000_000L));
        String own = Api.open(head, Api.caseBody("37.02", Api.unique("QĐ"), Api.TODAY.minusDays(20), 5_000_000L));
        String receipt = Api.unique("BL");
        Api.transition(head, phuLy, "collections", Map.of("amount", 1_000_000L, "collectedOn", Api.TODAY.minusDays(2).toString(),
                "receiptNumber", receipt)).then().statusCode(200);
        Api.transition(head, own, "collections", Map.of("amount", 1_000_000L, "collectedOn", Api.TODAY.minusDays(1).toString(),
                "receiptNumber", receipt)).then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-receipt"));
    }

    private static Map<String, Object> judgment(String agency) {
        return judgment(agency, Api.unique("05/2025/HC-ST"), MARCH_2025);
    }

    private static Map<String, Object> judgment(String agency, String number, LocalDate acceptedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyCode", agency);
        body.put("judgment", Map.of("courtCode", "TAND-HNA", "courtName", "Tòa án nhân dân tỉnh Hà Nam",
                "number", number, "effectiveDate", "2025-02-20"));
        body.put("authority", "Ủy ban nhân dân thành phố Phủ Lý");
        body.put("obligation", "Hủy quyết định thu hồi đất");
        body.put("acceptedOn", acceptedOn.toString());
        return body;
    }
}
