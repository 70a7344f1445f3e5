package vn.gov.moj.thads.platform.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The schema of every event on {@value Topics#CASE_EVENTS} (domain.md §5), the one source for the
 * case service that writes them and the services that read them. The CloudEvents {@code type}
 * is the record's simple name; {@code subject} is the case id. Every event carries the case's
 * {@link CaseFacts} after the change, so a consumer can keep its own view without calling back.
 * Personal data (names, ID numbers, addresses, free-text reasons) is never in an event.
 */
public final class CaseEvents {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/thads/case-service";

    /*
     * The values a case event's fields take: what the case service's enums send and what every
     * consumer accepts (EventChecks). The case service's EventVocabularyTest holds its enums to
     * these, so that a value added there cannot be dead-lettered by every consumer unnoticed.
     */
    /** A case's statuses, and those of an administrative judgment monitored. */
    public static final Set<String> STATUSES = Set.of("RECEIVED", "HAS_CONDITIONS", "NO_CONDITIONS", "POSTPONED", "SUSPENDED",
            "COMPLETED", "TERMINATED", "DELEGATED", "MONITORING", "COMPELLED", "REPORTED", "COMPLIED");
    public static final Set<String> VERIFICATION_RESULTS = Set.of("HAS_CONDITIONS", "NO_CONDITIONS");
    public static final Set<String> STATUS_CHANGES = Set.of("POSTPONED", "SUSPENDED", "RESUMED");
    public static final Set<String> REDUCTION_KINDS = Set.of("REDUCTION", "EXEMPTION");
    public static final Set<String> SECURITY_MEASURES = Set.of("ACCOUNT_FREEZE", "TEMPORARY_SEIZURE", "TRANSFER_REGISTRATION_STOP");
    public static final Set<String> COMPLIANCE_STEPS = Set.of("COMPELLED", "REPORTED", "COMPLIED");
    public static final Set<String> OUTCOMES = Set.of("COMPLETED", "TERMINATED");
    /** The kind of an administrative judgment the agency monitors (not an enforcement case: domain.md §3). */
    public static final String ADMINISTRATIVE_MONITORING = "ADMINISTRATIVE_MONITORING";
    /** A case's kinds (and the administrative judgment's, in no breakdown row) and categories (domain.md §3): reports group by them. */
    public static final Set<String> KINDS = Set.of("EX_OFFICIO", "ON_REQUEST", ADMINISTRATIVE_MONITORING);
    public static final Set<String> CATEGORIES = Set.of("BANK_CREDIT", "LARGE_VALUE", "COMPLEX", "STATE_BUDGET", "ADMINISTRATIVE");
    /** The values each of those fields takes, by record and component ({@code CaseFacts.kind}): the AsyncAPI document's enums. */
    public static final java.util.Map<String, Set<String>> VOCABULARY = java.util.Map.of("CaseFacts.kind", KINDS, "CaseFacts.status", STATUSES,
            "CaseFacts.categories", CATEGORIES, "CaseClassified.result", VERIFICATION_RESULTS, "CaseStatusChanged.change", STATUS_CHANGES,
            "ObligationReduced.reductionKind", REDUCTION_KINDS, "SecurityMeasureApplied.measureType", SECURITY_MEASURES,
            "SecurityMeasureLifted.measureType", SECURITY_MEASURES, "AdministrativeComplianceRecorded.step", COMPLIANCE_STEPS,
            "CaseClosed.outcome", OUTCOMES);

    private CaseEvents() {
    }

    /** An event of this topic: every one carries the case's facts after the change. */
    public sealed interface CaseEvent permits CaseOpened, CaseAssigned, CaseClassified, CollectionRecorded,
            EnforcementActionRecorded, CaseStatusChanged, CaseDelegated, CaseClosed, CaseCategorised, ObligationReduced,
            SecurityMeasureApplied, SecurityMeasureLifted, SteeringDirectionRecorded, SteeringDirectionResolved, CoercionPlanProposed,
            CoercionPlanApproved, AdministrativeJudgmentAccepted, AdministrativeComplianceRecorded {
        CaseFacts facts();
    }

    /** The event classes by CloudEvents {@code type} (the record's simple name). */
    public static final java.util.Map<String, Class<? extends CaseEvent>> TYPES = java.util.stream.Stream.of(
                    CaseOpened.class, CaseAssigned.class, CaseClassified.class, CollectionRecorded.class, EnforcementActionRecorded.class,
                    CaseStatusChanged.class, CaseDelegated.class, CaseClosed.class, CaseCategorised.class, ObligationReduced.class,
                    SecurityMeasureApplied.class, SecurityMeasureLifted.class, SteeringDirectionRecorded.class,
                    SteeringDirectionResolved.class, CoercionPlanProposed.class, CoercionPlanApproved.class,
                    AdministrativeJudgmentAccepted.class, AdministrativeComplianceRecorded.class)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Class::getSimpleName, c -> c));

    /**
     * The state of the case after the change. Money in VND; dates are business dates.
     * {@code outstandingAmount} = money − collected − reduced; {@code reducedAmount} is what exemptions
     * and reductions relieved (0 in events before it existed).
     */
    public record CaseFacts(UUID caseId, String agencyCode, String provinceCode, String decisionNumber,
                            LocalDate decisionDate, String kind, String status, String classification,
                            long moneyAmount, long collectedAmount, long outstandingAmount,
                            List<String> categories, UUID officerId, long reducedAmount) {
    }

    public record CaseOpened(CaseFacts facts, UUID courtJudgmentId) implements CaseEvent {
    }

    /**
     * {@code assignedOn}: the business date the officer took the case over (absent in events before schema 1.1: the event's
     * time); {@code officerSubject}: the assigned officer's account, the subject of their token (absent in events before it
     * was carried): the complaint service learns from it which account is which officer's, so that a petition about an
     * officer names their own account. A staff login, not a party's personal data. {@code officerAgencyCode}: the agency
     * whose record the officer is (a seconded officer's home agency, not the case's; absent in events before session 25):
     * a login may be another agency's officer too, and only this agency's token is that officer.
     */
    public record CaseAssigned(CaseFacts facts, UUID officerId, UUID previousOfficerId, LocalDate assignedOn, String officerSubject,
                               String officerAgencyCode) implements CaseEvent {

        /** An assignment as sent before the officer's account was carried. */
        public CaseAssigned(CaseFacts facts, UUID officerId, UUID previousOfficerId, LocalDate assignedOn) {
            this(facts, officerId, previousOfficerId, assignedOn, null, null);
        }

        /** An assignment as sent before the officer's agency was carried. */
        public CaseAssigned(CaseFacts facts, UUID officerId, UUID previousOfficerId, LocalDate assignedOn, String officerSubject) {
            this(facts, officerId, previousOfficerId, assignedOn, officerSubject, null);
        }
    }

    /**
     * A verification: {@code result} is HAS_CONDITIONS or NO_CONDITIONS; a NO_CONDITIONS result carries
     * the published decision that the debtor has no conditions ({@code noConditionsDecisionNumber}, {@code …Date}).
     */
    public record CaseClassified(CaseFacts facts, String result, LocalDate verifiedOn, String previousStatus,
                                 String noConditionsDecisionNumber, LocalDate noConditionsDecisionDate) implements CaseEvent {
    }

    public record CollectionRecorded(CaseFacts facts, long amount, LocalDate collectedOn, String receiptNumber) implements CaseEvent {
    }

    /** PERSUASION, SEIZURE, VALUATION, AUCTION (with SOLD / UNSOLD), ASSET_HANDOVER, COERCION. */
    public record EnforcementActionRecorded(CaseFacts facts, String actionType, LocalDate actionDate, String auctionResult) implements CaseEvent {
    }

    /** {@code change} is POSTPONED, SUSPENDED or RESUMED. */
    public record CaseStatusChanged(CaseFacts facts, String change, String previousStatus, LocalDate effectiveOn) implements CaseEvent {
    }

    public record CaseDelegated(CaseFacts facts, String toAgencyCode, LocalDate delegatedOn) implements CaseEvent {
    }

    /** {@code outcome} is COMPLETED or TERMINATED; facts carry the money collected and left. */
    public record CaseClosed(CaseFacts facts, String outcome, LocalDate closedOn) implements CaseEvent {
    }

    /**
     * An obligation owed to the state budget reduced or exempted (miễn, giảm): {@code kind} is
     * REDUCTION or EXEMPTION, {@code amount} what the decision relieved. An exemption also completes
     * the case: a {@link CaseClosed} (COMPLETED, same date) follows it.
     */
    public record ObligationReduced(CaseFacts facts, String reductionKind, String reductionDecisionNumber, LocalDate decidedOn,
                                    long amount) implements CaseEvent {
    }

    /**
     * A security measure (biện pháp bảo đảm) applied on a case: {@code measureType} is ACCOUNT_FREEZE,
     * TEMPORARY_SEIZURE or TRANSFER_REGISTRATION_STOP (which account or asset is never in the event).
     */
    public record SecurityMeasureApplied(CaseFacts facts, UUID measureId, String measureType, LocalDate appliedOn) implements CaseEvent {
    }

    /** A security measure lifted on {@code liftedOn}. */
    public record SecurityMeasureLifted(CaseFacts facts, UUID measureId, String measureType, LocalDate liftedOn) implements CaseEvent {
    }

    /** A steering committee's direction on the case, with its deadline (who gave it and what it says stay in the case service). */
    public record SteeringDirectionRecorded(CaseFacts facts, UUID directionId, LocalDate directedOn, LocalDate deadline) implements CaseEvent {
    }

    /** The outcome of a direction was recorded on {@code resolvedOn}. */
    public record SteeringDirectionResolved(CaseFacts facts, UUID directionId, LocalDate resolvedOn) implements CaseEvent {
    }

    /** A coercion plan proposed for {@code plannedFor}. */
    public record CoercionPlanProposed(CaseFacts facts, UUID planId, LocalDate plannedFor) implements CaseEvent {
    }

    /** The agency head approved a coercion plan on {@code approvedOn}; the coercion itself is an {@link EnforcementActionRecorded}. */
    public record CoercionPlanApproved(CaseFacts facts, UUID planId, LocalDate approvedOn) implements CaseEvent {
    }

    /**
     * An administrative judgment the agency starts monitoring (its own record, not an enforcement
     * case; the event's subject is the record's id). Its facts: {@code decisionDate} the start of the
     * monitoring, {@code kind} ADMINISTRATIVE_MONITORING, {@code status} MONITORING, COMPELLED,
     * REPORTED or COMPLIED, categories [ADMINISTRATIVE], no money: the reports count it in the
     * administrative block only, never in the civil figures.
     */
    public record AdministrativeJudgmentAccepted(CaseFacts facts, String courtCode, String judgmentNumber) implements CaseEvent {
    }

    /**
     * A step of an administrative judgment's monitoring on {@code on}: COMPELLED (a court decision
     * compelling compliance), REPORTED (reported to the higher authority) or COMPLIED (the authority
     * complied: the monitoring ends).
     */
    public record AdministrativeComplianceRecorded(CaseFacts facts, String step, LocalDate on) implements CaseEvent {
    }

    /**
     * An agency head changed the case's categories (facts carry the new ones), by a decision of {@code categorisedOn}; null
     * from the events before session 32, which the reports date by the event's time.
     */
    public record CaseCategorised(CaseFacts facts, LocalDate categorisedOn) implements CaseEvent {
    }
}
