package vn.gov.moj.thads.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Refuses tokens whose roles do not fit together, before any resource sees them (403): a token is
 * a person's (officer, agency head, provincial user, ministry) or one other system's (statistics
 * client, court client), never both, so that a machine's national reading scope cannot lend a
 * person's decision role a national reach; and only the ministry, its statistics systems and the supreme and high
 * courts' system (which sends judgments to any province) name the whole country ({@code agencyCode} VN), the head of the national agency among them as a ministry token that also
 * carries AGENCY_HEAD.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TokenShapeFilter implements ContainerRequestFilter {

    private final Caller caller;
    private final OrgUnits orgUnits;
    private final Clock clock;

    public TokenShapeFilter(Caller caller, OrgUnits orgUnits, Clock clock) {
        this.caller = caller;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Set<String> roles = caller.roles();
        if (roles.isEmpty()) {
            return;
        }
        Set<String> machines = new HashSet<>(roles);
        machines.retainAll(Role.MACHINES);
        if (!machines.isEmpty() && (machines.size() > 1 || machines.size() < roles.size())) {
            throw ProblemException.forbiddenToken("A token carries the roles of a person or the one role of another system, not "
                    + String.join(" and ", roles));
        }
        // a unit closed since (merged away in 2025, say) has no head or staff: a token still naming it kept their powers over
        // its cases, which its successor now holds (the identity provider gives the successor's code)
        LocalDate today = LocalDate.now(clock);
        // a unit the reference data does not know: its scope was the province its code begins with (26.99 read every case
        // of Vĩnh Phúc's 26.01, a province merged away: red team of session 26)
        caller.agencyCode().filter(code -> orgUnits.find(code).isEmpty()).ifPresent(unknown -> {
            throw ProblemException.forbiddenToken("The token names agency " + unknown + ", which is not a unit of this deployment"
                    + " (its local offices: thads.org-units.local-offices)");
        });
        caller.agencyCode().flatMap(orgUnits::find).filter(unit -> unit.level() != OrgUnit.Level.NATIONAL && !unit.validOn(today))
                .ifPresent(closed -> {
                    throw ProblemException.forbiddenToken("The token names agency " + closed.code() + ", which no longer exists;"
                            + " the identity provider names the unit that took it over");
                });
        boolean nationwideAgency = caller.agencyCode().filter(OrgUnits.NATIONAL::equals).isPresent();
        if (nationwideAgency && (!Role.NATIONWIDE.containsAll(roles) || roles.contains(Role.AGENCY_HEAD) && !roles.contains(Role.MINISTRY))) {
            throw ProblemException.forbiddenToken("Only MINISTRY, STATISTICS_CLIENT and COURT_CLIENT tokens (and the national agency's head:"
                    + " MINISTRY with AGENCY_HEAD) may name the whole country (agencyCode " + OrgUnits.NATIONAL + ")");
        }
    }
}
