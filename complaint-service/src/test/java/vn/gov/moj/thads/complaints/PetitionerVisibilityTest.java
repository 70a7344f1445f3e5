package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Who may see a petitioner, and who may record a withdrawal (issue 11, examples 9 and 10), for
 * each role, through the API.
 */
@QuarkusTest
class PetitionerVisibilityTest {

    private static final String NAME = "Trần Văn Tố";
    private static final String ID_NUMBER = "019088001234";
    private static final String PHONE = "0987654321";
    private static final String ADDRESS = "Tổ 5, phường Phan Đình Phùng, Thái Nguyên";
    /** A letter as petitioners write them: it begins with who wrote it. */
    private static final String LETTER = "Tôi là " + NAME + ", CCCD số " + ID_NUMBER + ", điện thoại " + PHONE
            + ". Tôi tố cáo Chấp hành viên nhận tiền của người phải thi hành án.";

    private final String denounced = "can-bo-" + UUID.randomUUID();
    private final String handler = "can-bo-" + UUID.randomUUID();

    private Map<String, Object> petition(String type, String kind, String subjectAgency) {
        var body = Desk.complaintOn("2026-11-02", "19.05", kind, subjectAgency, "COERCION", null);
        body.put("type", type);
        body.put("complainant", Map.of("name", NAME, "idNumber", ID_NUMBER, "phone", PHONE, "address", ADDRESS));
        body.put("content", LETTER);
        if ("OFFICER".equals(kind)) {
            Desk.subject(body).put("officerSubject", denounced);
        }
        return body;
    }

    private static void seesEverything(RequestSpecification reader, String id) {
        reader.get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", equalTo(NAME)).body("complainant.idNumber", equalTo(ID_NUMBER))
                .body("complainant.phone", equalTo(PHONE)).body("complainant.address", equalTo(ADDRESS))
                .body("content", equalTo(LETTER)).body("complainantWithheld", equalTo(false));
    }

    private static void seesNobody(RequestSpecification reader, String id) {
        reader.get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body("content", nullValue()).body("complainantWithheld", equalTo(true))
                .body(not(containsString(NAME))).body(not(containsString(ID_NUMBER)))
                .body(not(containsString(PHONE))).body(not(containsString("Phan Đình Phùng")));
    }

    private static void seesTheNameOnly(RequestSpecification reader, String id) {
        reader.get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", equalTo(NAME)).body("content", nullValue()).body("complainantWithheld", equalTo(true))
                .body(not(containsString(ID_NUMBER))).body(not(containsString(PHONE))).body(not(containsString("Phan Đình Phùng")));
    }

