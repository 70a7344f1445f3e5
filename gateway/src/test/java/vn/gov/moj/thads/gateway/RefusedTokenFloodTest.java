package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack: a client sends bearer tokens the gateway must refuse (forged, stale, for another
 * audience), as fast as it can, so that the gateway verifies each (and may fetch the identity
 * provider's keys for each). Past a few refusals a minute, its address gets 429 for any token the
 * gateway has not verified yet, without the token being verified; tokens already verified pass.
 * Each test sends from its own loopback address, which is its own client.
 */
@QuarkusTest
@TestProfile(RefusedTokenFloodTest.FewRefusalsAllowed.class)
class RefusedTokenFloodTest {

    private static final int REFUSALS_PER_MINUTE = 3;

    public static class FewRefusalsAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thads.gateway.rate-limit.refused-tokens-per-minute", Integer.toString(REFUSALS_PER_MINUTE));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(CountingVerifier.class);
        }
    }

    /** smallrye-jwt's verifier, counting the tokens it is asked to verify. */
    @Alternative
    @ApplicationScoped
    @Typed(DefaultJWTParser.class)
    public static class CountingVerifier extends DefaultJWTParser {
        static final AtomicInteger VERIFIED = new AtomicInteger();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            VERIFIED.incrementAndGet();
            return super.parse(token);
        }
    }

    private static String officerToken() {
        return TestTokens.token("can-bo-" + UUID.randomUUID(), "19.05", "AGENCY_HEAD");
    }

    /** Tokens the gateway refuses: not a token, another audience's, one signed by nobody it trusts. */
    private static final String[] REFUSED = {
            "not-a-token",
            TestTokens.claims("can-bo-" + UUID.randomUUID(), "19.05", "AGENCY_HEAD").audience("cong-dich-vu-khac").sign(),
            TestTokens.token("can-bo-" + UUID.randomUUID(), "19.05", "AGENCY_HEAD").replaceFirst("\\.[^.]+$", ".AAAA")};

    private static RawHttp.Answer get(String from, String path, String token) {
        try (RawHttp client = RawHttp.connect(from, RestAssured.port)) {
            return client.send(RawHttp.get(path, "Authorization: Bearer " + token)).read();
        }
    }

    @Test
    void anAddressSendingRefusedTokensHasNoNewTokenVerifiedUntilItsLimitRefills() {
        String from = "127.0.0.3";
        String known = officerToken();
        assertThat(get(from, "/api/v1/cases", known).status()).isEqualTo(200);
        for (String refused : REFUSED) {
            RawHttp.Answer answer = get(from, "/api/v1/cases", refused);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }

        int verifiedBefore = CountingVerifier.VERIFIED.get();
        String fresh = officerToken();
        RawHttp.Answer slowed = get(from, "/api/v1/cases", fresh);
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.body()).contains("urn:thads:problem:rate-limited");
        assertThat(Integer.parseInt(slowed.header("Retry-After"))).isBetween(1, 60);
        assertThat(get(from, "/api/v1/cases", REFUSED[1]).status()).isEqualTo(429);
        assertThat(CountingVerifier.VERIFIED.get()).as("tokens verified after the limit").isEqualTo(verifiedBefore);

        // the token this address had verified before still passes, and other clients are not slowed
        assertThat(get(from, "/api/v1/cases", known).status()).isEqualTo(200);
        assertThat(get("127.0.0.4", "/api/v1/cases", fresh).status()).isEqualTo(200);
    }

    @Test
    void refusedTokensSentToTheGatewaysOwnEndpointsCountToo() {
        String from = "127.0.0.5";
        // refused on a public endpoint of the gateway's own as well, as before the limit
        RawHttp.Answer docs = get(from, "/api/v1/asyncapi", REFUSED[0]);
        assertThat(docs.status()).isEqualTo(401);
        assertThat(docs.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(get(from, "/api/v1/me", REFUSED[1]).status()).isEqualTo(401);
        assertThat(get(from, "/api/v1/me", REFUSED[2]).status()).isEqualTo(401);
        assertThat(get(from, "/api/v1/me", officerToken()).status()).isEqualTo(429);
        assertThat(get(from, "/api/v1/asyncapi", officerToken()).status()).isEqualTo(429);
        assertThat(get("127.0.0.6", "/api/v1/me", officerToken()).status()).isEqualTo(200);
    }
}
