package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Which bearer tokens the gateway and the services accept (the settings are the platform's, shared
 * by every service): issued for this API, recently, for a short time, naming the caller by sub.
 */
@QuarkusTest
class TokenCheckTest {


    private static io.smallrye.jwt.build.JwtClaimsBuilder claims() {
        return TestTokens.claims("can-bo-" + UUID.randomUUID(), "19.05", "AGENCY_HEAD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/me", "/api/v1/cases"})
    void aTokenForThisApiIsAccepted(String path) {
        given().header("Authorization", "Bearer " + claims().sign()).when().get(path).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/me", "/api/v1/cases"})
    void aTokenWithoutAudienceIsRefused(String path) {
        given().header("Authorization", "Bearer " + claims().remove("aud").sign()).when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/me", "/api/v1/cases"})
    void aTokenForAnotherAudienceIsRefused(String path) {
        given().header("Authorization", "Bearer " + claims().audience("cong-dich-vu-khac").sign()).when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/me", "/api/v1/cases"})
    void aTokenOlderThanTheMaximumAgeIsRefusedThoughNotExpired(String path) {
        Instant issued = Instant.now().minus(Duration.ofMinutes(70));
        given().header("Authorization", "Bearer " + claims().issuedAt(issued).expiresAt(Instant.now().plus(Duration.ofMinutes(10))).sign())
                .when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/me", "/api/v1/cases"})
    void aTokenIssuedForLongerThanTheMaximumIsRefused(String path) {
        given().header("Authorization", "Bearer " + claims().expiresIn(Duration.ofHours(8)).sign())
                .when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/me", "/api/v1/cases"})
    void aTokenWithoutSubjectIsRefused(String path) {
        given().header("Authorization", "Bearer " + claims().remove("sub").sign()).when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theCallerIsTheTokensSubNotItsDisplayName() {
        // the identity provider's id stays; a user name (upn, preferred_username) may change or pass to someone else
        given().header("Authorization", "Bearer " + claims().subject("3f2a9c1e-idp-id").upn("nguyen.van.a")
                        .preferredUserName("nguyen.van.a").sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("3f2a9c1e-idp-id"));
    }
}
