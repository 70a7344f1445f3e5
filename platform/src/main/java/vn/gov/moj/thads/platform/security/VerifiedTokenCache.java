package vn.gov.moj.thads.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The bearer-token parser every service and the gateway use (it replaces smallrye-jwt's parser
 * for {@link JWTParser}): the same verification, done once per token instead of once per request.
 * A client sends the same token for up to an hour; verifying it (base64, JSON, an RSA signature)
 * was 8 to 21 % of a service's CPU per request under load (README "Performance").
 * <p>
 * A token is answered from the cache only while the verifier itself would still accept it: until
 * the earlier of its {@code exp} and {@code iat} + {@code mp.jwt.verify.token.age}, without the
 * clock skew the verifier allows; after that it goes through the verifier again. A token that
 * fails verification is never cached. Only the exact same string hits, so a changed claim or
 * signature is a different token. Bounded: when full it is emptied (tokens are re-verified).
 * What a cache cannot see: a verification key removed from the identity provider's JWKS, whose
 * tokens stay accepted until they expire (at most an hour), as they were before the rotation.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final int MAX_ENTRIES = 10_000;

    private record Verified(JsonWebToken token, long acceptedUntilSecond) {
    }

    private final JWTParser verifier;
    private final long maxAgeSeconds;
    private final LongSupplier nowSecond;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier, @ConfigProperty(name = "mp.jwt.verify.token.age") long maxAgeSeconds) {
        this(verifier, maxAgeSeconds, () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokenCache(JWTParser verifier, long maxAgeSeconds, LongSupplier nowSecond) {
        this.verifier = verifier;
        this.maxAgeSeconds = maxAgeSeconds;
        this.nowSecond = nowSecond;
    }

    /**
     * The token if it was verified before and would still be accepted; empty if it needs {@link #parse}.
     * Never verifies, so never waits on the identity provider's keys (a caller on an event loop asks
     * this first and verifies a new token elsewhere).
     */
    public Optional<JsonWebToken> alreadyVerified(String token) {
        Verified hit = verified.get(token);
        return hit != null && nowSecond.getAsLong() < hit.acceptedUntilSecond() ? Optional.of(hit.token()) : Optional.empty();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Optional<JsonWebToken> hit = alreadyVerified(token);
        if (hit.isPresent()) {
            return hit.get();
        }
        long now = nowSecond.getAsLong();
        JsonWebToken parsed = verifier.parse(token);
        long until = parsed.getExpirationTime();
        if (parsed.getIssuedAtTime() > 0) {
            until = Math.min(until, parsed.getIssuedAtTime() + maxAgeSeconds);
        }
        if (until > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, new Verified(parsed, until));
        } else {
            verified.remove(token);
        }
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
