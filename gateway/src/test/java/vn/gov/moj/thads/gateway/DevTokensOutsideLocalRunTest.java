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

    /** The production profile with only what a production start must be given; the flag keeps its real default. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.issuer", "https://idp.example.gov.vn/realms/thads",
                    "quarkus.management.test-port", "0");
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
