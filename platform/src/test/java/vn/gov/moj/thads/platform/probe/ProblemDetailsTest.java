package vn.gov.moj.thads.platform.probe;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProblemDetailsTest {

    private final String officer = TestTokens.bearer("officer-1", "19.05", "OFFICER");

    @Test
    void malformedJsonIsABadRequest() {
        given().header("Authorization", officer).contentType("application/json").body("{\"id\": ")
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:malformed-body"))
                .body("status", equalTo(400))
                .body(not(containsString("Exception")));
    }

    @Test
    void aDatabaseOutOfReachIsServiceUnavailableToTryAgainNotAnInternalError() {
        given().header("Accept-Language", "en").header("Authorization", officer)
                .when().get("/api/v1/probes/unreachable-database")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:thads:problem:database-unavailable"))
                .body("detail", containsString("try again"))
                .body(not(containsString("Exception")))
                .body(not(containsString("127.0.0.1")));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().header("Accept-Language", "en").header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", "x", "label", "y", "colour", "BLUE", "amount", 1))
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of RED, GREEN"));
    }

    @Test
    void aWrongTypeIsABadRequest() {
        given().header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", "x", "label", "y", "colour", "RED", "amount", "a lot"))
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
    }

    @Test
    void aValidationErrorReadsInVietnameseByDefaultAndInEnglishOnRequestWithTheSameType() {
        var body = Map.of("id", "x", "label", "y", "colour", "RED", "amount", 1, "amout", 2);
        given().header("Authorization", officer).contentType("application/json").body(body)
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "vi")
                .body("type", equalTo("urn:thads:problem:malformed-body"))
                .body("title", equalTo("Nội dung yêu cầu sai định dạng"))
                .body("detail", equalTo("Nội dung yêu cầu có trường sai kiểu hoặc sai dạng"))
                .body("errors[0].field", equalTo("amout"))
                .body("errors[0].message", equalTo("không phải là trường đã biết"));
        given().header("Accept-Language", "en").header("Authorization", officer).contentType("application/json").body(body)
                .when().post("/api/v1/probes")
                .then().statusCode(400).header("Content-Language", "en")
                .body("type", equalTo("urn:thads:problem:malformed-body"))
                .body("title", equalTo("Malformed request body"))
                .body("errors[0].message", equalTo("is not a known field"));
        // a bean-validation error and a missing token, in Vietnamese
        given().header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", "x", "colour", "RED", "amount", 1))
                .when().post("/api/v1/probes")
                .then().statusCode(400).body("type", equalTo("urn:thads:problem:validation"))
                .body("title", equalTo("Dữ liệu không hợp lệ")).body("detail", equalTo("Yêu cầu có trường dữ liệu không hợp lệ"))
                .body("errors[0].field", equalTo("label")).body("errors[0].message", equalTo("không được để trống"));
        given().when().post("/api/v1/probes").then().statusCode(401)
                .body("type", equalTo("urn:thads:problem:unauthenticated")).body("title", equalTo("Chưa xác thực"))
                .body("detail", equalTo("Cần có mã truy cập (bearer token) hợp lệ"));
    }

    @Test
    void anUnknownFieldIsABadRequest() {
        given().header("Accept-Language", "en").header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", "x", "label", "y", "colour", "RED", "amount", 1, "amout", 2))
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("amout"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void validationFailuresListEveryField() {
        given().header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", " ", "label", "y", "colour", "RED", "amount", -5))
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:validation"))
                .body("errors.field", contains("amount", "id"));
    }

    @Test
    void aMissingRecordIsANotFoundProblem() {
        given().header("Authorization", officer)
                .when().get("/api/v1/probes/does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:not-found"))
                .body("instance", equalTo("/api/v1/probes/does-not-exist"));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().header("Authorization", officer)
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theRequestIdIsEchoed() {
        given().header("Authorization", officer).header("X-Request-Id", "rid-42")
                .when().get("/api/v1/probes/none")
                .then().statusCode(404).header("X-Request-Id", "rid-42");
    }

    @Test
    void noTokenIsUnauthenticated() {
        given().when().get("/api/v1/probes/x")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:unauthenticated"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() {
        String forged = officer.substring(0, officer.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", forged).when().get("/api/v1/probes/x")
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() {
        given().header("Authorization", "Bearer " + TestTokens.claims("officer-1", "19.05", "OFFICER").audience("another-api").sign())
                .when().get("/api/v1/probes/x")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenOlderThanAnHourIsUnauthenticated() {
        given().header("Authorization", "Bearer " + TestTokens.claims("officer-1", "19.05", "OFFICER")
                        .issuedAt(java.time.Instant.now().minusSeconds(4200)).expiresAt(java.time.Instant.now().plusSeconds(600)).sign())
                .when().get("/api/v1/probes/x")
                .then().statusCode(401);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "page={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"99999999999", "2147483647", "10737419", "-1", "zwei"})
    void aPageNumberOutOfRangeIsABadRequest(String page) {
        given().header("Authorization", officer).queryParam("page", page)
                .when().get("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void theLastPageNumberIsAccepted() {
        given().header("Authorization", officer).queryParam("page", vn.gov.moj.thads.platform.api.Page.MAX_PAGE).queryParam("size", 200)
                .when().get("/api/v1/probes")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSizeTooLargeForAnIntIsABadRequest() {
        given().header("Authorization", officer).queryParam("size", "99999999999")
                .when().get("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "from={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0001-01-01", "1899-12-31", "+10000-01-01", "3000-01-01"})
    void aDateOutsideTheSupportedYearsIsABadRequest(String from) {
        given().header("Authorization", officer).queryParam("from", from)
                .when().get("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aYearBeyondWhatDatesHoldIsABadRequest() {
        given().header("Authorization", officer)
                .when().get("/api/v1/probes/work-years/1000000001")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:invalid-date"));
    }

    @Test
    void ifMatchAnyVersionIsNotAVersion() {
        given().header("Authorization", officer).header("If-Match", "*")
                .when().put("/api/v1/probes/p-1/label")
                .then().statusCode(428)
                .contentType("application/problem+json");
        given().header("Authorization", officer).header("If-Match", "\"2\"")
                .when().put("/api/v1/probes/p-1/label")
                .then().statusCode(412);
        given().header("Authorization", officer).header("If-Match", "\"3\"")
                .when().put("/api/v1/probes/p-1/label")
                .then().statusCode(204);
    }

    @Test
    void theWrongRoleIsForbidden() {
        given().header("Authorization", TestTokens.bearer("court-1", null, "COURT_CLIENT"))
                .when().get("/api/v1/probes/x")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:forbidden"));
    }
}
