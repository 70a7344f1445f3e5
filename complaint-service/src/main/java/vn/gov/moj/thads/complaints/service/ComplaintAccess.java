package vn.gov.moj.thads.complaints.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.complaints.model.CaseHolder;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.OfficerAccount;
import vn.gov.moj.thads.complaints.model.SubjectKind;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a petition. Staff see petitions filed at or routed to their agency and
 * below (unreadable means 404); the head of the competent agency (for the national agency, its head: a MINISTRY token
 * that also carries AGENCY_HEAD, not every ministry user) accepts, resolves and assigns the staff who handle it.
 *
 * <p>Who sees the petitioner ({@link #disclosure}): a denouncer's identity only the head of the
 * competent agency and the staff assigned to handle it (Luật Tố cáo 2018 protects it), never the
 * person denounced; a complainant's ID number, phone and address only those same people. Every
 * other reader gets the petition without them.
 */
@ApplicationScoped
public class ComplaintAccess {

    /** How much of the petitioner a reader gets. */
    public enum Disclosure {
        /** Name, ID number, phone and address. */
        FULL,
        /** The name only (a complaint read by anyone but its handlers). */
        NAME_ONLY,
        /** Nothing (a denunciation read by anyone but its handlers). */
        NONE
    }

    @Inject Caller caller;
    @Inject OrgUnits orgUnits;

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

    /**
     * Recording, transferring: the staff of the agency where it was filed; the ministry's, the national agency's desk (not
     * every office's: a ministry user would add petitions, dated as they liked, to any office's received and overdue counts).
     * A provincial agency's head records at the provincial agency's own desk, not its offices' (session 29: the head above
     * put a petition, dated back, at an office's desk, which the office then owed as overdue).
     */
    public void requireDeskOf(String agencyCode) {
        AgencyScope ministryDesk = caller.hasRole(Role.MINISTRY) ? new AgencyScope(false, Set.of(OrgUnits.NATIONAL)) : AgencyScope.none();
        AgencyScope desk = caller.scopeAs(Role.OFFICER).union(caller.scopeAs(Role.AGENCY_HEAD).withoutOfficesBelow()).union(ministryDesk);
        if (!desk.covers(agencyCode)) {
            throw ProblemException.forbidden("Only the staff of agency " + agencyCode + " record its petitions");
        }
    }

    /**
     * A transfer is the filing desk's, never the receiving agency's: its head may read the petition from the day it was
     * filed below (and accept it then), and "transferring" it to their own agency would start its acceptance clock again.
     */
    public void requireNotStaffOf(String receivingAgency, LocalDate today) {
        // a unit closed since (a transfer of 2025 to Hà Nam, typed in by Ninh Bình's desk today) has no staff or clock left
        boolean stillOpen = orgUnits.representativeOn(receivingAgency, today).equals(receivingAgency);
        if (stillOpen && holdsRecordsOf(receivingAgency)) {
            throw ProblemException.forbidden("The staff of agency " + receivingAgency
                    + ", where the petition goes, do not transfer it: the filing agency's desk does, and its head accepts it");
        }
    }

    /**
     * Accepting, extending, resolving, assigning handlers: the head of the competent agency itself (domain.md §4:
     * "resolved by the head of A"), not the head of a province above it, whose decision is the second complaint's;
     * and never the person the petition is about.
     */
    public void requireCompetentHead(Complaint c) {
        requireRead(c);
        if (isPersonConcerned(c)) {
            throw new ProblemException(403, "subject-of-petition", "Forbidden", "The person the petition is about cannot decide it");
        }
        if (!isHeadOfCompetentAgency(c)) {
            throw ProblemException.forbidden("Only the head of the competent agency " + c.competentAgencyCode() + " may do this");
        }
    }

    /**
     * Which petitions' repeats the caller may see: those whose petitioner it sees (the head of their competent
     * agency), as the agencies they may be handled at; empty for anyone else. Whether a petitioner wrote before is
     * part of who they are: a desk that keyed in a suspected denouncer's ID number must not learn it from a repeat.
     */
    public Optional<java.util.Set<String>> agenciesWhosePetitionersAreSeen() {
        java.util.Set<String> headOf = caller.agenciesHeaded();
        return headOf.isEmpty() ? Optional.empty() : Optional.of(headOf);
    }

    /**
     * Recording a withdrawal (on the petitioner's request) or the arrival of a transfer: the staff
     * of the competent agency itself, never the officer (or head) the petition is about.
     */
    public void requireCompetentStaff(Complaint c, String what) {
        requireRead(c);
        if (isPersonConcerned(c)) {
            throw new ProblemException(403, "subject-of-petition", "Forbidden",
                    "The person the petition is about cannot " + what);
        }
        if (!isStaffOfCompetentAgency(c)) {
            throw ProblemException.forbidden("Only the staff of the competent agency " + c.competentAgencyCode() + " may " + what);
        }
    }

    /**
     * Whether the caller reads the decision's summary, which names who wrote and often their ID number: those who read the
     * letter; for a complaint also the officer it is about, on whom the decision is served, and the head deciding a
     * second complaint about it (Luật THADS arts. 142, 143). A denunciation's, never the denounced (Luật Tố cáo).
     */
    public boolean readsDecision(Complaint c) {
        if (disclosure(c) == Disclosure.FULL) {
            return true;
        }
        if (c.type() != ComplaintType.COMPLAINT) {
            return false;
        }
        java.util.Set<String> headOf = caller.agenciesHeaded();
        return isServedTheDecision(c) || !headOf.isEmpty() && Complaint.count("previousComplaintId = ?1 and competentAgencyCode in ?2",
                c.id(), headOf) > 0;
    }

    /** The person a petition is about does not move it either (a transfer restarts the acceptance clock on its date). */
    public void requireNotPersonConcerned(Complaint c, String what) {
        if (isPersonConcerned(c)) {
            throw new ProblemException(403, "subject-of-petition", "Forbidden", "The person the petition is about cannot " + what);
        }
    }

    /** What of the petitioner this caller may see. */
    public Disclosure disclosure(Complaint c) {
        boolean handles = !isPersonConcerned(c) && (isHeadOfCompetentAgency(c) || isAssignedHandler(c));
        if (handles) {
            return Disclosure.FULL;
        }
        return c.type() == ComplaintType.DENUNCIATION ? Disclosure.NONE : Disclosure.NAME_ONLY;
    }

    /**
     * The person the petition is about: the officer whose account was recorded with it, every officer who has held its
     * case (for a petition about an officer), or, for a petition about the head of an agency, that agency's head.
     */
    boolean isPersonConcerned(Complaint c) {
        if (isTheOfficerOrHeadItIsAbout(c)) {
            return true;
        }
        // an officer who has held the case of a petition about an officer, whatever account the desk named (a head holding
        // it read the denouncer's identity, accepted, decided and withdrew the petition: red team of session 24), and
        // whoever holds it now (the holder when the petition was keyed in, alone, left by reassigning the case: session 25)
        if (c.subjectKind() == SubjectKind.OFFICER && CaseHolder.accountsOf(c.caseId()).contains(caller.subject())) {
            return true;
        }
        return false;
    }

    /**
     * Whom a complaint's decision is served on: the officer or head whose account was recorded with the petition; for a
     * petition about the head of an agency that names no account, that agency's heads, since the service cannot tell which
     * (with an account named, another head, a deputy, did read it: review of session 31). The holders of the case are kept out of the petition, not let into
     * its decision, which names who wrote (a holder the desk did not name may be no one it is about). By agency too: the same login at another agency is another person, who is kept
     * out of the petition (the refusals go by the login) but not let into its decision, which names who wrote (red team of
     * session 25: a 79.01 token read a decision about 19.05's record under its login). The officer by their record's
     * agency (CaseAssigned.officerAgencyCode); where this service has not learnt it, or the petition names only an
     * account (a head's, say), by the agency the petition is about.
     */
    private boolean isServedTheDecision(Complaint c) {
        if (c.subjectOfficerSubject() == null && isHeadItIsAbout(c)) {
            return true;
        }
        if (!caller.subject().equals(c.subjectOfficerSubject())) {
            return false;
        }
        String home = c.subjectOfficerId() == null ? null
                : OfficerAccount.<OfficerAccount>findByIdOptional(c.subjectOfficerId()).map(OfficerAccount::homeAgencyCode).orElse(null);
        java.util.Set<String> units = caller.ownUnits();
        return home != null ? units.contains(home) : c.subjectAgencyCode() != null && units.contains(c.subjectAgencyCode());
    }

    /** The officer whose account was recorded with the petition, by the login, or the head it is about. */
    private boolean isTheOfficerOrHeadItIsAbout(Complaint c) {
        return caller.subject().equals(c.subjectOfficerSubject()) || isHeadItIsAbout(c);
    }

    /** A petition about the head of an agency, and the caller heads it. */
    private boolean isHeadItIsAbout(Complaint c) {
        return c.subjectKind() == SubjectKind.AGENCY_HEAD && c.subjectAgencyCode() != null && caller.hasRole(Role.AGENCY_HEAD)
                && callerAgency().filter(c.subjectAgencyCode()::equals).isPresent();
    }

    /** The head of the competent agency itself (not of an agency above it). */
    private boolean isHeadOfCompetentAgency(Complaint c) {
        return caller.agenciesHeaded().contains(c.competentAgencyCode());
    }

    private boolean isAssignedHandler(Complaint c) {
        return c.handlers().contains(caller.subject()) && isStaffOfCompetentAgency(c);
    }

    private boolean isStaffOfCompetentAgency(Complaint c) {
        if (OrgUnits.NATIONAL.equals(c.competentAgencyCode())) {
            return caller.hasRole(Role.MINISTRY);
        }
        return (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.AGENCY_HEAD)) && belongsToCompetentAgency(c);
    }

    /** The caller's agency is the competent agency, or the unit that took over its records. */
    private boolean belongsToCompetentAgency(Complaint c) {
        return holdsRecordsOf(c.competentAgencyCode());
    }

    /** The caller's agency is {@code agency}, or the unit that took over its records. */
    private boolean holdsRecordsOf(String agency) {
        return callerAgency().map(own -> orgUnits.withPredecessors(own).contains(agency)).orElse(false);
    }

    private Optional<String> callerAgency() {
        return caller.agencyCode();
    }
}
