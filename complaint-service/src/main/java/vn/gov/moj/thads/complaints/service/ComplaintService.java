package vn.gov.moj.thads.complaints.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.complaints.messaging.ComplaintEventPublisher;
import vn.gov.moj.thads.complaints.model.CaseHolder;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintHistoryEntry;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Complexity;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.FinalDecision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.complaints.model.OfficerAccount;
import vn.gov.moj.thads.complaints.model.SubjectKind;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static vn.gov.moj.thads.complaints.messaging.ComplaintEventPublisher.facts;

/** Petitions from the reception desk to resolution; every change with its history and event. */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject ComplaintRules rules;
    @Inject ComplaintAccess access;
    @Inject ComplaintEventPublisher events;
    @Inject OrgUnits orgUnits;
    @Inject EntityManager entityManager;
    @Inject ObjectMapper mapper;

    public LocalDate today() {
        return LocalDate.now(WorkingCalendar.VIETNAM);
    }

    public Complaint receive(Complaint.Receipt receipt) {
        access.requireDeskOf(receipt.filedAtAgencyCode());
        if (receipt.receivedOn().isAfter(today())) {
            throw ProblemException.invalidField("receivedOn", "must not be in the future");
        }
        if (receipt.actDate() != null && receipt.actDate().isAfter(receipt.receivedOn())) {
            // the filing limit runs from the act: an act dated after the receipt would make a late complaint look in time
            throw ProblemException.dateOutOfRange("subject.actDate", "must not be after the receipt (" + receipt.receivedOn() + ")");
        }
        if (receipt.round() < 2 && receipt.previousComplaintId() != null) {
            // a first complaint naming another would count, once decided, as the second complaint on it (made final)
            throw ProblemException.invalidField("previousComplaintId", "only a second complaint (round 2) names a first one");
        }
        if (receipt.type() != ComplaintType.PETITION && receipt.subjectKind() == null) {
            throw ProblemException.invalidField("subject.kind", "is required for a " + receipt.type());
        }
        if (receipt.type() == ComplaintType.COMPLAINT && receipt.round() < 2 && receipt.phase() == null) {
            // the phase sets the filing limit, the time to resolve and whether the decision is final (domain.md §4):
            // without it a late complaint was never flagged, and a freeze's got 15 days instead of 5 working days
            throw ProblemException.invalidField("subject.phase", "is required for a first complaint");
        }
        LocalDate receivedOn = receipt.receivedOn();
        rules.requireRulesOn(receipt.type(), receivedOn);
        rules.requireFiledAtExisting(receipt.filedAtAgencyCode(), receivedOn);
        Complaint previous = receipt.round() >= 2 ? firstComplaint(receipt) : null;
        String subjectAgency = subjectAgency(receipt, previous);
        // a second complaint is about the decision on the first: it goes one level above whoever decided that
        SubjectKind subjectKind = previous != null ? previous.subjectKind() : receipt.subjectKind();
        if (previous == null && subjectKind == SubjectKind.AGENCY_HEAD && OrgUnits.NATIONAL.equals(subjectAgency)) {
            // no one in THADS is above the national agency's head, who cannot decide a petition about themselves
            throw ProblemException.unprocessable("decided-by-the-minister",
                    "The acts of the national agency's head are decided by the Minister of Justice, outside this system")
                    .with("field", "subject.agencyCode");
        }
        boolean theCasesOfficer = false;
        if (previous != null) {
            // about the first complaint's officer, who is served its decision (not one the desk types in: that account would
            // read the decision, which names who wrote)
            receipt = receipt.aboutOfficer(previous.subjectOfficerId(), previous.subjectOfficerSubject()).ofCase(previous.caseId());
        } else if (subjectKind == SubjectKind.OFFICER && receipt.subjectOfficerId() == null && receipt.subjectOfficerSubject() == null) {
            receipt = aboutTheCasesOfficer(receipt);
            theCasesOfficer = receipt.subjectOfficerId() != null;
        } else if (subjectKind == SubjectKind.OFFICER && receipt.subjectOfficerId() == null) {
            // an officer of the case (now or before: the act may be older than the last assignment) named by their account:
            // recorded as that officer, whose record's agency is then known (a decision is served on that agency's token
            // only: red team of session 25)
            Complaint.Receipt named = receipt;
            String account = named.subjectOfficerSubject().strip();
            receipt = CaseHolder.officerWithAccount(receipt.caseId(), account).map(officer -> named.aboutOfficer(officer, account)).orElse(named);
            theCasesOfficer = receipt.subjectOfficerId() != null;
        }
        // last before the petition is recorded: a desk trying accounts against an officer's id records a petition each time
        if (previous == null) {
            receipt = withOfficersAccount(receipt, subjectAgency, theCasesOfficer);
        }
        if (previous != null) {
            // the officer the first is about, keying in a second complaint, learnt whether a guessed ID number was the
            // complainant's (201 or 400), and could send the first's decision up in the complainant's name (red team of
            // session 25)
            access.requireNotPersonConcerned(previous, "record a second complaint about it");
            // last too: checked before the first complaint's other checks, a 400 here and another refusal for a right guess
            // told a desk (the officer complained about, say) whether an ID number was the complainant's, recording nothing
            requireSameComplainant(receipt, previous, access.disclosure(previous) == ComplaintAccess.Disclosure.FULL);
        }
        String competent = rules.competentAgency(receipt.type(), subjectKind, receipt.round(), subjectAgency, receivedOn);
        LocalDate acceptBy = rules.acceptBy(receipt.type(), receivedOn);
        LocalDate resolveBy = rules.resolveBy(receipt.type(), receipt.round(), receipt.phase(), acceptBy, 0);
        String key = complainantKey(receipt.complainantIdNumber(), receipt.complainantName());
        Complaint.Assessment assessment = new Complaint.Assessment(trackingCode(receivedOn), subjectAgency, competent,
                rules.jurisdiction(receipt.filedAtAgencyCode(), competent),
                rules.isLateFiling(receipt.type(), receipt.round(), receipt.phase(), receipt.actDate(),
                        receipt.firstDecisionReceivedOn(), receivedOn),
                acceptBy, resolveBy, earlierPetition(key, receipt, subjectAgency));
        Complaint complaint = Complaint.receive(receipt, key, assessment);
        complaint.persist();
        record(complaint, "RECEIVED", Map.of("competentAgencyCode", competent, "jurisdiction", assessment.jurisdiction()));
        events.publish(complaint, new ComplaintEvents.ComplaintReceived(facts(complaint)));
        return complaint;
    }

    /**
     * A petition about an officer is about someone: recorded about nobody, nothing kept that officer from being made its
     * handler, reading who wrote and recording its withdrawal. A desk that names no officer (by id or account) names the
     * case, and it is about the officer the case is assigned to (a case with none, delegated say, or whose officer this
     * service has not learnt since it kept them: the desk names the officer).
     */
    private Complaint.Receipt aboutTheCasesOfficer(Complaint.Receipt receipt) {
        return casesOfficer(receipt.caseId()).map(officer -> receipt.aboutOfficer(officer, null))
                .orElseThrow(() -> ProblemException.invalidField("subject.officerId",
                        "is required for a petition about an officer (or subject.officerSubject), unless its case has an officer assigned"));
    }

    private static java.util.Optional<UUID> casesOfficer(UUID caseId) {
        return java.util.Optional.ofNullable(caseId).flatMap(id -> CaseView.<CaseView>findByIdOptional(id)).flatMap(CaseView::officerId);
    }

    /**
     * The account is what keeps the officer a petition is about from handling, withdrawing or reading its petitioner. For an
     * officer this service has learnt from the case service's assignments, it is theirs: taken from what it knows when the desk
     * leaves it out, refused when the desk names another (a desk could otherwise protect someone else's account and let the
     * officer be assigned to it). For one it has not learnt (no case assigned yet, the events not yet read), the desk names
     * it: an officer named without it could be assigned to it.
     */
    private Complaint.Receipt withOfficersAccount(Complaint.Receipt receipt, String subjectAgency, boolean theCasesOfficer) {
        if (receipt.subjectOfficerId() == null) {
            return receipt;
        }
        OfficerAccount known = OfficerAccount.findById(receipt.subjectOfficerId());
        // only an officer of the agency the petition names: otherwise a head would read, in a petition of their own
        // agency, the login of any officer in the country (answered as for an officer not learnt); the case's own officer
        // is theirs whatever agency their last assignment was at (a case of a unit merged since, a secondment)
        if (known != null && (theCasesOfficer || subjectAgency != null && orgUnits.withPredecessors(subjectAgency).contains(known.agencyCode()))) {
            return receipt.aboutOfficer(receipt.subjectOfficerId(), known.accountFor(receipt.subjectOfficerSubject()));
        }
        if (theCasesOfficer) {
            // an assignment sent before the account was carried taught nothing: the desk names the account
            throw ProblemException.invalidField("subject.officerSubject", "is required: the account of the case's officer is not known here");
        }
        if (receipt.subjectOfficerSubject() == null) {
            throw ProblemException.invalidField("subject.officerSubject", "is required with subject.officerId: the officer's account");
        }
        return receipt;
    }

    /** {@code receipt} is filed at the agency above the one that decided {@code first}, as of its receipt. */
    private boolean isFiledAboveIt(Complaint.Receipt receipt, Complaint first) {
        return receipt.filedAtAgencyCode().equals(orgUnits.representativeOn(ComplaintRules.parent(first.competentAgencyCode()),
                receipt.receivedOn()));
    }

    /**
     * The first complaint a second one follows: resolved, and not by a final decision (a second
     * complaint after one is refused, not sent up again); the day its decision reached the
     * complainant is recorded, since the second complaint's filing limit runs from it.
     */
    private Complaint firstComplaint(Complaint.Receipt receipt) {
        if (receipt.type() != ComplaintType.COMPLAINT) {
            throw ProblemException.invalidField("round", "only a complaint has a second round");
        }
        if (receipt.previousComplaintId() == null) {
            throw ProblemException.invalidField("previousComplaintId", "a second complaint names the first");
        }
        // one the desk may not read is answered as one that does not exist: its status and decision are not the desk's to learn.
        // The desk of the agency above the first's, where the second is filed and decided, may: a provincial officer could
        // not record a second complaint about an office's decision (red team of session 24)
        Complaint previous = Complaint.<Complaint>findByIdOptional(receipt.previousComplaintId())
                .filter(first -> access.canRead(first) || isFiledAboveIt(receipt, first))
                .orElseThrow(() -> ProblemException.unprocessable("unknown-complaint",
                        "The first complaint " + receipt.previousComplaintId() + " does not exist"));
        if (previous.type() != ComplaintType.COMPLAINT) {
            throw ProblemException.invalidField("previousComplaintId", "names a " + previous.type() + "; a second complaint follows a complaint");
        }
        requireSameSubject(receipt, previous);
        if (previous.status() != ComplaintStatus.RESOLVED) {
            throw ProblemException.unprocessable("first-complaint-not-resolved",
                    "A second complaint follows the resolution of the first, which is " + previous.status());
        }
        rules.finalDecision(previous.type(), previous.round(), previous.phase(), previous.competentAgencyCode())
                .ifPresent(reason -> {
                    throw ProblemException.conflict("final-decision", "The decision " + previous.decisionNumber()
                                    + " on the first complaint is final and cannot be complained about again: " + reason.legalBasis())
                            .with("rule", reason.name()).with("legalBasis", reason.legalBasis())
                            .with("previousComplaintId", previous.id().toString());
                });
        // a second complaint already decided on this first one is final: another one is refused as one after it would be
        Complaint.<Complaint>find("previousComplaintId = ?1 and status = ?2 and round = 2 and type = ?3 order by decisionDate", previous.id(),
                        ComplaintStatus.RESOLVED, ComplaintType.COMPLAINT)
                .firstResultOptional().ifPresent(decided -> {
                    FinalDecision reason = FinalDecision.SECOND_COMPLAINT;
                    // the second complaint's own decision is not named: the desk may not read it
                    throw ProblemException.conflict("final-decision", "A second complaint about the decision " + previous.decisionNumber()
                                    + " has been decided; that decision is final: " + reason.legalBasis())
                            .with("rule", reason.name()).with("legalBasis", reason.legalBasis())
                            .with("previousComplaintId", previous.id().toString());
                });
        LocalDate decisionReceived = receipt.firstDecisionReceivedOn();
        if (decisionReceived == null) {
            throw ProblemException.invalidField("firstDecisionReceivedOn",
                    "a second complaint records the day the complainant received the first decision");
        }
        if (decisionReceived.isBefore(previous.decisionDate())) {
            throw ProblemException.dateOutOfRange("firstDecisionReceivedOn",
                    "must not be before the first decision (" + previous.decisionDate() + ")");
        }
        if (decisionReceived.isAfter(receipt.receivedOn())) {
            throw ProblemException.dateOutOfRange("firstDecisionReceivedOn", "must not be after the receipt (" + receipt.receivedOn() + ")");
        }
        return previous;
    }

    /**
     * A second complaint is about the first one's decision, so it has the first one's subject: a different
     * kind, agency or officer keyed in would send it to the wrong level (an officer's instead of a head's).
     */
    private static void requireSameSubject(Complaint.Receipt receipt, Complaint previous) {
        if (receipt.subjectKind() != null && receipt.subjectKind() != previous.subjectKind()) {
            throw ProblemException.invalidField("subject.kind", "must be the first complaint's, " + previous.subjectKind());
        }
        if (receipt.subjectAgencyCode() != null && !receipt.subjectAgencyCode().equals(previous.subjectAgencyCode())) {
            throw ProblemException.invalidField("subject.agencyCode", "must be the first complaint's, " + previous.subjectAgencyCode());
        }
        if (receipt.subjectOfficerId() != null && !receipt.subjectOfficerId().equals(previous.subjectOfficerId())) {
            throw ProblemException.invalidField("subject.officerId", "must be the first complaint's");
        }
        if (receipt.caseId() != null && !receipt.caseId().equals(previous.caseId())) {
            // the holders of the first's case are the persons concerned (ComplaintAccess): another case would make others
            throw ProblemException.invalidField("caseId", "must be the first complaint's, or left out");
        }
        if (receipt.subjectOfficerSubject() != null) {
            // refused whatever it is: compared with the first's, a desk not shown that account could try one after another
            throw ProblemException.invalidField("subject.officerSubject", "is the first complaint's: leave it out");
        }
    }

    /**
     * A second complaint is the first complainant's (Luật THADS art. 142: the complainant may complain again): one made in
     * another name, decided by a deceived or colluding head, would make the first decision final for the real complainant.
     * The same ID number where both have one, else the same name (compared folded).
     */
    /**
     * {@code seesIdNumber}: whether the caller is shown the first complaint's ID number. A desk that is not compares the name
     * alone: with "the name or the ID number", a wrong name and a guessed number answered 400 or 201, so any reader of the
     * first complaint confirmed the complainant's withheld ID number one guess at a time (red team of session 26).
     */
    private static void requireSameComplainant(Complaint.Receipt receipt, Complaint previous, boolean seesIdNumber) {
        String id = receipt.complainantIdNumber() == null ? "" : identityNumberAsCompared(receipt.complainantIdNumber());
        String firstId = previous.complainantIdNumber() == null ? "" : identityNumberAsCompared(previous.complainantIdNumber());
        // either is enough for those who see both: a typo in the name, or a new ID number (a CMND replaced by a CCCD
        // between the rounds)
        boolean same = seesIdNumber && !id.isEmpty() && id.equalsIgnoreCase(firstId)
                || VietnameseText.folded(receipt.complainantName()).equals(VietnameseText.folded(previous.complainantName()));
        if (!same) {
            throw ProblemException.invalidField("complainant", "must be the first complaint's complainant");
        }
    }

    /** The agency whose officer or head is complained about: given, or the case's (from this service's view). */
    private String subjectAgency(Complaint.Receipt receipt, Complaint previous) {
        CaseView knownCase = receipt.caseId() == null ? null : CaseView.findById(receipt.caseId());
        if (receipt.subjectAgencyCode() != null) {
            if (!orgUnits.isKnown(receipt.subjectAgencyCode())) {
                throw ProblemException.unprocessable("unknown-agency", "Agency " + receipt.subjectAgencyCode() + " does not exist");
            }
            rules.requireSubjectAgencyExisting(receipt.subjectAgencyCode(), receipt.receivedOn());
            if (previous == null && receipt.caseId() != null) {
                requireCasesAgency(receipt, knownCase);
            }
            return receipt.subjectAgencyCode();
        }
        if (previous != null && previous.subjectAgencyCode() != null) {
            return previous.subjectAgencyCode();
        }
        if (knownCase != null) {
            // the case's agency today: a petition received before it existed names the agency of that day
            rules.requireSubjectAgencyExisting(knownCase.agencyCode(), receipt.receivedOn());
            return knownCase.agencyCode();
        }
        if (receipt.type() == ComplaintType.PETITION) {
            return receipt.filedAtAgencyCode();
        }
        throw ProblemException.invalidField("subject.agencyCode", "is required when the case is not known to this service");
    }

    /**
     * Jurisdiction is derived (domain.md §4): a typed agency other than the case's would send the petition to a head of the
     * desk's choosing, or a level up. The case's lineage is its agency's: a unit it took over, or the one that took it over
     * by the receipt (a case of Phủ Lý's office, closed into Ninh Bình's, is about an officer of either). A case this
     * service has not learnt yet is refused with a typed agency, which nothing could check.
     */
    private void requireCasesAgency(Complaint.Receipt receipt, CaseView knownCase) {
        if (knownCase == null) {
            throw ProblemException.unprocessable("case-not-known", "Case " + receipt.caseId() + " has not reached the complaint service"
                    + " (yet): its agency decides who handles the petition; send it again in a moment");
        }
        java.util.Set<String> lineage = new java.util.HashSet<>(orgUnits.withPredecessors(knownCase.agencyCode()));
        lineage.addAll(orgUnits.withPredecessors(orgUnits.representativeOn(knownCase.agencyCode(), receipt.receivedOn())));
        if (!lineage.contains(receipt.subjectAgencyCode())) {
            throw ProblemException.invalidField("subject.agencyCode", "must be the agency of case " + receipt.caseId()
                    + ", " + knownCase.agencyCode() + " (or a unit it took over), or left out");
        }
    }

    /**
     * The same person about the same matter (domain.md §4): the same case and subject, the same phase of the act, the
     * same act when both name its date, in the same round: a repeat of the first such petition. A complaint about
     * another act in the same case (the decision, then a coercion) is a new complaint with its own filing limit.
     */
    private UUID earlierPetition(String key, Complaint.Receipt r, String subjectAgency) {
        StringBuilder jpql = new StringBuilder("from Complaint c where c.complainantKey = :key and c.type = :type and c.round = :round");
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        params.put("type", r.type());
        params.put("round", r.round());
        sameOrBothNull(jpql, params, "caseId", r.caseId());
        sameOrBothNull(jpql, params, "subjectKind", r.subjectKind());
        sameOrBothNull(jpql, params, "subjectAgencyCode", subjectAgency);
        sameOrBothNull(jpql, params, "subjectOfficerId", r.subjectOfficerId());
        sameOrBothNull(jpql, params, "phase", r.phase());
        if (r.actDate() != null) {
            jpql.append(" and (c.actDate = :actDate or c.actDate is null)");
            params.put("actDate", r.actDate());
        }
        TypedQuery<Complaint> query = entityManager.createQuery("select c " + jpql + " order by c.receivedOn, c.createdAt", Complaint.class);
        params.forEach(query::setParameter);
        List<Complaint> earlier = query.setMaxResults(1).getResultList();
        if (earlier.isEmpty()) {
            return null;
        }
        Complaint first = earlier.get(0);
        return first.repeatOf() != null ? first.repeatOf() : first.id();
    }

    private static void sameOrBothNull(StringBuilder jpql, Map<String, Object> params, String field, Object value) {
        if (value == null) {
            jpql.append(" and c.").append(field).append(" is null");
        } else {
            jpql.append(" and c.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    static String complainantKey(String idNumber, String name) {
        if (idNumber != null && !idNumber.isBlank()) {
            return "id:" + identityNumberAsCompared(idNumber);
        }
        return "name:" + VietnameseText.folded(name);
    }

    /**
     * An ID number as compared: without its separators, in capitals (C 123.4567 is c1234567). Compared as typed, the same
     * person writing again was nobody's repeat (review of session 26; complaint V13 keys the stored petitions alike).
     */
    static String identityNumberAsCompared(String idNumber) {
        return idNumber.replaceAll("[\\s./()-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Unguessable, short enough to read over the phone: KN26-7QH3M8PA. */
    private static String trackingCode(LocalDate receivedOn) {
        StringBuilder code = new StringBuilder("KN").append(String.format("%02d", receivedOn.getYear() % 100)).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint get(UUID id) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Petition " + id));
        access.requireRead(c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint track(String trackingCode) {
        return Complaint.<Complaint>find("trackingCode", trackingCode.strip().toUpperCase(Locale.ROOT)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Petition " + trackingCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintHistoryEntry> history(UUID id) {
        return ComplaintHistoryEntry.of(get(id).id());
    }

    public Complaint accept(UUID id, String ifMatch, LocalDate acceptedOn) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        if (acceptedOn.isBefore(c.competentReceivedOn())) {
            throw ProblemException.dateOutOfRange("acceptedOn", "must not be before the competent agency received it ("
                    + c.competentReceivedOn() + ")");
        }
        c.accept(acceptedOn, rules.resolveBy(c.type(), c.round(), c.phase(), acceptedOn, 0), today());
        record(c, "ACCEPTED", Map.of("acceptedOn", acceptedOn, "resolveBy", c.resolveBy()));
        events.publish(c, new ComplaintEvents.ComplaintAccepted(facts(c), acceptedOn));
        return c;
    }

    /**
     * To the competent agency's inbox; if that agency has closed since the receipt, to the unit
     * holding its records on the day of the transfer. It receives it that day, and its five working
     * days to accept start then (unless it records a later arrival, {@link #receiveTransfer}).
     */
    public Complaint transfer(UUID id, String ifMatch, LocalDate transferredOn) {
        Complaint c = forChange(id, ifMatch);
        access.requireDeskOf(c.filedAtAgencyCode());
        // the head a petition filed at their own desk is about picked its transfer date, and so the next acceptance limit
        access.requireNotPersonConcerned(c, "transfer it");
        c.requireTransferable(transferredOn, today());
        String from = c.filedAtAgencyCode();
        String to = orgUnits.representativeOn(c.competentAgencyCode(), transferredOn);
        if (to.equals(orgUnits.representativeOn(from, transferredOn))) {
            // filed at Ninh Bình on 30 June 2025 about a Hà Nam officer, "transferred" after the merger: to itself, a
            // transfer in its figures and a new acceptance clock for a petition its own head may accept
            throw ProblemException.unprocessable("no-transfer-needed", "Agency " + from + " is itself competent for this petition on "
                    + transferredOn + ": its head accepts it");
        }
        access.requireNotStaffOf(to, today());
        LocalDate acceptBy = rules.acceptBy(c.type(), transferredOn);
        c.transfer(to, transferredOn, acceptBy, rules.resolveBy(c.type(), c.round(), c.phase(), acceptBy, 0), today());
        record(c, "TRANSFERRED", Map.of("toAgencyCode", to, "transferredOn", transferredOn, "acceptBy", acceptBy));
        events.publish(c, new ComplaintEvents.ComplaintTransferred(facts(c), from, to, transferredOn));
        return c;
    }

    /** The competent agency's staff record the day a transferred petition actually reached it. */
    public Complaint receiveTransfer(UUID id, String ifMatch, LocalDate receivedOn) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentStaff(c, "record the arrival of this petition");
        // a unit closed since received nothing after its last day: the staff of the unit that took it over (who may record
        // this, and transfer to it) would otherwise give a petition they let run late a new acceptance limit
        orgUnits.find(c.competentAgencyCode()).map(OrgUnit::validTo).filter(receivedOn::isAfter).ifPresent(closed -> {
            throw ProblemException.dateOutOfRange("receivedOn", "must not be after " + closed + ", the last day of agency "
                    + c.competentAgencyCode());
        });
        LocalDate acceptBy = rules.acceptBy(c.type(), receivedOn);
        c.receiveTransfer(receivedOn, acceptBy, rules.resolveBy(c.type(), c.round(), c.phase(), acceptBy, 0), today());
        record(c, "TRANSFER_RECEIVED", Map.of("receivedOn", receivedOn, "acceptBy", acceptBy));
        events.publish(c, new ComplaintEvents.ComplaintTransferReceived(facts(c), receivedOn));
        return c;
    }

    /** {@code decidedOn}: the day the head decided the extension; today when absent. */
    public Complaint extend(UUID id, String ifMatch, Complexity complexity, String reason, LocalDate decidedOn) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        Complexity asked = complexity == null ? Complexity.COMPLEX : complexity;
        int allowed = c.type() == ComplaintType.DENUNCIATION && c.acceptedOn() != null ? rules.allowedExtensions(c.acceptedOn(), asked) : 0;
        c.requireExtendable(allowed, asked);
        LocalDate decided = decidedOn == null ? today() : decidedOn;
        c.extend(allowed, asked, decided, rules.resolveBy(c.type(), c.round(), c.phase(), c.acceptedOn(), c.extensions() + 1), today());
        record(c, "EXTENDED", Map.of("resolveBy", c.resolveBy(), "complexity", asked, "extensions", c.extensions(), "reason", reason,
                "decidedOn", decided));
        events.publish(c, new ComplaintEvents.ComplaintExtended(facts(c), c.resolveBy(), asked.name(), decided));
        return c;
    }

    public Complaint resolve(UUID id, String ifMatch, Decision decision, String decisionNumber, LocalDate decisionDate, String summary) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        c.resolve(decision, decisionNumber, decisionDate, summary, today());
        record(c, "RESOLVED", Map.of("decision", decision, "decisionNumber", c.decisionNumber(), "decisionDate", decisionDate));
        events.publish(c, new ComplaintEvents.ComplaintResolved(facts(c), decision.name(), decisionDate, c.resolvedOnTime()));
        return c;
    }

    /**
     * On the petitioner's request, dated: recorded by the competent agency's staff, never by the person it is about. A
     * denunciation's withdrawal ends it only by the decision of whoever resolves it, its competent head, who goes on
     * instead when the act shows a violation or the withdrawal was forced (Luật Tố cáo 2018 art. 33): the head records it.
     */
    public Complaint withdraw(UUID id, String ifMatch, LocalDate withdrawnOn) {
        Complaint c = forChange(id, ifMatch);
        if (c.type() == ComplaintType.DENUNCIATION) {
            access.requireCompetentHead(c);
        }
        access.requireCompetentStaff(c, "record its withdrawal");
        c.withdraw(withdrawnOn, today());
        record(c, "WITHDRAWN", Map.of("withdrawnOn", withdrawnOn));
        events.publish(c, new ComplaintEvents.ComplaintWithdrawn(facts(c), withdrawnOn));
        return c;
    }

    /** The head of the competent agency assigns the staff who handle it (and alone with the head see the petitioner). */
    public Complaint assignHandlers(UUID id, String ifMatch, List<String> handlers) {
        Complaint c = forChange(id, ifMatch);
        access.requireCompetentHead(c);
        // nor the officer holding the case a petition about an officer is about: the account a desk named may not be theirs
        List<String> holders = c.subjectKind() == SubjectKind.OFFICER ? CaseHolder.accountsOf(c.caseId()) : List.of();
        c.assignHandlers(handlers.stream().map(String::strip).toList(), holders);
        record(c, "HANDLERS_ASSIGNED", Map.of("handlers", c.handlers()));
        return c;
    }

    /** What of the petitioner the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintAccess.Disclosure disclosure(Complaint c) {
        return access.disclosure(c);
    }

    /** Whether the caller reads the decision's summary (ComplaintAccess.readsDecision). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean readsDecision(Complaint c) {
        return access.readsDecision(c);
    }

    /** Whether the petition's decision is (or, once made, will be) final. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean finalDecision(Complaint c) {
        return rules.finalDecision(c.type(), c.round(), c.phase(), c.competentAgencyCode()).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Complaint> search(ComplaintSearch s) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        AgencyScope scope = access.scope();
        // a petition belongs where it was filed and where it is handled
        AgencyScope.Columns[] agencies = {AgencyScope.Columns.of("c.filedAtAgencyCode"), AgencyScope.Columns.of("c.competentAgencyCode")};
        boolean picked = s.agencyCode() != null && !OrgUnits.NATIONAL.equals(s.agencyCode());
        scope.restrict(where, params, picked ? orgUnits.scopeOf(s.agencyCode()) : null, agencies);
        if (s.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", s.status());
        }
        if (s.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", s.type());
        }
        if (s.caseId() != null) {
            where.append(" and c.caseId = :caseId");
            params.put("caseId", s.caseId());
        }
        if (s.overdue() != null) {
            // as of today, as each petition shows it (ComplaintView), not as the nightly run last marked it
            where.append(s.overdue() ? " and " : " and not ").append(dueBefore("today", today(), params));
        }
        if (s.overLevel() != null) {
            where.append(s.overLevel() ? " and c.jurisdiction = :overLevel" : " and c.jurisdiction <> :overLevel");
            params.put("overLevel", Jurisdiction.OVER_LEVEL);
        }
        if (s.repeat() != null) {
            // only petitions whose petitioner the caller sees: the repeat is shown to no one else (ComplaintAccess)
            java.util.Set<String> seen = access.agenciesWhosePetitionersAreSeen().orElseThrow(() -> ProblemException.forbidden(
                    "Only the head of the competent agency sees which petitions repeat earlier ones"));
            where.append(s.repeat() ? " and c.repeatOf is not null" : " and c.repeatOf is null")
                    .append(" and c.competentAgencyCode in :seen and (c.subjectOfficerSubject is null or c.subjectOfficerSubject <> :me)")
                    .append(" and (c.subjectKind is null or c.subjectKind <> :officerKind or not exists (select 1 from CaseHolder h, OfficerAccount a")
                    .append(" where h.caseId = c.caseId and a.officerId = h.officerId and a.subject = :me))")
                    .append(" and (c.subjectKind is null or c.subjectKind <> :headKind or c.subjectAgencyCode is null or c.subjectAgencyCode not in :seen)");
            params.put("seen", seen);
            params.put("me", access.actor());
            params.put("headKind", SubjectKind.AGENCY_HEAD);
            params.put("officerKind", SubjectKind.OFFICER);
        }
        if (s.dueBefore() != null) {
            where.append(" and ").append(dueBefore("due", s.dueBefore(), params));
        }
        var count = entityManager.createQuery("select count(c) from Complaint c" + where, Long.class);
        var page = entityManager.createQuery("select c from Complaint c" + where + " order by c.receivedOn desc, c.id", Complaint.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        return new Page<>(page.setFirstResult(s.page() * s.size()).setMaxResults(s.size()).getResultList(),
                count.getSingleResult(), s.page(), s.size());
    }

    /**
     * Petitions whose next limit (acceptance while waiting, resolution once accepted) falls before {@code date}, as a JPQL
     * condition on {@code c} (its date under {@code parameter}): the list's past-due filter as of today and its due-before filter.
     */
    private static String dueBefore(String parameter, LocalDate date, Map<String, Object> params) {
        params.put("waiting", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.TRANSFERRED));
        params.put("accepted", ComplaintStatus.ACCEPTED);
        params.put(parameter, date);
        return "((c.status in :waiting and c.acceptBy < :" + parameter + ") or (c.status = :accepted and c.resolveBy < :" + parameter + "))";
    }

    private Complaint forChange(UUID id, String ifMatch) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Petition " + id));
        access.requireRead(c);
        Versions.requireMatch(ifMatch, c.version(), "petition");
        return c;
    }

    private void record(Complaint c, String action, Map<String, ?> details) {
        try {
            new ComplaintHistoryEntry(c.id(), access.actor(), action, mapper.writeValueAsString(new LinkedHashMap<>(details)), null).persist();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
