package vn.gov.moj.thads.deploy.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Duration;
import java.util.Set;

/** Signed bearer tokens for tests, shaped like the identity provider's (domain.md §7). */
public final class TestTokens {

    public static final String ISSUER = "thads-dev";
    /** The audience every THADS service requires (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "thads-api";

    private TestTokens() {
    }

    public static String token(String subject, String agencyCode, String... roles) {
        return claims(subject, agencyCode, roles).sign();
    }

    public static String bearer(String subject, String agencyCode, String... roles) {
        return "Bearer " + token(subject, agencyCode, roles);
    }

    /** The claims of {@link #token}, for a test that changes one of them (audience, issued-at, upn...) before signing. */
    public static JwtClaimsBuilder claims(String subject, String agencyCode, String... roles) {
        var claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1));
        if (agencyCode != null) {
            claims.claim("agencyCode", agencyCode);
        }
        return claims;
    }

    /**
     * A court system's token, bound to the courts it submits for ({@code courtCodes}) and the territory it sends to
     * ({@code territory}: a province, VN for the whole country, null for none).
     */
    public static String courtBearer(String subject, String territory, String... courtCodes) {
        return "Bearer " + claims(subject, territory, "COURT_CLIENT").claim("courtCodes", java.util.List.of(courtCodes)).sign();
    }
}
