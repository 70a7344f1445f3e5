package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
class DevTokenTest {

    @Test
    void aDevelopmentTokenCarriesSubjectRolesAndAgency() {
        String token = given().contentType("application/json")
                .body(Map.of("subject", "nguyen.van.a", "roles", List.of("AGENCY_HEAD", "OFFICER"), "agencyCode", "19.05"))
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200)
                .body("expiresIn", greaterThan(0))
                .extract().path("accessToken");

        given().header("Authorization", "Bearer " + token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("nguyen.van.a"))
                .body("roles", contains("AGENCY_HEAD", "OFFICER"))
                .body("agencyCode", equalTo("19.05"));
    }

    @Test
    void anUnknownRoleIsRefused() {
        given().contentType("application/json")
                .body(Map.of("subject", "x", "roles", List.of("ADMIN")))
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("roles"));
    }

    @Test
    void withoutATokenTheCallerIsUnknown() {
        given().when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aBodyOverTheLimitIsAProblemOnTheGatewaysOwnEndpointsToo() {
        // Vert.x refused it with an empty 413 (contract/negative-run)
        given().contentType("application/json")
                .body("{\"subject\":\"" + "x".repeat(10 * 1024 * 1024) + "\",\"roles\":[\"OFFICER\"]}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:payload-too-large"));
    }
}
