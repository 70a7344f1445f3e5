package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

/**
 * Who may do what with a case (domain.md §7): an officer works only on the cases assigned to
 * them; an agency head on everything in their agency and below, and alone takes the decisions
 * (assignment, categories, pauses, delegation, closure); provincial and ministry users read. A
 * caller who may not read a case gets 404, so ids cannot be probed.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Caller caller;

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
            return false;
        }
        return !limitedToAssignedCases() || isAssignedToCaller(c);
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

    private boolean isAssignedToCaller(EnforcementCase c) {
        return c.officer() != null && c.officer().subject().equals(caller.subject());
    }
}
