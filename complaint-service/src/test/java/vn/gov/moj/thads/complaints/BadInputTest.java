package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * Requests the negative-test run (contract/negative-run) found answered 500: each is a 400 problem
 * naming what is wrong, or, for a name as long as the document allows, an accepted petition.
 */
@QuarkusTest
class BadInputTest {

    @Test
    void aNameAsLongAsAllowedIsAccepted() {
        // its search key ("name:" + the name) did not fit its column: 500
        Map<String, Object> body = Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES");
        body.put("complainant", Map.of("name", "Nguyễn " + "a".repeat(293)));
        Desk.receive("AGENCY_HEAD", "19.05", body).statusCode(201);
    }

    @Test
    void anIdNumberThatReadsAsAnotherOrAnAddressWithAnEscapeSequenceIsRefused() {
        // red team of session 26: kept as typed, an override showed 111000990100 to the handlers as 001099000111
        for (Map<String, Object> complainant : java.util.List.<Map<String, Object>>of(
                Map.of("name", "Lê Thị Ảo", "idNumber", "\u202e111000990100"),
                Map.of("name", "Lê Thị Ảo", "idNumber", "019190004321", "address", "Tổ 5\u0007"),
                Map.of("name", "Lê Thị Ảo", "phone", "\u202e0912345678"))) {
            Map<String, Object> body = Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES");
            body.put("complainant", complainant);
            Desk.receive("AGENCY_HEAD", "19.05", body).statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.startsWith("complainant."));
        }
        Map<String, Object> body = Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES");
        body.put("complainant", Map.of("name", "Lê Thị Thật", "idNumber", "C1234567", "address", "Tổ 5, phường Phan Đình Phùng",
                "phone", "(0208) 385 1234"));
        Desk.receive("AGENCY_HEAD", "19.05", body).statusCode(201);
    }

    @Test
    void aDecisionNumberWithAControlCharacterIsRefused() {
        // kept and shown as typed: a backspace or an escape sequence in the number that names the decision
        Map<String, Object> body = Desk.complaintOn("2026-11-02", "19.05", "OFFICER", "19.05", "BEFORE_MEASURES", null);
        String id = Desk.receive("OFFICER", "19.05", body).statusCode(201).extract().path("id");
        Desk.transition("AGENCY_HEAD", "19.05", id, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(200);
        Desk.transition("AGENCY_HEAD", "19.05", id, "resolution", Map.of("decision", "REJECTED", "decisionNumber", "07/QĐ\b-GQKN",
                "decisionDate", "2026-11-10", "summary", "Không có căn cứ")).statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber"));
    }

    @Test
    void aDateBeyondFourDigitYearsIsRefused() {
        // deadlines were counted from it: DateTimeException, 500
        Map<String, Object> body = Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES");
        Desk.subject(body).put("actDate", "+999999999-12-31");
        Desk.receive("AGENCY_HEAD", "19.05", body).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subject.actDate"));
        Desk.as("AGENCY_HEAD", "19.05").queryParam("dueBefore", "+999999999-12-31").get("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dueBefore"));
    }

    @Test
    void aFieldGivenTwiceIsMalformed() {
        // Jackson could not build the record: an empty 500
        String id = Desk.receive("AGENCY_HEAD", "19.05", Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES"))
                .statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", "19.05").header("If-Match", Desk.etag(id))
                .body("{\"acceptedOn\":\"" + Desk.TODAY + "\",\"acceptedOn\":\"" + Desk.TODAY + "\"}")
                .post("/api/v1/complaints/" + id + "/acceptance")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:malformed-body"));
    }

    @Test
    void theNulCharacterInATrackingCodeIsRefused() {
        // PostgreSQL refuses it: 500
        io.restassured.RestAssured.given().urlEncodingEnabled(false).get("/api/v1/public/complaints/KN26-a%00b")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEnumIsItsName() {
        // 1 was read as the second value
        Map<String, Object> body = new HashMap<>(Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES"));
        body.put("channel", 1);
        Desk.receive("AGENCY_HEAD", "19.05", body).statusCode(400).body("errors[0].field", equalTo("channel"));
    }
}
