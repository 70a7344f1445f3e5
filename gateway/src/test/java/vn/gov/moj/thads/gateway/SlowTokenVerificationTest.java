package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway has one event loop: a token whose verification waits (the identity provider's key
 * endpoint slow or hanging, as a new token may make the verifier fetch the keys) must not hold the
 * other clients' requests. Here the verifier holds one token until the test lets it go.
 */
@QuarkusTest
@TestProfile(SlowTokenVerificationTest.SlowIdentityProvider.class)
class SlowTokenVerificationTest {

    public static class SlowIdentityProvider implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HoldingVerifier.class);
        }
    }

    /** smallrye-jwt's verifier, except that it waits on the held token until it is released. */
    @Alternative
    @ApplicationScoped
    @Typed(DefaultJWTParser.class)
    public static class HoldingVerifier extends DefaultJWTParser {
        static volatile String held;
        static final CountDownLatch VERIFYING = new CountDownLatch(1);
        static final CountDownLatch RELEASED = new CountDownLatch(1);

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            if (token.equals(held)) {
                VERIFYING.countDown();
                try {
                    RELEASED.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.parse(token);
        }
    }

    private static CompletableFuture<Integer> casesWith(String token) {
        return CompletableFuture.supplyAsync(() -> given().header("Authorization", "Bearer " + token)
                .get("/api/v1/cases").statusCode());
    }

    @Test
    void aTokenWhoseVerificationWaitsHoldsNoOtherClientsRequest() throws Exception {
        String known = TestTokens.token("can-bo-" + UUID.randomUUID(), "19.05", "AGENCY_HEAD");
        assertThat(casesWith(known).get(10, TimeUnit.SECONDS)).isEqualTo(200);
        HoldingVerifier.held = TestTokens.token("can-bo-" + UUID.randomUUID(), "19.05", "AGENCY_HEAD");
        try {
            CompletableFuture<Integer> waiting = casesWith(HoldingVerifier.held);
            assertThat(HoldingVerifier.VERIFYING.await(10, TimeUnit.SECONDS)).as("the held token is being verified").isTrue();
            // answered while the other token's verification still waits (on the event loop it would wait too)
            assertThat(casesWith(known).get(10, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(waiting).isNotDone();
            HoldingVerifier.RELEASED.countDown();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            HoldingVerifier.RELEASED.countDown();
        }
    }
}