    @Test
    void aDenouncerIsSeenOnlyByTheCompetentHeadAndTheAssignedStaffNeverByTheDenounced() {
        // the desk officer who records it gets it back without the denouncer
        String id = Desk.receive("OFFICER", "19.05", petition("DENUNCIATION", "OFFICER", "19.05")).statusCode(201)
                .body("competentAgencyCode", equalTo("19.05"))
                .body("complainant.name", nullValue()).body("complainantWithheld", equalTo(true))
                .extract().path("id");

        seesEverything(Desk.as("AGENCY_HEAD", "19.05"), id);
        seesNobody(Desk.as("OFFICER", "19.05"), id);
        seesNobody(Desk.asSubject(denounced, "OFFICER", "19.05"), id);
        seesNobody(Desk.asSubject(handler, "OFFICER", "19.05"), id); // not assigned yet
        seesNobody(Desk.as("AGENCY_HEAD", "19"), id);                 // the head of the province above
        seesNobody(Desk.as("PROVINCE", "19"), id);
        seesNobody(Desk.as("MINISTRY", "VN"), id);

        // the head assigns the staff who handle it; never the person denounced
        Desk.as("AGENCY_HEAD", "19.05").header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(handler, denounced)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:handler-is-subject"));
        Desk.as("OFFICER", "19.05").header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(handler)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(403);
        Desk.as("AGENCY_HEAD", "19.05").header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(handler)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(200).body("handlers", equalTo(List.of(handler)));

        seesEverything(Desk.asSubject(handler, "OFFICER", "19.05"), id);
        // the same account with a token of another agency is not the competent agency's staff
        seesNobody(Desk.asSubject(handler, "AGENCY_HEAD", "19"), id);
        Desk.asSubject(handler, "OFFICER", "19.01").get("/api/v1/complaints/" + id).then().statusCode(404);
        seesNobody(Desk.as("OFFICER", "19.05"), id);
        seesNobody(Desk.asSubject(denounced, "OFFICER", "19.05"), id);

        // lists hide them the same way; and a list carries no ID number, phone, address or letter even for the head
        Desk.as("OFFICER", "19.05").queryParam("type", "DENUNCIATION").queryParam("size", 200).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", hasItem(id)).body(not(containsString(ID_NUMBER)))
                .body(not(containsString(NAME)));
        Desk.as("AGENCY_HEAD", "19.05").queryParam("type", "DENUNCIATION").queryParam("size", 200).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.complainant.name", hasItem(NAME))
                .body(not(containsString(ID_NUMBER))).body(not(containsString(PHONE))).body(not(containsString("Phan Đình Phùng")))
                .body(not(containsString("nhận tiền")));

        // an extension's reason, free text about it, is read by those who read the letter
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), id, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(200);
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), id, "extension", Map.of("complexity", "COMPLEX", "decidedOn", "2026-11-04",
                "reason", "Cần xác minh thêm lời khai của ông " + NAME)).statusCode(200);
        Desk.as("AGENCY_HEAD", "19.05").get("/api/v1/complaints/" + id + "/history").then().statusCode(200)
                .body(containsString(NAME));
        Desk.asSubject(denounced, "OFFICER", "19.05").get("/api/v1/complaints/" + id + "/history").then().statusCode(200)
                .body("action", hasItem("EXTENDED")).body(not(containsString(NAME)));

        // the decision's summary opens, as decisions do, by naming who wrote: read by those who read the letter (before,
        // by every reader, the denounced officer too, and in every list)
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), id, "resolution", Map.of("decision", "REJECTED", "decisionNumber",
                "12/QĐ-GQTC", "decisionDate", "2026-11-20", "summary", "Xét đơn tố cáo của ông " + NAME + ", CCCD " + ID_NUMBER
                        + ": không có căn cứ")).statusCode(200);
        Desk.as("AGENCY_HEAD", "19.05").get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("summary", containsString(ID_NUMBER)).body("decisionNumber", equalTo("12/QĐ-GQTC"));
        seesNobody(Desk.asSubject(denounced, "OFFICER", "19.05"), id);
        seesNobody(Desk.as("OFFICER", "19.05"), id);
        seesNobody(Desk.as("PROVINCE", "19"), id);
        seesNobody(Desk.as("MINISTRY", "VN"), id);
        Desk.asSubject(denounced, "OFFICER", "19.05").get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("decision", equalTo("REJECTED")).body("decisionNumber", equalTo("12/QĐ-GQTC")).body("summary", nullValue());
        Desk.as("AGENCY_HEAD", "19.05").queryParam("type", "DENUNCIATION").queryParam("size", 200).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", hasItem(id)).body(not(containsString(ID_NUMBER)));
    }

    @Test
    void aDenouncedHeadNeverSeesTheDenouncer() {
        // against the head of 19.05: handled by the head of 19; the head of 19.05 reads it (filed at 19.05) without the denouncer
        String id = Desk.receive("OFFICER", "19.05", petition("DENUNCIATION", "AGENCY_HEAD", "19.05")).statusCode(201)
                .body("competentAgencyCode", equalTo("19")).extract().path("id");
        seesEverything(Desk.as("AGENCY_HEAD", "19"), id);
        seesNobody(Desk.as("AGENCY_HEAD", "19.05"), id);
        seesNobody(Desk.as("OFFICER", "19"), id);
    }

    @Test
    void aDenouncedProvincialHeadsDenouncerIsSeenByTheNationalAgencysHeadNotByEveryMinistryUser() {
        // against the head of the provincial agency 19: the national agency is competent (domain.md §4)
        String id = Desk.receive("OFFICER", "19.05", petition("DENUNCIATION", "AGENCY_HEAD", "19")).statusCode(201)
                .body("competentAgencyCode", equalTo("VN")).extract().path("id");
        // before: every MINISTRY token counted as the national agency's head, so any ministry user read the denouncer
        seesNobody(Desk.as("MINISTRY", "VN"), id);
        seesNobody(Desk.as("AGENCY_HEAD", "19"), id);
        seesEverything(Desk.nationalHead(), id);
        // nor may a ministry user accept it, and a head's role naming the whole country without the ministry's is refused
        Desk.transition("MINISTRY", "VN", id, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(403);
        Desk.transition(Desk.asSubject("not-a-ministry-user", "AGENCY_HEAD", "VN"), id, "acceptance",
                Map.of("acceptedOn", "2026-11-03")).statusCode(403).body("type", equalTo("urn:thads:problem:token-not-accepted"));
        Desk.transition(Desk.nationalHead(), id, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(200);

        // the ministry staff the head assigns see the denouncer, as an agency's assigned staff do
        String ministryHandler = "vu-" + UUID.randomUUID();
        Desk.nationalHead().header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(ministryHandler)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(200);
        seesEverything(Desk.asSubject(ministryHandler, "MINISTRY", "VN"), id);
        seesNobody(Desk.as("MINISTRY", "VN"), id);
    }

    @Test
    void aComplainantsContactDetailsAreSeenOnlyByTheStaffHandlingIt() {
        String id = Desk.receive("OFFICER", "19.05", petition("COMPLAINT", "OFFICER", "19.05")).statusCode(201)
                .body("complainant.name", equalTo(NAME)).body("complainant.idNumber", nullValue())
                .extract().path("id");
        Desk.as("AGENCY_HEAD", "19.05").header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(handler)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(200);

        seesEverything(Desk.as("AGENCY_HEAD", "19.05"), id);
        seesEverything(Desk.asSubject(handler, "OFFICER", "19.05"), id);
        seesTheNameOnly(Desk.as("OFFICER", "19.05"), id);
        seesTheNameOnly(Desk.asSubject(denounced, "OFFICER", "19.05"), id); // the officer complained about
        seesTheNameOnly(Desk.as("AGENCY_HEAD", "19"), id);
        seesTheNameOnly(Desk.as("PROVINCE", "19"), id);
        seesTheNameOnly(Desk.as("MINISTRY", "VN"), id);

        // resolved, its decision's summary naming the complainant and their ID number: read by the officer it is about, on
        // whom it is served; not by a colleague, the province above, the ministry or in any list
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), id, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(200);
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), id, "resolution", Map.of("decision", "REJECTED", "decisionNumber",
                "13/QĐ-GQKN", "decisionDate", "2026-11-20", "summary", "Xét đơn khiếu nại của ông " + NAME + ", CCCD " + ID_NUMBER))
                .statusCode(200);
        Desk.asSubject(denounced, "OFFICER", "19.05").get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("summary", containsString(ID_NUMBER));
        seesTheNameOnly(Desk.as("OFFICER", "19.05"), id);
        seesTheNameOnly(Desk.as("AGENCY_HEAD", "19"), id);
        seesTheNameOnly(Desk.as("MINISTRY", "VN"), id);
        Desk.as("AGENCY_HEAD", "19.05").queryParam("type", "COMPLAINT").queryParam("size", 200).get("/api/v1/complaints").then()
                .statusCode(200).body("items.id", hasItem(id)).body(not(containsString(ID_NUMBER)));
    }

    @Test
    void onlyTheCompetentAgencysStaffRecordAWithdrawalNeverThePersonItIsAbout() {
        String id = Desk.receive("OFFICER", "19.05", petition("COMPLAINT", "OFFICER", "19.05")).statusCode(201)
                .extract().path("id");
        Desk.transition(Desk.asSubject(denounced, "OFFICER", "19.05"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"));
        Desk.transition(Desk.as("AGENCY_HEAD", "19"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:forbidden"));
        Desk.transition(Desk.as("OFFICER", "19.01"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05")).statusCode(404);
        Desk.transition(Desk.as("OFFICER", "19.05"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05")).statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnOn", equalTo("2026-11-05"));

        // filed at 19.01 about 19.05: the filing desk cannot withdraw it, 19.05 can
        var elsewhere = petition("COMPLAINT", "OFFICER", "19.05");
        elsewhere.put("filedAtAgencyCode", "19.01");
        String other = Desk.receive("OFFICER", "19.01", elsewhere).statusCode(201).extract().path("id");
        Desk.transition(Desk.as("OFFICER", "19.01"), other, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(403);
        Desk.transition(Desk.as("OFFICER", "19.05"), other, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(200);

        // about the head of 19.05, resolved by 19: that head cannot withdraw it
        String aboutTheHead = Desk.receive("OFFICER", "19.05", petition("COMPLAINT", "AGENCY_HEAD", "19.05")).statusCode(201)
                .extract().path("id");
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), aboutTheHead, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"));
        Desk.transition(Desk.as("OFFICER", "19"), aboutTheHead, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(200);
    }

    @Test
    void anOfficerOfTheProvincialAgencyNeitherReadsNorRecordsTheOfficesPetitions() {
        String id = Desk.receive("OFFICER", "19.05", petition("COMPLAINT", "OFFICER", "19.05")).statusCode(201)
                .extract().path("id");
        // the province's head oversees the office; an officer of the provincial agency works in that agency alone
        Desk.as("AGENCY_HEAD", "19").get("/api/v1/complaints/" + id).then().statusCode(200);
        Desk.as("OFFICER", "19").get("/api/v1/complaints/" + id).then().statusCode(404);
        Desk.as("OFFICER", "19").queryParam("agency", "19.05").queryParam("size", 200).get("/api/v1/complaints").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        Desk.receive("OFFICER", "19", petition("COMPLAINT", "OFFICER", "19.05")).statusCode(403);
    }

    @Test
    void aDenunciationsWithdrawalIsRecordedByItsCompetentHeadWhoMayGoOnInstead() {
        // Luật Tố cáo 2018 art. 33: the withdrawal ends it only by the resolver's decision; the denounced officer's
        // colleagues cannot close it
        String id = Desk.receive("OFFICER", "19.05", petition("DENUNCIATION", "OFFICER", "19.05")).statusCode(201)
                .extract().path("id");
        Desk.transition(Desk.as("OFFICER", "19.05"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(403);
        Desk.transition(Desk.asSubject(denounced, "OFFICER", "19.05"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(403);
        Desk.as("AGENCY_HEAD", "19.05").get("/api/v1/complaints/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        Desk.transition(Desk.as("AGENCY_HEAD", "19.05"), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05"))
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void anOfficerNamedWithoutTheirAccountIsRefusedSoTheyCannotBeMadeItsHandler() {
        var body = petition("DENUNCIATION", "OFFICER", "19.05");
        Desk.subject(body).remove("officerSubject");
        Desk.subject(body).put("officerId", UUID.randomUUID().toString());
        Desk.receive("OFFICER", "19.05", body).statusCode(400).body("errors[0].field", equalTo("subject.officerSubject"));
    }
}
