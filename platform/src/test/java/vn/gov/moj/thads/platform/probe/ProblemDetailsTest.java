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
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().header("Authorization", officer).contentType("application/json")
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
    void anUnknownFieldIsABadRequest() {
        given().header("Authorization", officer).contentType("application/json")
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
    void theWrongRoleIsForbidden() {
        given().header("Authorization", TestTokens.bearer("court-1", null, "COURT_CLIENT"))
                .when().get("/api/v1/probes/x")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:forbidden"));
    }
}
