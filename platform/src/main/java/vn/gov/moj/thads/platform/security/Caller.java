package vn.gov.moj.thads.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, from the verified bearer token: subject, roles and agency. The one way a
 * service asks "may this caller see this agency" ({@link #scope()}).
 */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agencyCode";
    /** The courts a court system submits for (COURT_CLIENT), as the identity provider registered it. */
    public static final String COURTS_CLAIM = "courtCodes";

    @Inject SecurityIdentity identity;
    @Inject OrgUnits orgUnits;

    /**
     * The token's {@code sub}: the identity provider's immutable id of the caller (an officer's
     * {@code subject}). Not the principal name, which is {@code upn} or {@code preferred_username}
     * when present: a display name the identity provider may change or give to someone else.
     */
    public String subject() {
        return subjectOf(identity);
    }

    /** {@link #subject()} of an identity not yet the request's (a {@code SecurityIdentityAugmentor}'s). */
    public static String subjectOf(SecurityIdentity identity) {
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

    /**
     * The token's agency and the units whose records it took over (a 37.02 token is the person's at 35.01 too): whose
     * officer records are this person's. Empty for a token naming no agency.
     */
    public java.util.Set<String> ownUnits() {
        return agencyCode().map(orgUnits::withPredecessors).orElse(java.util.Set.of());
    }

    public Optional<String> agencyCode() {
        return agencyOf(identity);
    }

    /** {@link #agencyCode()} of an identity not yet the request's (a {@code SecurityIdentityAugmentor}'s). */
    public static Optional<String> agencyOf(SecurityIdentity identity) {
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
     * What the caller may read: the union of what each of its roles reads. The whole country for
     * the ministry and its statistics systems, the province for a provincial user, the agency (and
     * below) for agency staff; nothing for a token without an agency or role.
     */
    public AgencyScope scope() {
        AgencyScope scope = AgencyScope.none();
        for (String role : List.of(Role.MINISTRY, Role.STATISTICS_CLIENT, Role.PROVINCE, Role.AGENCY_HEAD, Role.OFFICER)) {
            scope = scope.union(scopeAs(role));
        }
        return scope;
    }

    /**
     * What the caller may do acting in {@code role}, and nothing without that role: an agency
     * head decides for their agency and below, whatever other role the token also carries.
     */
    public AgencyScope scopeAs(String role) {
        if (!hasRole(role)) {
            return AgencyScope.none();
        }
        Optional<String> agency = agencyCode();
        return switch (role) {
            case Role.MINISTRY, Role.STATISTICS_CLIENT -> AgencyScope.national();
            // a court system's: where it sends judgments (never what it reads: scope() leaves it out), the agencies of the
            // province its courts serve, as the identity provider registered it; the whole country (VN) for the supreme and
            // high courts'
            case Role.PROVINCE, Role.COURT_CLIENT -> agency.map(a -> orgUnits.scopeOf(OrgUnits.provinceOf(a))).orElse(AgencyScope.none());
            case Role.AGENCY_HEAD -> agency.filter(a -> !OrgUnits.NATIONAL.equals(a)).map(orgUnits::scopeOf)
                    .orElse(AgencyScope.none());
            // an officer works in their own agency: a provincial agency's officer, not in the offices below it (its head does)
            case Role.OFFICER -> agency.filter(a -> !OrgUnits.NATIONAL.equals(a)).map(orgUnits::scopeOf)
                    .map(AgencyScope::withoutOfficesBelow).orElse(AgencyScope.none());
            default -> AgencyScope.none();
        };
    }

    /**
     * The agencies whose head the caller is: for an agency head, their agency and the units whose records it took over
     * (domain.md §2); the national agency for its head only, a ministry token that also carries AGENCY_HEAD, not for
     * every ministry user. Who decides a unit's petitions and sees who wrote them (a denouncer's identity is kept from
     * everyone else: Luật Tố cáo 2018 art. 47).
     */
    public Set<String> agenciesHeaded() {
        Set<String> headed = new TreeSet<>();
        if (!hasRole(Role.AGENCY_HEAD)) {
            return headed;
        }
        Optional<String> agency = agencyCode();
        if (agency.filter(OrgUnits.NATIONAL::equals).isPresent()) {
            if (hasRole(Role.MINISTRY)) {
                headed.add(OrgUnits.NATIONAL);
            }
        } else {
            agency.map(orgUnits::withPredecessors).ifPresent(headed::addAll);
        }
        return headed;
    }

    /** The court codes a court system's token is bound to; empty for anyone else. */
    public Set<String> courtCodes() {
        Set<String> codes = new TreeSet<>();
        // the claim counts only on a court system's token: an officer's token given it by a shared mapper read judgments
        if (hasRole(Role.COURT_CLIENT) && identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(COURTS_CLAIM) instanceof Iterable<?> claim) {
            for (Object code : claim) {
                String text = code instanceof jakarta.json.JsonString json ? json.getString() : String.valueOf(code).replace("\"", "");
                if (!text.isBlank()) {
                    codes.add(text.strip());
                }
            }
        }
        return codes;
    }

    /** The roles of domain.md §7 this token carries. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Role.ALL);
        return roles;
    }
}
