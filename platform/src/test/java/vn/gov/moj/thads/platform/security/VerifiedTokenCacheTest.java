package vn.gov.moj.thads.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache answers a token only while the verifier itself would accept it (plain JUnit, a fake verifier and clock). */
class VerifiedTokenCacheTest {

    /** Accepts "good-<iat>-<exp>" tokens and counts its verifications; refuses anything else. */
    static final class FakeVerifier implements JWTParser {
        int verifications;
        long now;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications++;
            String[] parts = token.split("-");
            if (!parts[0].equals("good") || now >= Long.parseLong(parts[2])) {
                throw new ParseException("refused: " + token);
            }
            return token(token, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, String secret) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken parseOnly(String token) throws ParseException {
            return parse(token);
        }
    }

    static JsonWebToken token(String raw, long iat, long exp) {
        Map<String, Object> claims = new HashMap<>(Map.of(Claims.raw_token.name(), raw, Claims.iat.name(), iat, Claims.exp.name(), exp,
                Claims.sub.name(), "nguyen.van.a"));
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "nguyen.van.a";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private final FakeVerifier verifier = new FakeVerifier();
    private final AtomicLong clock = new AtomicLong(1_000);
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 3600, () -> {
        verifier.now = clock.get();
        return clock.get();
    });

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() throws Exception {
        JsonWebToken first = cache.parse("good-900-2000");
        clock.set(1_999);
        assertThat(cache.parse("good-900-2000")).isSameAs(first);
        assertThat(verifier.verifications).isEqualTo(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheVerifier() throws Exception {
        cache.parse("good-900-2000");
        clock.set(2_000);
        assertThatThrownBy(() -> cache.parse("good-900-2000")).isInstanceOf(ParseException.class);
        assertThat(verifier.verifications).isEqualTo(2);
    }

    @Test
    void aTokenOlderThanTheMaximumAgeGoesBackToTheVerifier() throws Exception {
        cache.parse("good-900-9000"); // issued at 900, accepted until 900 + 3600 by age
        clock.set(4_499);
        cache.parse("good-900-9000");
        assertThat(verifier.verifications).isEqualTo(1);
        clock.set(4_500);
        cache.parse("good-900-9000");
        assertThat(verifier.verifications).isEqualTo(2);
    }

    @Test
    void alreadyVerifiedAnswersOnlyWhatTheVerifierAcceptedAndNeverVerifies() throws Exception {
        assertThat(cache.alreadyVerified("good-900-2000")).isEmpty();
        assertThat(verifier.verifications).as("asking does not verify").isZero();
        JsonWebToken first = cache.parse("good-900-2000");
        assertThat(cache.alreadyVerified("good-900-2000")).containsSame(first);
        clock.set(2_000);
        assertThat(cache.alreadyVerified("good-900-2000")).as("expired").isEmpty();
        assertThatThrownBy(() -> cache.parse("forged-900-2000")).isInstanceOf(ParseException.class);
        assertThat(cache.alreadyVerified("forged-900-2000")).isEmpty();
        assertThat(verifier.verifications).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsNeverCached() {
        assertThatThrownBy(() -> cache.parse("forged-900-2000")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("forged-900-2000")).isInstanceOf(ParseException.class);
        assertThat(verifier.verifications).isEqualTo(2);
    }

    @Test
    void anotherStringIsAnotherToken() throws Exception {
        cache.parse("good-900-2000");
        cache.parse("good-901-2000");
        assertThat(verifier.verifications).isEqualTo(2);
    }
}
