package vn.gov.moj.thads.complaints.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

/**
 * Staff see petitions filed at or routed to their agency and below; the head of the competent
 * agency (the ministry for the national level) accepts and resolves. Unreadable means 404.
 */
@ApplicationScoped
public class ComplaintAccess {

    private final Caller caller;

    public ComplaintAccess(Caller caller) {
        this.caller = caller;
    }

    public AgencyScope scope() {
        return caller.scope();
    }

    public String actor() {
        return caller.subject();
    }

    public boolean canRead(Complaint c) {
        AgencyScope scope = caller.scope();
        return scope.covers(c.filedAtAgencyCode()) || scope.covers(c.competentAgencyCode());
    }

    public void requireRead(Complaint c) {
        if (!canRead(c)) {
            throw ProblemException.notFound("Petition " + c.id());
        }
    }

    /** Recording, transferring: the staff of the agency where it was filed. */
    public void requireDeskOf(String agencyCode) {
        boolean staff = caller.hasRole(Role.OFFICER) || caller.hasRole(Role.AGENCY_HEAD) || caller.hasRole(Role.MINISTRY);
        if (!staff || !caller.scope().covers(agencyCode)) {
            throw ProblemException.forbidden("Only the staff of agency " + agencyCode + " record its petitions");
        }
    }

    /** Accepting, extending, resolving: the head of the competent agency. */
    public void requireCompetentHead(Complaint c) {
        requireRead(c);
        String competent = c.competentAgencyCode();
        boolean head = OrgUnits.NATIONAL.equals(competent)
                ? caller.hasRole(Role.MINISTRY)
                : caller.hasRole(Role.AGENCY_HEAD) && caller.scope().covers(competent);
        if (!head) {
            throw ProblemException.forbidden("Only the head of the competent agency " + competent + " may do this");
        }
    }

    public boolean isCompetentHead(Complaint c) {
        try {
            requireCompetentHead(c);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
