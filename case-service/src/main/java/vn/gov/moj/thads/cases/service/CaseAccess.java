package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.OfficerLogin;
import vn.gov.moj.thads.cases.model.OfficerSecondment;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Who may do what with a case (domain.md §7): an officer works only on the cases assigned to
 * them; an agency head on everything in their agency and below, and alone takes the decisions
 * (assignment, categories, pauses, delegation, closure); provincial and ministry users read. A
 * caller who may not read a case gets 404, so ids cannot be probed.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject Caller caller;
    @Inject Clock clock;
    @Inject OrgUnits orgUnits;

    public AgencyScope scope() {
        return caller.scope();
    }

    public String actor() {
        return caller.subject();
    }

    /** An officer with no wider role sees only the cases assigned to them. */
    public boolean limitedToAssignedCases() {
        return caller.hasRole(Role.OFFICER) && !caller.hasRole(Role.AGENCY_HEAD)
                && !caller.hasRole(Role.PROVINCE) && !caller.hasRole(Role.MINISTRY);
    }

    public boolean canRead(EnforcementCase c) {
        if (!caller.scope().covers(c.agencyCode())) {
            // an officer seconded (biệt phái) to the case's agency works on the cases assigned to them there (in that
            // agency itself, not in the offices below it)
            return caller.hasRole(Role.OFFICER) && isAssignedToCaller(c)
                    && hostAgencies().contains(c.agencyCode());
        }
        return !limitedToAssignedCases() || isAssignedToCaller(c);
    }

    /**
     * A case delegated to an agency the caller heads (or to one in their province, or anywhere for the ministry): its
     * head reads the case (judgment, parties, what is outstanding) to open the agency's own case from it; its officers
     * are given the case that opening makes.
     */
    public boolean isDelegatedToCallersAgency(EnforcementCase c) {
        return c.status() == CaseStatus.DELEGATED && c.delegatedTo() != null && delegationScope().covers(c.delegatedTo());
    }

    /** The agencies whose received delegations the caller reads: a head's, a province's, the ministry's. */
    public AgencyScope delegationScope() {
        return caller.scopeAs(Role.AGENCY_HEAD).union(caller.scopeAs(Role.PROVINCE)).union(caller.scopeAs(Role.MINISTRY));
    }

    /**
     * The agencies whose cases the caller's lists hold: their scope, and for an officer (who lists only
     * the cases assigned to them) the agencies they are seconded to today.
     */
    public AgencyScope listScope() {
        if (!limitedToAssignedCases()) {
            return caller.scope();
        }
        Set<String> hosts = hostAgencies();
        return hosts.isEmpty() ? caller.scope() : caller.scope().union(new AgencyScope(false, Set.of(), hosts));
    }

    /**
     * The agencies the caller is seconded to today, with the units whose records each took over (an officer seconded to
     * Ninh Bình works on Hà Nam's cases there), not the offices below them.
     */
    private Set<String> hostAgencies() {
        OfficerLogin login = login();
        if (login.units().isEmpty()) {
            return Set.of();
        }
        return OfficerSecondment.hostsOf(login, LocalDate.now(clock)).stream()
                .flatMap(host -> orgUnits.withPredecessors(host).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public void requireRead(EnforcementCase c) {
        if (!canRead(c)) {
            throw ProblemException.notFound("Case " + c.id());
        }
    }

    /** Verifications, actions, collections: the assigned officer or a head of the agency. */
    public void requireCaseWork(EnforcementCase c) {
        requireRead(c);
        if (isHeadOver(c.agencyCode()) || (caller.hasRole(Role.OFFICER) && isAssignedToCaller(c))) {
            return;
        }
        throw ProblemException.forbidden("Only the officer assigned to the case or the agency head may do this");
    }

    /** Decisions of the agency head. */
    public void requireHeadDecision(EnforcementCase c) {
        requireRead(c);
        if (!isHeadOver(c.agencyCode())) {
            throw ProblemException.forbidden("Only the head of the case's agency (or of an agency above it) may do this");
        }
    }

    public void requireMayOpenIn(String agencyCode) {
        if (!caller.scopeAs(Role.OFFICER).covers(agencyCode) && !caller.scopeAs(Role.AGENCY_HEAD).covers(agencyCode)) {
            throw ProblemException.forbidden("Cases of agency " + agencyCode + " are opened by its own staff");
        }
    }

    public boolean isHeadOver(String agencyCode) {
        return caller.scopeAs(Role.AGENCY_HEAD).covers(agencyCode);
    }

    /**
     * The caller is the officer holding the case, and still active: deactivated (their title withdrawn, while the identity
     * provider may still sign them in), they read and worked on their cases, parties' ID numbers and all, until the head
     * reassigned each.
     */
    private boolean isAssignedToCaller(EnforcementCase c) {
        return login().holds(c.officer());
    }

    /**
     * The caller as an officer. An officer record is its agency's, and a token is the person's in the agency it names: a
     * head who made a record for a login of another province (logins are the identity provider's, not this service's),
     * seconded it and assigned it a case, let that person read the case, parties' ID numbers and all, with their own
     * province's token (red team of session 24). A seconded officer works with the token of their own agency (domain.md §8.7).
     */
    public OfficerLogin login() {
        return new OfficerLogin(caller.subject(), caller.ownUnits());
    }
}
