package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.hamcrest.Matchers.equalTo;

/**
 * The complaint service's problems in Vietnamese by default and in English with {@code Accept-Language: en}
 * (issue 17, item 7): the same type, status, fields and members, exact texts in both.
 */
@QuarkusTest
class ProblemLanguageTest {

    /** The same request with no Accept-Language (Vietnamese), then with {@code en}. */
    private static void inBothLanguages(Function<Function<RequestSpecification, RequestSpecification>, ValidatableResponse> send,
                                        int status, String type, String vietnamese, String english, Map<String, Object> same) {
        ValidatableResponse vi = send.apply(request -> request).statusCode(status).header("Content-Language", "vi")
                .body("type", equalTo(type)).body("detail", equalTo(vietnamese));
        ValidatableResponse en = send.apply(request -> request.header("Accept-Language", "en")).statusCode(status)
                .header("Content-Language", "en").body("type", equalTo(type)).body("detail", equalTo(english));
        same.forEach((path, value) -> {
            vi.body(path, equalTo(value));
            en.body(path, equalTo(value));
        });
    }

    private static String acceptedDenunciation() {
        var body = Desk.complaintOn("2026-10-01", "19.05", "OFFICER", "19.05", null, null);
        body.put("type", "DENUNCIATION");
        String id = Desk.receive("OFFICER", "19.05", body).statusCode(201).extract().path("id");
        Desk.transition("AGENCY_HEAD", "19.05", id, "acceptance", Map.of("acceptedOn", "2026-10-05")).statusCode(200);
        return id;
    }

    @Test
    void aDenunciationExtendedPastItsLimitReadsInVietnamese() {
        String id = acceptedDenunciation();
        Desk.transition("AGENCY_HEAD", "19.05", id, "extension", Map.of("reason", "Cần xác minh thêm", "complexity", "COMPLEX",
                        "decidedOn", "2026-10-20")).statusCode(200);
        inBothLanguages(language -> Desk.transition(language.apply(Desk.as("AGENCY_HEAD", "19.05")), id, "extension",
                        Map.of("reason", "lần hai")),
                409, "urn:thads:problem:extension-limit",
                "Tố cáo loại COMPLEX chỉ được gia hạn 1 lần, và tố cáo này đã được gia hạn 1 lần",
                "A COMPLEX denunciation can be extended 1 time(s), and this one already was 1 time(s)",
                Map.of("allowed", 1, "extensions", 1, "complexity", "COMPLEX"));
    }

    @Test
    void acceptingTwiceSaysWhatCannotBeDoneInVietnamese() {
        String id = acceptedDenunciation();
        inBothLanguages(language -> Desk.transition(language.apply(Desk.as("AGENCY_HEAD", "19.05")), id, "acceptance",
                        Map.of("acceptedOn", "2026-10-06")),
                409, "urn:thads:problem:illegal-transition",
                "Không thể thụ lý đơn đang ở trạng thái ACCEPTED", "A petition in status ACCEPTED cannot be accepted",
                Map.of("currentStatus", "ACCEPTED"));
    }

    @Test
    void anUnknownPetitionIsNotFoundInBothLanguages() {
        String id = UUID.randomUUID().toString();
        inBothLanguages(language -> language.apply(Desk.as("MINISTRY", "VN")).get("/api/v1/complaints/" + id).then(),
                404, "urn:thads:problem:not-found", "Không tìm thấy đơn khiếu nại, tố cáo " + id, "Petition " + id + " was not found",
                Map.of());
    }

    @Test
    void missingAndMalformedFieldsReadInVietnamese() {
        var body = Desk.complaintOn("2026-10-01", "19.05", "OFFICER", "19.05", null, null);
        body.remove("content");
        body.put("filedAtAgencyCode", "1905");
        inBothLanguages(language -> language.apply(Desk.as("OFFICER", "19.05")).body(body).post("/api/v1/complaints").then(),
                400, "urn:thads:problem:validation", "Yêu cầu có trường dữ liệu không hợp lệ", "The request has invalid fields",
                Map.of("errors[0].field", "content", "errors[1].field", "filedAtAgencyCode"));
        Desk.as("OFFICER", "19.05").body(body).post("/api/v1/complaints").then()
                .body("errors[0].message", equalTo("không được để trống"))
                .body("errors[1].message", equalTo("phải là VN, mã tỉnh (19) hoặc mã Phòng Thi hành án dân sự khu vực (19.05)"));
        Desk.as("OFFICER", "19.05").header("Accept-Language", "en").body(body).post("/api/v1/complaints").then()
                .body("errors[0].message", equalTo("must not be blank"))
                .body("errors[1].message", equalTo("must be VN, a province code (19) or a local office code (19.05)"));
    }
}
