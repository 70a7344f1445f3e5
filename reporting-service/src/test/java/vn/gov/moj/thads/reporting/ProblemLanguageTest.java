package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * The reporting service's problems in Vietnamese by default and in English with {@code Accept-Language: en}
 * (issue 17, item 7): the same type, status and members, exact texts in both. Closes a period of
 * Tuyên Quang (08), which no other test uses.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static ExtractableResponse<Response> close(String language, Map<String, Object> body, int status) {
        var request = as("MINISTRY", "VN");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.body(body).post("/api/v1/reports/periods").then().statusCode(status).extract();
    }

    @Test
    void closingAClosedPeriodAgainReadsInVietnamese() {
        Map<String, Object> period = Map.of("orgUnit", "08", "workYear", 2026, "asOf", "2026-03-31");
        String id = close(null, period, 201).path("id");

        var english = close("en", period, 409);
        var vietnamese = close(null, period, 409);
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(vietnamese.header("Content-Language")).isEqualTo("vi");
        for (var answer : java.util.List.of(english, vietnamese)) {
            assertThat(answer.<String>path("type")).isEqualTo("urn:thads:problem:period-already-closed");
            assertThat(answer.<String>path("periodId")).isEqualTo(id);
        }
        // the time of the first close, as the service wrote it
        String detail = english.path("detail");
        String closedAt = detail.substring(detail.indexOf(" at ") + 4, detail.indexOf("; "));
        assertThat(detail).isEqualTo("The period of 08 for work year 2026 as of 2026-03-31 was closed by ministry-user at " + closedAt
                + "; a signed period is never closed again (its later changes are in the late-entry report)");
        assertThat(vietnamese.<String>path("title")).isEqualTo("Kỳ báo cáo đã được khóa sổ");
        assertThat(vietnamese.<String>path("detail")).isEqualTo("Kỳ báo cáo của 08, năm công tác 2026, chốt số liệu ngày 2026-03-31"
                + " đã được ministry-user khóa sổ lúc " + closedAt + "; kỳ báo cáo đã ký không bao giờ được khóa sổ lại"
                + " (các thay đổi sau đó nằm trong báo cáo nhập muộn)");
    }

    @Test
    void aPeriodNotEndedAndAMissingFieldReadInVietnamese() {
        Map<String, Object> future = Map.of("orgUnit", "08", "workYear", 2100, "asOf", "2100-09-30");
        var english = close("en", future, 422);
        String today = english.path("today");
        assertThat(english.<String>path("detail"))
                .isEqualTo("A period can be closed on its as-of date or later; 2100-09-30 is after today, " + today);
        var vietnamese = close(null, future, 422);
        assertThat(vietnamese.<String>path("type")).isEqualTo("urn:thads:problem:period-not-ended");
        assertThat(vietnamese.<String>path("today")).isEqualTo(today);
        assertThat(vietnamese.<String>path("detail"))
                .isEqualTo("Kỳ báo cáo chỉ được khóa sổ từ ngày chốt số liệu trở đi; ngày 2100-09-30 còn sau ngày hôm nay (" + today + ")");

        // no as-of date, a work year out of range: Bean Validation's messages
        Map<String, Object> incomplete = Map.of("orgUnit", "08", "workYear", 1999);
        close(null, incomplete, 400).response().then().body("type", equalTo("urn:thads:problem:validation"))
                .body("detail", equalTo("Yêu cầu có trường dữ liệu không hợp lệ"))
                .body("errors[0].field", equalTo("asOf")).body("errors[0].message", equalTo("không được để trống"))
                .body("errors[1].field", equalTo("workYear")).body("errors[1].message", equalTo("phải lớn hơn hoặc bằng 2000"));
        close("en", incomplete, 400).response().then().body("type", equalTo("urn:thads:problem:validation"))
                .body("detail", equalTo("The request has invalid fields"))
                .body("errors[0].field", equalTo("asOf")).body("errors[0].message", equalTo("must not be null"))
                .body("errors[1].field", equalTo("workYear")).body("errors[1].message", equalTo("must be greater than or equal to 2000"));
    }

    @Test
    void aReportOutsideTheCallersScopeIsForbiddenInVietnamese() {
        as("AGENCY_HEAD", "12").queryParam("orgUnit", "08").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement").then().statusCode(403).body("type", equalTo("urn:thads:problem:forbidden"))
                .body("detail", equalTo("Báo cáo của 08 nằm ngoài phạm vi của bạn"));
        as("AGENCY_HEAD", "12").header("Accept-Language", "en").queryParam("orgUnit", "08").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement").then().statusCode(403).body("type", equalTo("urn:thads:problem:forbidden"))
                .body("detail", equalTo("Reports of 08 are outside your scope"));
    }
}
