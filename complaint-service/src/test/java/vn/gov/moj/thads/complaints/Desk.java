package vn.gov.moj.thads.complaints;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The petition API as the tests' staff use it. */
final class Desk {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Desk() {
    }

    static RequestSpecification as(String role, String agency) {
        return asSubject(role.toLowerCase() + "-" + UUID.randomUUID(), role, agency);
    }

    /** A given person's account: to be assigned to a petition, or to be the officer it is about. */
    static RequestSpecification asSubject(String subject, String role, String agency) {
        return given().header("Authorization", TestTokens.bearer(subject, agency, role)).contentType("application/json");
    }

    /**
     * The head of the national agency: a ministry token that also carries AGENCY_HEAD. Not every ministry user: they
     * record the national agency's petitions but neither decide them nor see who wrote them.
     */
    static RequestSpecification nationalHead() {
        return nationalHead("cuc-truong-" + UUID.randomUUID());
    }

    static RequestSpecification nationalHead(String subject) {
        return given().header("Authorization", TestTokens.bearer(subject, "VN", "MINISTRY", "AGENCY_HEAD")).contentType("application/json");
    }

    static String etag(String id) {
        return as("MINISTRY", "VN").get("/api/v1/complaints/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** A complaint received on {@code receivedOn} (a fixed date, so that expected dates can be counted by hand). */
    static Map<String, Object> complaintOn(String receivedOn, String filedAt, String subjectKind, String subjectAgency, String phase,
                                           String actDate) {
        Map<String, Object> body = complaint(filedAt, null, subjectKind, subjectAgency, phase);
        body.put("receivedOn", receivedOn);
        if (actDate != null) {
            subject(body).put("actDate", actDate);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> subject(Map<String, Object> body) {
        return (Map<String, Object>) body.get("subject");
    }

    static Map<String, Object> complaint(String filedAt, UUID caseId, String subjectKind, String subjectAgency, String phase) {
        Map<String, Object> subject = new HashMap<>();
        subject.put("kind", subjectKind);
        if (subjectAgency != null) {
            subject.put("agencyCode", subjectAgency);
        }
        subject.put("phase", phase);
        if ("OFFICER".equals(subjectKind)) {
            subject.put("officerSubject", "can-bo-" + UUID.randomUUID()); // an officer is named (the tests about whom set it)
        }
        Map<String, Object> body = new HashMap<>();
        body.put("type", "COMPLAINT");
        body.put("channel", "IN_PERSON");
        body.put("receivedOn", TODAY.toString());
        body.put("filedAtAgencyCode", filedAt);
        body.put("complainant", Map.of("name", "Lương Thị Mai", "idNumber", "0191" + (100000 + new java.util.Random().nextInt(899999)),
                "phone", "0912345678", "address", "Phường Phan Đình Phùng, Thái Nguyên"));
        if (caseId != null) {
            body.put("caseId", caseId.toString());
        }
        body.put("subject", subject);
        body.put("content", "Khiếu nại quyết định kê biên tài sản của Chấp hành viên");
        return body;
    }

    static ValidatableResponse receive(String role, String agency, Map<String, Object> body) {
        return as(role, agency).body(body).post("/api/v1/complaints").then();
    }

    static ValidatableResponse transition(String role, String agency, String id, String transition, Map<String, ?> body) {
        return transition(as(role, agency), id, transition, body);
    }

    static ValidatableResponse transition(RequestSpecification caller, String id, String transition, Map<String, ?> body) {
        return caller.header("If-Match", etag(id)).body(body).post("/api/v1/complaints/" + id + "/" + transition).then();
    }

    /** Accepted and resolved by the head of {@code agency} (of the national agency for VN). */
    static void acceptAndResolve(String agency, String id, String acceptedOn, String decisionNumber, String decisionDate) {
        transition(head(agency), id, "acceptance", Map.of("acceptedOn", acceptedOn)).statusCode(200);
        transition(head(agency), id, "resolution", Map.of("decision", "REJECTED", "decisionNumber", decisionNumber,
                "decisionDate", decisionDate, "summary", "Không có căn cứ")).statusCode(200);
    }

    /**
     * A second complaint is its first's complainant's: their name and ID number as the first's competent head reads them.
     * A first complaint that does not exist, or that no head reads, leaves the body as it is.
     */
    static Map<String, Object> byTheFirstComplainant(Map<String, Object> second, String firstId) {
        var first = as("MINISTRY", "VN").get("/api/v1/complaints/" + firstId).then().extract();
        if (first.statusCode() != 200) {
            return second;
        }
        Map<String, Object> complainant = head(first.path("competentAgencyCode")).get("/api/v1/complaints/" + firstId).then()
                .statusCode(200).extract().path("complainant");
        Map<String, Object> copy = new HashMap<>();
        complainant.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        second.put("complainant", copy);
        return second;
    }

    private static RequestSpecification head(String agency) {
        return "VN".equals(agency) ? nationalHead() : as("AGENCY_HEAD", agency);
    }
}
