package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

@QuarkusTest
@TestProfile(DevTokensOutsideLocalRunTest.Production.class)
class DevTokensOutsideLocalRunTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thads.dev-tokens.enabled", "false");
        }
    }

    @Test
    void theTokenEndpointDoesNotExist() {
        given().contentType("application/json")
                .body(Map.of("subject", "x", "roles", List.of("MINISTRY")))
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(404);
    }
}
