package vn.gov.moj.thads.cases.model;

import vn.gov.moj.thads.platform.text.VietnameseText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An enforcement case (việc thi hành án) and its lifecycle (domain.md §3). Every transition checks
 * the current status and the business dates, so that an illegal change never reaches the database.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase extends DatedAggregate {

    @Column(name = "decision_number", nullable = false) private String decisionNumber;
    @Column(name = "decision_date", nullable = false) private LocalDate decisionDate;
    @Embedded private SourceJudgment judgment;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private CaseKind kind;
    @Column(name = "court_judgment_id") private UUID courtJudgmentId;
    @Column(name = "money_amount", nullable = false) private long moneyAmount;
    @Column(name = "collected_amount", nullable = false) private long collectedAmount;

    /** What exemptions and reductions (miễn, giảm) relieved: no longer outstanding, never collected. */
    @Column(name = "reduced_amount", nullable = false) private long reducedAmount;
    @Column(name = "other_obligations") private String otherObligations;

    /** A page of cases' categories loads in one query (as their parties do), not one per 16 cases. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "case_category", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<Category> categories = EnumSet.noneOf(Category.class);

    /** At most 50 of each role (the API refuses more); a page of cases' parties loads in one query, not one per case. */
    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @OrderBy("position")
    private List<CaseParty> parties = new ArrayList<>();

    /** The debtors' names as searched ({@link CaseParty#searchable}), one per line: the case list's text search reads them here. */
    @Column(name = "debtor_names", nullable = false) private String debtorNames;

    @Enumerated(EnumType.STRING) @Column(nullable = false) private CaseStatus status;

    /** The last verification's result; null while never verified. */
    @Enumerated(EnumType.STRING) private VerificationResult classification;
    @Column(name = "last_verified_on") private LocalDate lastVerifiedOn;

    /**
     * The decision that the debtor has no conditions to enforce (quyết định về việc chưa có điều kiện
     * thi hành án), published on the public list while the case is without conditions; null otherwise.
     */
    @Column(name = "no_conditions_decision_number") private String noConditionsDecisionNumber;
    @Column(name = "no_conditions_decision_date") private LocalDate noConditionsDecisionDate;

    /** Re-verify yearly instead of every 6 months: debtor in prison with 2+ years left, or not found. */
    @Column(name = "extended_reverification", nullable = false) private boolean extendedReverification;
    @Enumerated(EnumType.STRING) @Column(name = "status_before_pause") private CaseStatus statusBeforePause;
    @ManyToOne(fetch = FetchType.EAGER) @JoinColumn(name = "officer_id") private Officer officer;

    /** The business date the current officer took the case over; the reports attribute each day to who held the case. */
    @Column(name = "assigned_on") private LocalDate assignedOn;
    /*
     * Counted by the complaint consumer's own update, which leaves the version alone (officers' ETags stay valid):
     * never written back from here, or a change read before a count and written after it would undo the count.
     */
    @Column(name = "complaint_count", nullable = false, updatable = false) private int complaintCount;

    /** Where the seized assets stand after the last asset action; null before any (the pipelines). */
    @Enumerated(EnumType.STRING) @Column(name = "asset_stage") private AssetStage assetStage;
    /** The date of the asset action that set {@link #assetStage}. */
    @Column(name = "asset_stage_on") private LocalDate assetStageOn;
    @Column(name = "debtor_notified_on") private LocalDate debtorNotifiedOn;
    @Column(name = "request_received_on") private LocalDate requestReceivedOn;
    @Column(name = "closed_on") private LocalDate closedOn;
    /** The date of the head's decision that last changed the categories; null: never changed since session 32. */
    @Column(name = "categorised_on") private LocalDate categorisedOn;
    /**
     * The statuses by business date, oldest first, "STATUS@date;..." (null, or starting after the opening: a case whose
     * status changed before migration V16, not known before its first entry): what the case was on the day an action
     * is dated.
     */
    @Column(name = "status_timeline") private String statusTimeline;
    @Enumerated(EnumType.STRING) @Column(name = "closure_outcome") private ClosureOutcome closureOutcome;
    @Column(name = "delegated_to") private String delegatedTo;
    /** The case delegated to this case's agency that it enforces (ủy thác); null for a case opened otherwise. */
    @Column(name = "delegated_from", updatable = false) private UUID delegatedFrom;

    /** Statutory limits passed, comma-separated; null when none (kept by the overdue job). */
    @Column(name = "overdue_rules") private String overdueRules;
    @Column(name = "opened_by", nullable = false) private String openedBy;

    protected EnforcementCase() {
    }

    private EnforcementCase(CaseOpening opening) {
        super(opening.agencyCode(), opening.provinceCode(), opening.decisionDate());
        this.judgment = opening.judgment();
    }

    public static EnforcementCase open(CaseOpening opening, LocalDate today) {
        if (opening.decisionDate().isAfter(today)) {
            throw RuleViolation.date("decisionDate", "must not be in the future");
        }
        if (opening.decisionDate().isBefore(EventChecks.EARLIEST_BUSINESS_DATE)) {
            // every consumer refuses an earlier date (EventChecks): the case's events would all be dead-lettered
            throw RuleViolation.date("decisionDate", "must not be before " + EventChecks.EARLIEST_BUSINESS_DATE);
        }
        if (opening.judgment().effectiveDate().isAfter(opening.decisionDate())) {
            throw RuleViolation.date("judgment.effectiveDate", "must not be after the decision date");
        }
        if (opening.categories().contains(Category.LARGE_VALUE)) {
            throw RuleViolation.field("categories", "LARGE_VALUE is derived from moneyAmount, not typed in");
        }
        // the state's claims are enforced ex officio (Luật THADS art. 36(2)); reductions refuse STATE_BUDGET on any other case,
        // so the figures by category would count a case no head may relieve as the state's (review of session 31)
        if (opening.categories().contains(Category.STATE_BUDGET) && opening.kind() != CaseKind.EX_OFFICIO) {
            throw RuleViolation.field("categories", "STATE_BUDGET is owed to the state budget, enforced ex officio: open the case as"
                    + " EX_OFFICIO, or leave the category out");
        }
        Money.requireWithinLimit("moneyAmount", opening.moneyAmount());
        if (opening.moneyAmount() == 0 && (opening.otherObligations() == null || opening.otherObligations().isBlank())) {
            throw RuleViolation.rule("nothing-to-enforce",
                    "A case needs money to enforce or other obligations");
        }
        EnforcementCase c = new EnforcementCase(opening);
        c.decisionNumber = opening.decisionNumber().strip();
        c.decisionDate = opening.decisionDate();
        c.kind = opening.kind();
        c.courtJudgmentId = opening.courtJudgmentId();
        c.moneyAmount = opening.moneyAmount();
        c.otherObligations = opening.otherObligations();
        c.categories = opening.categories().isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(opening.categories());
        if (Category.isLargeValue(c.moneyAmount)) {
            c.categories.add(Category.LARGE_VALUE);
        }
        int position = 0;
        for (CaseOpening.Party party : opening.creditors()) {
            c.parties.add(new CaseParty(c, position++, PartyRole.CREDITOR, party.type(), party.name(), party.idNumber(), party.address()));
        }
        for (CaseOpening.Party party : opening.debtors()) {
            c.parties.add(new CaseParty(c, position++, PartyRole.DEBTOR, party.type(), party.name(), party.idNumber(), party.address()));
        }
        c.debtorNames = String.join("\n", opening.debtors().stream().map(party -> CaseParty.searchable(party.name())).toList());
        c.status = CaseStatus.RECEIVED;
        c.statusTimeline = CaseStatus.RECEIVED + "@" + opening.decisionDate();
        c.debtorNotifiedOn = opening.debtorNotifiedOn();
        c.requestReceivedOn = opening.requestReceivedOn();
        if (c.debtorNotifiedOn != null) {
            c.checkDate("debtorNotifiedOn", c.debtorNotifiedOn, today);
        }
        if (c.requestReceivedOn != null && (c.requestReceivedOn.isAfter(c.decisionDate)
                || c.requestReceivedOn.isBefore(c.judgment().effectiveDate()))) {
            throw RuleViolation.date("requestReceivedOn", "must be between the judgment's effective date and the decision date");
        }
        c.openedBy = opening.openedBy();
        return c;
    }

    // ---- transitions ---------------------------------------------------------------------------

    /**
     * Assigns the case from {@code on}. {@code holdingAgency} is the agency that holds the case's
     * records today: the case's own, or its successor when the case's agency was merged away.
     * {@code secondedHereOn}: the officer is seconded (biệt phái) on {@code on} to the case's agency or
     * to the agency that held its records that day.
     */
    public void assign(Officer newOfficer, LocalDate on, String holdingAgency, boolean secondedHereOn, LocalDate today) {
        requireNotFinal("assigned");
        if (!newOfficer.agencyCode().equals(agencyCode()) && !newOfficer.agencyCode().equals(holdingAgency) && !secondedHereOn) {
            // the officer's agency is not named, nor whether they are active: a head probing officer ids would learn
            // where each works
            throw RuleViolation.rule("officer-of-another-agency",
                    "The officer belongs to another agency than the case's, " + agencyCode());
        }
        if (!newOfficer.active()) {
            throw RuleViolation.rule("officer-inactive", "The officer is deactivated");
        }
        checkDate("assignedOn", on, today);
        if (assignedOn != null && on.isBefore(assignedOn)) {
            throw RuleViolation.date("assignedOn", "must not be before the current assignment (" + assignedOn + ")")
                    .with("assignedOn", assignedOn);
        }
        if (on.isBefore(lastDatedOn())) {
            // the steps recorded under the officer holding the case stay theirs: a reassignment dated back over them moved
            // months of collections and closures in the officers' figures to another officer (or the head); so do those the
            // head recorded before the first assignment (one dated back over them credited the head's collection to the officer)
            throw RuleViolation.date("assignedOn", "must not be before " + lastDatedOn() + ", the date of the last recorded change")
                    .with("lastChangeOn", lastDatedOn());
        }
        this.officer = newOfficer;
        this.assignedOn = on;
    }

    /**
     * A verification of the debtor's conditions. One that finds none records the formal decision
     * (number, date: on or after the verification) that the public list publishes; a verification
     * that finds conditions ends that publication (enforcement continues).
     */
    public void verify(VerificationResult result, LocalDate verifiedOn, boolean extended, NoConditionsDecision decision,
                       LocalDate today) {
        requireStatus("verified", CaseStatus.ACTIVE);
        checkDate("verifiedOn", verifiedOn, today);
        if (result == VerificationResult.NO_CONDITIONS) {
            if (decision == null || decision.number() == null || decision.number().isBlank()) {
                throw RuleViolation.field("decisionNumber", "is required when the result is NO_CONDITIONS: the decision that is published");
            }
            if (decision.date() == null) {
                throw RuleViolation.field("decisionDate", "is required when the result is NO_CONDITIONS");
            }
            if (decision.date().isBefore(verifiedOn) || decision.date().isAfter(today)) {
                throw RuleViolation.date("decisionDate", "must be between the verification (" + verifiedOn + ") and today");
            }
        } else if (decision != null && (decision.number() != null || decision.date() != null)) {
            throw RuleViolation.field("decisionNumber", "is only for a verification that finds NO_CONDITIONS");
        }
        inDateOrder("verifiedOn", verifiedOn);
        this.classification = result;
        this.lastVerifiedOn = verifiedOn;
        this.extendedReverification = extended;
        statusFrom(result.status(), verifiedOn);
        this.noConditionsDecisionNumber = result == VerificationResult.NO_CONDITIONS ? VietnameseText.visible(decision.number()) : null;
        this.noConditionsDecisionDate = result == VerificationResult.NO_CONDITIONS ? decision.date() : null;
    }

    /** The number and date of a decision that the debtor has no conditions to enforce. */
    public record NoConditionsDecision(String number, LocalDate date) {
    }

    /**
     * An enforcement action. A COERCION needs a coercion plan approved by the agency head, which it
     * carries out (dated on or after the approval); asset actions move the assets' stage.
     */
    public EnforcementAction recordAction(ActionType type, LocalDate date, String note, AuctionResult auctionResult,
                                          String actor, LocalDate today) {
        if (type.needsConditions()) {
            requireStatus("the subject of " + type, EnumSet.of(CaseStatus.HAS_CONDITIONS));
        } else {
            requireStatus("the subject of " + type, CaseStatus.ACTIVE);
        }
        checkDate("date", date, today);
        if (type.needsConditions()) {
            onADayWithConditions("date", date);
        }
        if ((type == ActionType.AUCTION) != (auctionResult != null)) {
            throw RuleViolation.field("auctionResult", type == ActionType.AUCTION
                    ? "is required for an AUCTION (SOLD or UNSOLD)" : "is only for an AUCTION");
        }
        if (type == ActionType.COERCION) {
            CoercionPlan plan = CoercionPlan.approvedFor(id()).orElseThrow(() -> RuleViolation.rule("coercion-plan-not-approved",
                    "A coercion needs a coercion plan approved by the agency head"));
            plan.carriedOut(date);
        }
        // actions are not held to date order: the stage is that of the latest asset action by date (domain.md §8.5),
        // so one recorded late, dated before the action that set the stage, leaves it (the same day: the later recorded)
        if (AssetStage.moves(type) && (assetStageOn == null || !date.isBefore(assetStageOn))) {
            this.assetStage = AssetStage.after(type, auctionResult, assetStage);
            this.assetStageOn = date;
        }
        return new EnforcementAction(this, type, date, note, auctionResult, actor);
    }

    /** A steering committee's direction on a case still being enforced, given between the decision and today. */
    public SteeringDirection recordDirection(LocalDate directedOn, String body, String content, LocalDate deadline, String actor,
                                             LocalDate today) {
        requireNotFinal("directed");
        checkDate("directedOn", directedOn, today);
        return new SteeringDirection(this, directedOn, body, content, deadline, actor);
    }

    /** A coercion plan proposed for a case with conditions to enforce (coercion needs them). */
    /**
     * A coercion plan proposed on {@code proposedOn} (today when null), between the decision and today: a coercion
     * carried out before it was typed in, or migrated, is recorded with its own dates (domain.md §6).
     */
    public CoercionPlan proposeCoercion(LocalDate plannedFor, String content, String actor, LocalDate proposedOn, LocalDate today) {
        requireStatus("planned for coercion", EnumSet.of(CaseStatus.HAS_CONDITIONS));
        LocalDate on = proposedOn == null ? today : proposedOn;
        checkDate("proposedOn", on, today);
        onADayWithConditions("proposedOn", on);
        return new CoercionPlan(this, plannedFor, content, actor, on);
    }

    /** A plan is approved, as it is proposed, only while the case has conditions (not once it is paused or final), on such a day. */
    public void requireCoercionApprovable(LocalDate approvedOn) {
        requireStatus("approved for coercion", EnumSet.of(CaseStatus.HAS_CONDITIONS));
        onADayWithConditions("approvedOn", approvedOn);
    }

    /**
     * A security measure (biện pháp bảo đảm) on a case still being enforced, dated between the
     * decision and today. It changes neither the status nor the money, so it is not held to the
     * date order of those changes.
     */
    public SecurityMeasure applySecurityMeasure(SecurityMeasureType type, String decisionNumber, LocalDate appliedOn,
                                                String description, String actor, LocalDate today) {
        requireNotFinal("secured");
        checkDate("appliedOn", appliedOn, today);
        return new SecurityMeasure(this, type, decisionNumber, appliedOn, description, actor);
    }

    /** Collected money never exceeds what is outstanding. */
    /** {@code issuer}: the unit whose receipt book the receipt is numbered in (the case's holder on {@code collectedOn}). */
    public CollectionRecord collect(long amount, LocalDate collectedOn, String receiptNumber, String issuer, String actor, LocalDate today) {
        requireStatus("collected for", CaseStatus.ACTIVE);
        checkDate("collectedOn", collectedOn, today);
        Money.requireWithinLimit("amount", amount);
        if (amount > outstandingAmount()) {
            throw RuleViolation.rule("over-collection", "Collecting " + amount + " VND would exceed the "
                    + outstandingAmount() + " VND outstanding").with("outstandingAmount", outstandingAmount());
        }
        inDateOrder("collectedOn", collectedOn);
        this.collectedAmount += amount;
        return new CollectionRecord(this, issuer, amount, collectedOn, receiptNumber, actor);
    }

    /**
     * Records a decision exempting or reducing an obligation owed to the state budget (miễn, giảm).
     * A reduction relieves part of what is outstanding (all of it is an exemption); an exemption
     * relieves exactly what is outstanding and completes the case on the decision's date.
     */
    public ObligationReduction reduce(ReductionKind kind, String decisionNumber, LocalDate decisionDate, long amount,
                                      String actor, LocalDate today) {
        requireStatus(kind == ReductionKind.EXEMPTION ? "exempted" : "reduced", CaseStatus.ACTIVE);
        if (!categories.contains(Category.STATE_BUDGET)) {
            throw RuleViolation.rule("not-state-budget",
                    "Only obligations owed to the state budget (category STATE_BUDGET) are exempted or reduced");
        }
        // the state's claims are enforced ex officio (Luật THADS art. 36(2)); an ON_REQUEST case enforces a creditor's claim,
        // which a head's own STATE_BUDGET tag must not let them relieve (the category is theirs to change)
        if (this.kind != CaseKind.EX_OFFICIO) {
            throw RuleViolation.rule("not-state-budget",
                    "An obligation owed to the state budget is enforced ex officio; this case enforces a creditor's claim on request");
        }
        checkDate("decisionDate", decisionDate, today);
        Money.requireWithinLimit("amount", amount);
        long outstanding = outstandingAmount();
        if (kind == ReductionKind.REDUCTION && amount >= outstanding) {
            throw RuleViolation.rule("reduction-not-below-outstanding", "A reduction of " + amount + " VND must be less than the "
                    + outstanding + " VND outstanding; relieving all of it is an EXEMPTION").with("outstandingAmount", outstanding);
        }
        if (kind == ReductionKind.EXEMPTION && (outstanding == 0 || amount != outstanding)) {
            throw RuleViolation.rule("exemption-not-outstanding", "An exemption relieves exactly the " + outstanding
                    + " VND outstanding, not " + amount).with("outstandingAmount", outstanding);
        }
        inDateOrder("decisionDate", decisionDate);
        this.reducedAmount += amount;
        if (kind == ReductionKind.EXEMPTION) {
            this.closureOutcome = ClosureOutcome.COMPLETED;
            this.closedOn = decisionDate;
            this.status = CaseStatus.COMPLETED;
            endPublication();
        }
        return new ObligationReduction(this, kind, decisionNumber, decisionDate, amount, actor);
    }

    public CaseStatus postpone(LocalDate date, LocalDate today) {
        return pause(CaseStatus.POSTPONED, "postponed", date, today);
    }

    public CaseStatus suspend(LocalDate date, LocalDate today) {
        return pause(CaseStatus.SUSPENDED, "suspended", date, today);
    }

    private CaseStatus pause(CaseStatus pausedStatus, String verb, LocalDate date, LocalDate today) {
        CaseStatus previous = changeStatus(verb, CaseStatus.ACTIVE, pausedStatus, date, today);
        this.statusBeforePause = previous;
        return previous;
    }

    public CaseStatus resume(LocalDate date, LocalDate today) {
        CaseStatus previous = changeStatus("resumed", CaseStatus.PAUSED, statusBeforePause, date, today);
        this.statusBeforePause = null;
        return previous;
    }

    /** Moves a case in one of the statuses {@code from} to {@code to} on {@code date}; answers the status it left. */
    private CaseStatus changeStatus(String verb, Set<CaseStatus> from, CaseStatus to, LocalDate date, LocalDate today) {
        requireStatus(verb, from);
        checkDate("date", date, today);
        inDateOrder("date", date);
        CaseStatus previous = status;
        statusFrom(to, date);
        return previous;
    }

    /** The case has {@code to} from {@code date} (a re-verification that finds the same keeps the earlier date). */
    private void statusFrom(CaseStatus to, LocalDate date) {
        if (to != status) {
            // a case from before V16 starts its timeline here: the days before it stay unknown (not checked)
            this.statusTimeline = (statusTimeline == null ? "" : statusTimeline + ";") + to + "@" + date;
        }
        this.status = to;
    }

    /** What the case was on {@code date} (the last change dated on or before it); empty when not known (before V16). */
    Optional<CaseStatus> statusOn(LocalDate date) {
        if (statusTimeline == null) {
            return Optional.empty();
        }
        CaseStatus on = null;
        for (String entry : statusTimeline.split(";")) {
            int at = entry.indexOf('@');
            if (LocalDate.parse(entry.substring(at + 1)).isAfter(date)) {
                break;
            }
            on = CaseStatus.valueOf(entry.substring(0, at));
        }
        return Optional.ofNullable(on);
    }

    /**
     * What needs conditions to enforce is dated on a day the case had them: not on a day it was paused or had none (a
     * coercion dated while the case was suspended, recorded after it resumed); one done before a pause still can be.
     */
    private void onADayWithConditions(String field, LocalDate date) {
        statusOn(date).filter(on -> on != CaseStatus.HAS_CONDITIONS).ifPresent(on -> {
            throw RuleViolation.date(field, "must be a day the case had conditions to enforce: on " + date + " it was " + on)
                    .with("statusOnDate", on.name());
        });
    }

    public void delegate(String toAgencyCode, LocalDate date, LocalDate today) {
        requireStatus("delegated", CaseStatus.ACTIVE);
        checkDate("date", date, today);
        if (toAgencyCode.equals(agencyCode())) {
            throw RuleViolation.field("toAgencyCode", "must be another agency");
        }
        inDateOrder("date", date);
        this.delegatedTo = toAgencyCode;
        this.closedOn = date;
        this.status = CaseStatus.DELEGATED;
        endPublication();
    }

    /**
     * This new case enforces {@code delegated}, a case another agency delegated to this one (domain.md §3): the same
     * judgment and kind, decided on or after the delegation, for what was outstanding in it (domain.md §6: the money
     * delegated is the amount outstanding on the day of delegation; what was collected before stays there). Not less:
     * the delegating case counts all of it as delegated away, so a smaller new case would make the rest vanish from
     * every report (a head over both agencies could do it alone); what the debtor paid since is a collection here.
     */
    public void enforceDelegated(EnforcementCase delegated) {
        if (delegated.status != CaseStatus.DELEGATED) {
            throw new IllegalArgumentException("not a delegated case");
        }
        if (!judgment.sameAs(delegated.judgment)) {
            throw RuleViolation.rule("delegation-mismatch", "The new case must enforce the delegated case's judgment");
        }
        if (kind != delegated.kind) {
            throw RuleViolation.rule("delegation-mismatch", "The new case must have the delegated case's kind, " + delegated.kind);
        }
        Set<Category> judgments = EnumSet.copyOf(Category.OF_THE_JUDGMENT);
        judgments.retainAll(delegated.categories);
        Set<Category> typed = EnumSet.copyOf(Category.OF_THE_JUDGMENT);
        typed.retainAll(categories);
        if (!typed.equals(judgments)) {
            throw RuleViolation.rule("delegation-mismatch", "The new case must have the delegated case's categories of its judgment, "
                    + new TreeSet<>(judgments) + " (STATE_BUDGET and ADMINISTRATIVE are the judgment's)")
                    .with("categories", new TreeSet<>(judgments));
        }
        if (decisionDate.isBefore(delegated.closedOn)) {
            throw RuleViolation.date("decisionDate", "must not be before " + delegated.closedOn);
        }
        if (moneyAmount > delegated.outstandingAmount()) {
            throw RuleViolation.rule("over-delegation", "The new case enforces at most the " + delegated.outstandingAmount()
                    + " VND outstanding in the delegated case").with("outstandingAmount", delegated.outstandingAmount());
        }
        if (moneyAmount < delegated.outstandingAmount()) {
            throw RuleViolation.rule("delegation-mismatch", "The new case enforces the " + delegated.outstandingAmount()
                    + " VND outstanding in the delegated case; what was paid since is recorded as a collection in it")
                    .with("outstandingAmount", delegated.outstandingAmount());
        }
        this.delegatedFrom = delegated.id();
    }

    /**
     * The day the debtor was notified of the decision (thông báo thi hành án), when it was not known at opening: the
     * voluntary period, and so the first verification's limit, runs from it (domain.md §3). Recorded once.
     */
    public void recordDebtorNotified(LocalDate notifiedOn, LocalDate today) {
        requireNotFinal("notified");
        if (debtorNotifiedOn != null) {
            throw RuleViolation.state("debtor-notified", "The debtor's notification is already recorded, on " + debtorNotifiedOn)
                    .with("debtorNotifiedOn", debtorNotifiedOn);
        }
        checkDate("notifiedOn", notifiedOn, today);
        this.debtorNotifiedOn = notifiedOn;
    }

    public void close(ClosureOutcome outcome, LocalDate closedOn, LocalDate today) {
        requireNotFinal("closed");
        if (outcome == ClosureOutcome.COMPLETED) {
            requireStatus("completed", CaseStatus.ACTIVE);
            if (outstandingAmount() > 0) {
                throw RuleViolation.rule("money-outstanding", outstandingAmount()
                        + " VND is still outstanding: collect it, or terminate the case").with("outstandingAmount", outstandingAmount());
            }
        } else if (moneyAmount > 0 && outstandingAmount() == 0 && (otherObligations == null || otherObligations.isBlank())) {
            // paid in full, the case is done (completed), not ended short of it: terminated, the reports counted it as
            // relieved, not as enforced (review of session 31)
            throw RuleViolation.rule("nothing-outstanding", "Nothing the decision orders is outstanding: close the case as COMPLETED");
        }
        checkDate("closedOn", closedOn, today);
        inDateOrder("closedOn", closedOn);
        this.closureOutcome = outcome;
        this.closedOn = closedOn;
        this.status = outcome.status();
        this.statusBeforePause = null;
        endPublication();
    }

    /**
     * The categories an agency head sets; LARGE_VALUE stays derived from the money. ADMINISTRATIVE says what the case
     * is (an administrative judgment, never in the civil figures, domain.md §3), fixed at opening: added or dropped
     * later it would move the case into or out of every past civil figure, with nothing dated in those periods.
     */
    public void changeCategories(Set<Category> typed, LocalDate decidedOn, LocalDate today) {
        requireNotFinal("recategorised");
        // dated by the head's decision: a COMPLEX designation decided on 28 September and recorded on 3 October counted in
        // the next work year (review of session 31). Not before the last such decision: the reports order changes by date,
        // and would end with another set of categories than the case
        checkDate("decidedOn", decidedOn, today);
        if (categorisedOn != null && decidedOn.isBefore(categorisedOn)) {
            throw RuleViolation.date("decidedOn", "must not be before " + categorisedOn + ", the date of the last change of categories")
                    .with("lastChangeOn", categorisedOn);
        }
        if (typed.contains(Category.LARGE_VALUE)) {
            throw RuleViolation.field("categories", "LARGE_VALUE is derived from moneyAmount, not typed in");
        }
        if (typed.contains(Category.ADMINISTRATIVE) != categories.contains(Category.ADMINISTRATIVE)) {
            throw RuleViolation.field("categories", "ADMINISTRATIVE is set when the case is opened: keep it on an administrative"
                    + " judgment's case, never add it to another");
        }
        // whom the obligation is owed to is the decision's, not the head's to change: STATE_BUDGET alone lets a head exempt
        // or reduce it (domain.md §8.2), so a head who could add it could relieve a creditor's claim
        if (typed.contains(Category.STATE_BUDGET) != categories.contains(Category.STATE_BUDGET)) {
            throw RuleViolation.field("categories", "STATE_BUDGET is set when the case is opened, by the decision: keep it as it is");
        }
        EnumSet<Category> next = typed.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(typed);
        if (Category.isLargeValue(moneyAmount)) {
            next.add(Category.LARGE_VALUE);
        }
        this.categories.clear();
        this.categories.addAll(next);
        this.categorisedOn = decidedOn;
    }

    /** The statutory limits this case has passed, as stored; kept current at every change and nightly. */
    public void markOverdue(Set<String> rules) {
        this.overdueRules = storedRules(rules);
    }

    public static String storedRules(Set<String> rules) {
        return rules.isEmpty() ? null : String.join(",", new TreeSet<>(rules));
    }

    public String storedOverdueRules() {
        return overdueRules;
    }

    /** The case ended: the no-conditions decision is no longer published. */
    private void endPublication() {
        this.noConditionsDecisionNumber = null;
        this.noConditionsDecisionDate = null;
    }

    // ---- derived -------------------------------------------------------------------------------

    public long outstandingAmount() {
        return moneyAmount - collectedAmount - reducedAmount;
    }

    /** {@link #outstandingAmount()} in a JPQL query whose case is {@code c}: lists, sorts and sums read the same figure. */
    public static final String OUTSTANDING_JPQL = "(c.moneyAmount - c.collectedAmount - c.reducedAmount)";

    /** Unverified cases count as having conditions (domain.md §6). */
    public boolean effectivelyHasConditions() {
        return classification != VerificationResult.NO_CONDITIONS;
    }

    public Set<CaseFlag> flags(LocalDate today) {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        if (!status.isFinal() && effectivelyHasConditions() && decisionDate.isBefore(today.minusYears(1))) {
            flags.add(CaseFlag.OLD);
        }
        if (complaintCount >= 2) {
            flags.add(CaseFlag.MANY_COMPLAINTS);
        }
        if (overdueRules != null) {
            flags.add(CaseFlag.OVERDUE);
        }
        return flags;
    }

    public List<String> overdueRules() {
        return overdueRules == null ? List.of() : Arrays.asList(overdueRules.split(","));
    }

    public List<CaseParty> parties(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    // ---- checks --------------------------------------------------------------------------------

    private void requireNotFinal(String verb) {
        if (status.isFinal()) {
            throw illegal(verb);
        }
    }

    private void requireStatus(String verb, Set<CaseStatus> allowed) {
        if (!allowed.contains(status)) {
            throw illegal(verb);
        }
    }

    private RuleViolation illegal(String verb) {
        return RuleViolation.state("illegal-transition", "A case in status " + status + " cannot be " + verb)
                .with("currentStatus", status.name());
    }

    /** Business dates fall between the decision and today. */
    private void checkDate(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw RuleViolation.date(field, "must not be in the future");
        }
        if (date.isBefore(decisionDate)) {
            throw RuleViolation.date(field, "must not be before the decision date (" + decisionDate + ")");
        }
    }


    // ---- accessors -----------------------------------------------------------------------------

    @Override
    public SourceJudgment judgment() {
        return judgment;
    }

    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public CaseKind kind() { return kind; }
    public UUID courtJudgmentId() { return courtJudgmentId; }
    public long moneyAmount() { return moneyAmount; }
    public long collectedAmount() { return collectedAmount; }
    public long reducedAmount() { return reducedAmount; }
    public String otherObligations() { return otherObligations; }
    public Set<Category> categories() { return categories; }
    public CaseStatus status() { return status; }
    public VerificationResult classification() { return classification; }
    public LocalDate lastVerifiedOn() { return lastVerifiedOn; }
    public String noConditionsDecisionNumber() { return noConditionsDecisionNumber; }
    public LocalDate noConditionsDecisionDate() { return noConditionsDecisionDate; }
    public boolean extendedReverification() { return extendedReverification; }
    public Officer officer() { return officer; }
    public LocalDate assignedOn() { return assignedOn; }
    public int complaintCount() { return complaintCount; }
    public AssetStage assetStage() { return assetStage; }
    public LocalDate debtorNotifiedOn() { return debtorNotifiedOn; }
    public LocalDate requestReceivedOn() { return requestReceivedOn; }
    public LocalDate closedOn() { return closedOn; }
    public ClosureOutcome closureOutcome() { return closureOutcome; }
    public String delegatedTo() { return delegatedTo; }
    public UUID delegatedFrom() { return delegatedFrom; }
}
