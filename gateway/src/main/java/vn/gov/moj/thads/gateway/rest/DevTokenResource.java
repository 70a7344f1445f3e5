package vn.gov.moj.thads.gateway.rest;

import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.TokenSettings;

import java.time.Duration;
import java.util.Set;

/**
 * Signed development tokens for the local run, shaped like the identity provider's. Outside the
 * local, dev and test profiles this endpoint answers 404 like any path that does not exist, and a
 * production start with it enabled stops ({@link vn.gov.moj.thads.gateway.config.GatewaySettings}).
 */
@Path("/api/v1/dev/tokens")
@Tag(name = "Development tokens")
public class DevTokenResource {

    private static final String ROLE = "OFFICER|AGENCY_HEAD|PROVINCE|MINISTRY|STATISTICS_CLIENT|COURT_CLIENT";

    public record TokenRequest(
            @NotBlank @Size(max = 100) String subject,
            @NotEmpty Set<@NotNull @Pattern(regexp = ROLE, message = "must be one of " + ROLE) String> roles,
            @Pattern(regexp = "VN|\\d{2}(\\.\\d{2})?", message = "must be VN, a province code (19) or a local office code (19.05)")
            String agencyCode,
            @Size(max = 20) java.util.List<@NotBlank @Size(max = 50) String> courtCodes) {
    }

    public record TokenResponse(String accessToken, long expiresIn) {
    }

    private final boolean enabled;
    private final Duration lifetime;
    private final Set<String> audiences;

    public DevTokenResource(@ConfigProperty(name = "thads.dev-tokens.enabled") boolean enabled,
                            @ConfigProperty(name = "thads.dev-tokens.lifetime") Duration lifetime,
                            @ConfigProperty(name = TokenSettings.AUDIENCES) Set<String> audiences) {
        this.enabled = enabled;
        this.lifetime = lifetime;
        this.audiences = audiences;
    }

    @POST
    @PermitAll
    @Operation(summary = "Issue a development token (local run only)")
    public TokenResponse issue(@Valid @NotNull TokenRequest request) {
        if (!enabled) {
            throw ProblemException.notFound("The resource /api/v1/dev/tokens");
        }
        var claims = Jwt.subject(request.subject())
                .audience(audiences) // what every service requires
                .upn(request.subject())
                .groups(request.roles())
                .expiresIn(lifetime);
        if (request.agencyCode() != null) {
            claims.claim(Caller.AGENCY_CLAIM, request.agencyCode());
        }
        if (request.courtCodes() != null) {
            claims.claim(Caller.COURTS_CLAIM, request.courtCodes());
        }
        return new TokenResponse(claims.sign(), lifetime.toSeconds());
    }
}
