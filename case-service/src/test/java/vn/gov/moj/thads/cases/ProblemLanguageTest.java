package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * The case service's problems in Vietnamese by default and in English with {@code Accept-Language: en}
 * (issue 17, item 7): the same type, status, fields and members, exact texts in both.
 */
@QuarkusTest
class ProblemLanguageTest {

    private final Api.User head = Api.head("19.05");

    /** The same request twice: with no Accept-Language (Vietnamese), then with {@code en}. */
    private static void inBothLanguages(Function<String, ValidatableResponse> send, int status, String type,
                                        String vietnamese, String english, Map<String, Object> same) {
        ValidatableResponse vi = send.apply(null).statusCode(status).header("Content-Language", "vi")
                .body("type", equalTo(type)).body("detail", equalTo(vietnamese));
        ValidatableResponse en = send.apply("en").statusCode(status).header("Content-Language", "en")
                .body("type", equalTo(type)).body("detail", equalTo(english));
        same.forEach((path, value) -> {
            vi.body(path, equalTo(value));
            en.body(path, equalTo(value));
        });
    }

    /** The head's request in {@code language}, or else in {@code otherwise} (empty: no Accept-Language). */
    private io.restassured.specification.RequestSpecification as(String language, String otherwise) {
        String asked = language != null ? language : otherwise;
        return asked.isEmpty() ? head.request() : head.request().header("Accept-Language", asked);
    }

    private String newCase(long money) {
        return Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(60), money));
    }

    @Test
    void overCollectionReadsInVietnameseByDefault() {
        String id = newCase(20_000_000L);
        inBothLanguages(language -> as(language, "")
                        .header("If-Match", Api.etag(head, id))
                        .body(Map.of("amount", 20_000_001L, "collectedOn", TODAY.toString(), "receiptNumber", Api.unique("BL")))
                        .post("/api/v1/cases/" + id + "/collections").then(),
                422, "urn:thads:problem:over-collection",
                "Số tiền thu 20000001 đồng vượt quá số tiền còn phải thi hành 20000000 đồng",
                "Collecting 20000001 VND would exceed the 20000000 VND outstanding",
                Map.of("outstandingAmount", 20_000_000, "status", 422));
    }

    @Test
    void anIllegalTransitionSaysWhatCannotBeDoneInVietnamese() {
        String id = newCase(50_000_000L);
        inBothLanguages(language -> as(language, "vi")
                        .header("If-Match", Api.etag(head, id))
                        .body(Map.of("type", "SEIZURE", "date", TODAY.toString()))
                        .post("/api/v1/cases/" + id + "/actions").then(),
                409, "urn:thads:problem:illegal-transition",
                "Không thể thực hiện SEIZURE đối với việc thi hành án đang ở trạng thái RECEIVED",
                "A case in status RECEIVED cannot be the subject of SEIZURE",
                Map.of("currentStatus", "RECEIVED"));
    }

    @Test
    void anUnknownCaseIsNotFoundInBothLanguages() {
        String id = UUID.randomUUID().toString();
        inBothLanguages(language -> as(language, "fr")
                        .get("/api/v1/cases/" + id).then(),
                404, "urn:thads:problem:not-found", "Không tìm thấy việc thi hành án " + id, "Case " + id + " was not found",
                Map.of());
    }

    @Test
    void anUnknownFieldAndAMissingOneReadInVietnamese() {
        String id = newCase(20_000_000L);
        inBothLanguages(language -> as(language, "")
                        .header("If-Match", Api.etag(head, id))
                        .body(Map.of("amount", 1_000L, "collectedOn", TODAY.toString(), "receiptNumber", Api.unique("BL"), "payer", "x"))
                        .post("/api/v1/cases/" + id + "/collections").then(),
                400, "urn:thads:problem:malformed-body", "Nội dung yêu cầu có trường sai kiểu hoặc sai dạng",
                "The body has a field of the wrong type or form", Map.of("errors[0].field", "payer"));
        head.request().header("If-Match", Api.etag(head, id)).body(Map.of("amount", 1_000L, "receiptNumber", Api.unique("BL"), "payer", "x"))
                .post("/api/v1/cases/" + id + "/collections").then().body("errors[0].message", equalTo("không phải là trường đã biết"));
        head.request().header("Accept-Language", "en").header("If-Match", Api.etag(head, id))
                .body(Map.of("amount", 1_000L, "receiptNumber", Api.unique("BL"), "payer", "x"))
                .post("/api/v1/cases/" + id + "/collections").then().body("errors[0].message", equalTo("is not a known field"));
        // a required field left out, and an amount that is not positive: Bean Validation's messages
        inBothLanguages(language -> as(language, "")
                        .header("If-Match", Api.etag(head, id))
                        .body(Map.of("amount", 0L, "receiptNumber", Api.unique("BL")))
                        .post("/api/v1/cases/" + id + "/collections").then(),
                400, "urn:thads:problem:validation", "Yêu cầu có trường dữ liệu không hợp lệ", "The request has invalid fields",
                Map.of("errors[0].field", "amount", "errors[1].field", "collectedOn"));
        head.request().header("If-Match", Api.etag(head, id)).body(Map.of("amount", 0L, "receiptNumber", Api.unique("BL")))
                .post("/api/v1/cases/" + id + "/collections").then()
                .body("errors[0].message", equalTo("phải lớn hơn 0")).body("errors[1].message", equalTo("không được để trống"));
        head.request().header("Accept-Language", "en").header("If-Match", Api.etag(head, id))
                .body(Map.of("amount", 0L, "receiptNumber", Api.unique("BL")))
                .post("/api/v1/cases/" + id + "/collections").then()
                .body("errors[0].message", equalTo("must be greater than 0")).body("errors[1].message", equalTo("must not be null"));
    }

    @Test
    void aDateOutOfRangeNamesTheFieldInBothLanguages() {
        String id = newCase(20_000_000L);
        inBothLanguages(language -> as(language, "")
                        .header("If-Match", Api.etag(head, id))
                        .body(Map.of("amount", 1_000L, "collectedOn", TODAY.plusDays(1).toString(), "receiptNumber", Api.unique("BL")))
                        .post("/api/v1/cases/" + id + "/collections").then(),
                422, "urn:thads:problem:date-out-of-range", "collectedOn không được là ngày trong tương lai",
                "collectedOn must not be in the future", Map.of("errors[0].field", "collectedOn"));
    }
}
