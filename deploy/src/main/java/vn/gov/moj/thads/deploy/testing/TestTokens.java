package vn.gov.moj.thads.deploy.testing;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;

/** Signed bearer tokens for tests, shaped like the identity provider's (domain.md §7). */
public final class TestTokens {

    public static final String ISSUER = "thads-dev";

    private TestTokens() {
    }

    public static String token(String subject, String agencyCode, String... roles) {
        var claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1));
        if (agencyCode != null) {
            claims.claim("agencyCode", agencyCode);
        }
        return claims.sign();
    }

    /** A court system's token, bound to the courts it submits for ({@code courtCodes}). */
    public static String courtBearer(String subject, String... courtCodes) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of("COURT_CLIENT"))
                .claim("courtCodes", java.util.List.of(courtCodes)).expiresIn(Duration.ofHours(1)).sign();
    }

    public static String bearer(String subject, String agencyCode, String... roles) {
        return "Bearer " + token(subject, agencyCode, roles);
    }
}
