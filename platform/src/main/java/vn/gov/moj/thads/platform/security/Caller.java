package vn.gov.moj.thads.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, from the verified bearer token: subject, roles and agency. The one way a
 * service asks "may this caller see this agency" ({@link #scope()}).
 */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agencyCode";

    private final SecurityIdentity identity;
    private final OrgUnits orgUnits;

    public Caller(SecurityIdentity identity, OrgUnits orgUnits) {
        this.identity = identity;
        this.orgUnits = orgUnits;
    }

    /**
     * The token's {@code sub}: the identity provider's immutable id of the caller (an officer's
     * {@code subject}). Not the principal name, which is {@code upn} or {@code preferred_username}
     * when present: a display name the identity provider may change or give to someone else.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> agencyCode() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            Object claim = token.getClaim(AGENCY_CLAIM);
            if (claim != null) {
                String code = claim.toString().replace("\"", "").trim();
                return code.isEmpty() ? Optional.empty() : Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * The org unit under which this caller may read: the whole country for the ministry and its
     * statistics systems, the province for a provincial user, the agency (and below) for agency
     * staff. No scope at all for a token without an agency or role.
     */
    public AgencyScope scope() {
        if (hasRole(Role.MINISTRY) || hasRole(Role.STATISTICS_CLIENT)) {
            return AgencyScope.national();
        }
        Optional<String> agency = agencyCode();
        if (agency.isEmpty()) {
            return AgencyScope.none();
        }
        if (hasRole(Role.PROVINCE)) {
            return orgUnits.scopeOf(OrgUnits.provinceOf(agency.get()));
        }
        if (hasRole(Role.AGENCY_HEAD) || hasRole(Role.OFFICER)) {
            return orgUnits.scopeOf(agency.get());
        }
        return AgencyScope.none();
    }
}
