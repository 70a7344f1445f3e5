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
        return given().header("Authorization", TestTokens.bearer(role.toLowerCase() + "-" + UUID.randomUUID(), agency, role))
                .contentType("application/json");
    }

    static Map<String, Object> complaint(String filedAt, UUID caseId, String subjectKind, String subjectAgency, String phase) {
        Map<String, Object> subject = new HashMap<>();
        subject.put("kind", subjectKind);
        if (subjectAgency != null) {
            subject.put("agencyCode", subjectAgency);
        }
        subject.put("phase", phase);
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
        String etag = as("MINISTRY", "VN").get("/api/v1/complaints/" + id).then().statusCode(200).extract().header("ETag");
        return as(role, agency).header("If-Match", etag).body(body).post("/api/v1/complaints/" + id + "/" + transition).then();
    }
}
