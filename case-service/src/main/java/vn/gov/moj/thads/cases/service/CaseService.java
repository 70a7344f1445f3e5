package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.cases.messaging.CaseEventPublisher;
import vn.gov.moj.thads.cases.model.ActionType;
import vn.gov.moj.thads.cases.model.AuctionResult;
import vn.gov.moj.thads.cases.model.CaseHistoryEntry;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.CaseRecord;
import vn.gov.moj.thads.cases.model.CaseOpening;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.ClosureOutcome;
import vn.gov.moj.thads.cases.model.CollectionRecord;
import vn.gov.moj.thads.cases.model.CourtJudgment;
import vn.gov.moj.thads.cases.model.EnforcementAction;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.OfficerLogin;
import vn.gov.moj.thads.cases.model.ObligationReduction;
import vn.gov.moj.thads.cases.model.Officer;
import vn.gov.moj.thads.cases.model.OfficerSecondment;
import vn.gov.moj.thads.cases.model.Pipeline;
import vn.gov.moj.thads.cases.model.ReductionKind;
import vn.gov.moj.thads.cases.model.SecurityMeasure;
import vn.gov.moj.thads.cases.model.SteeringDirection;
import vn.gov.moj.thads.cases.model.CoercionPlan;
import vn.gov.moj.thads.cases.model.SecurityMeasureType;
import vn.gov.moj.thads.cases.model.VerificationResult;
import vn.gov.moj.thads.cases.repository.CaseRepository;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.Versions;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static vn.gov.moj.thads.cases.messaging.CaseEventPublisher.facts;

/**
 * The enforcement case lifecycle. Each change checks access and the caller's version, lets the
 * case check its own rules, and records history and the event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    @Inject CaseRepository cases;
    @Inject CaseAccess access;
    @Inject CaseEventPublisher events;
    @Inject HistoryRecorder history;
    @Inject StatutoryLimits limits;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject AdministrativeJudgmentService administrativeJudgments;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens a case; {@code delegatedFromId}: the case another agency delegated to this one that it enforces, or null. */
    public EnforcementCase open(CaseOpening opening, UUID delegatedFromId) {
        access.requireMayOpenIn(opening.agencyCode());
        if (opening.categories().stream().anyMatch(Category.HEAD_ONLY::contains) && !access.isHeadOver(opening.agencyCode())) {
            throw ProblemException.forbidden("Only the agency head classifies a case as COMPLEX or ADMINISTRATIVE");
        }
        orgUnits.requireHolderOn(opening.agencyCode(), opening.decisionDate(), today(), "decisionDate");
        int year = opening.decisionDate().getYear();
        // the same office's numbering: a case of the same decision recorded at its successor before requireHolderOn
        List<String> numberedIn = new ArrayList<>(List.of(opening.agencyCode()));
        numberedIn.addAll(orgUnits.laterHoldersOf(opening.agencyCode(), opening.decisionDate()));
        if (cases.existsDecision(numberedIn, opening.decisionNumber().strip(), year)) {
            throw ProblemException.conflict("duplicate-decision", "Agency " + opening.agencyCode()
                    + " already has a case with decision number " + opening.decisionNumber().strip() + " in " + year);
        }
        UUID judgmentId = opening.courtJudgmentId();
        // a judgment sent to the agency opening the case (or to a unit of its records): a token mixing a province's role
        // with an office head's read another office's judgments and took one (review of session 31)
        Set<String> sameOffice = new java.util.HashSet<>(orgUnits.withPredecessors(opening.agencyCode()));
        sameOffice.addAll(numberedIn);
        CourtJudgment judgment = judgmentId == null ? null : CourtJudgment.<CourtJudgment>findByIdOptional(judgmentId)
                .filter(j -> access.scope().covers(j.agencyCode()) && sameOffice.contains(j.agencyCode()))
                .orElseThrow(() -> ProblemException.notFound("Court judgment " + judgmentId));
        EnforcementCase delegated = delegatedFromId == null ? null : delegationReceived(delegatedFromId, opening.agencyCode());
        if (opening.judgment() == null && judgment == null && delegated != null) {
            opening = opening.withJudgment(delegated.judgment());
        }
        if (opening.judgment() == null) {
            if (judgment == null) {
                throw ProblemException.invalidField("judgment", "is required unless courtJudgmentId names a submitted judgment");
            }
            opening = opening.withJudgment(judgment.judgment());
        }
        if (judgment != null && opening.kind() == CaseKind.EX_OFFICIO && opening.requestReceivedOn() == null) {
            // ex officio, the decision's limit runs from the day the court's judgment reached the agency (domain.md §3),
            // a business date in Vietnam; a judgment that arrived after the decision (a paper copy first) set no limit
            LocalDate arrived = judgment.receivedAt().atZoneSameInstant(WorkingCalendar.VIETNAM).toLocalDate();
            if (!arrived.isAfter(opening.decisionDate()) && !arrived.isBefore(opening.judgment().effectiveDate())) {
                opening = opening.withRequestReceivedOn(arrived);
            }
        }
        EnforcementCase c = EnforcementCase.open(opening, today());
        if (delegated != null) {
            c.enforceDelegated(delegated);
        }
        c.markOverdue(ruleNames(c));
        cases.persist(c);
        if (judgment != null) {
            judgment.accept(c.id());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("agencyCode", c.agencyCode());
        details.put("decisionNumber", c.decisionNumber());
        details.put("decisionDate", c.decisionDate());
        details.put("moneyAmount", c.moneyAmount());
        details.put("categories", new java.util.TreeSet<>(c.categories()));
        details.put("courtJudgmentId", c.courtJudgmentId());
        details.put("delegatedFromCaseId", c.delegatedFrom());
        history.record(c, access.actor(), "OPENED", details, null);
        events.publish(c, new CaseEvents.CaseOpened(facts(c), c.courtJudgmentId()));
        return c;
    }

    /**
     * A case delegated to {@code agencyCode} (or to a unit whose records it took over), for its head, and not yet opened
     * there; 404 for any other id or caller, so that the cases of other agencies cannot be probed through it.
     */
    private EnforcementCase delegationReceived(UUID id, String agencyCode) {
        EnforcementCase delegated = cases.findByIdOptional(id)
                .filter(d -> d.status() == CaseStatus.DELEGATED && access.isHeadOver(agencyCode)
                        && orgUnits.withPredecessors(agencyCode).contains(d.delegatedTo()))
                .orElseThrow(() -> ProblemException.notFound("Case " + id));
        // two openings from one delegation at once: the second waits here, then finds the first
        cases.getEntityManager().lock(delegated, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        cases.openedFrom(id).ifPresent(opened -> {
            throw ProblemException.conflict("delegation-opened", "Case " + id + " delegated to agency "
                    + delegated.delegatedTo() + " is already enforced there as case " + opened);
        });
        return delegated;
    }

    /** The cases delegated to agencies in the caller's scope that no case enforces yet, the earliest delegation first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnforcementCase> delegationsAwaitingOpening(int page, int size) {
        return cases.delegationsAwaitingOpening(access.delegationScope(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnforcementCase get(UUID id) {
        EnforcementCase c = cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        access.requireRead(c);
        return c;
    }

    /**
     * A case as {@code GET /cases/{id}} answers it: also to the head of the agency it was delegated to, who opens the
     * agency's own case from it (with its security measures and steering directions; its history, coercion plans and
     * other records stay with the delegating agency).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EnforcementCase read(UUID id) {
        EnforcementCase c = cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        if (!access.isDelegatedToCallersAgency(c)) {
            access.requireRead(c);
        }
        return c;
    }

    /** How many cases an org unit and the units below it hold now, per status, with their money (VND, exact at any size). */
    public record StatusCount(long cases, BigInteger moneyAmount, BigInteger collectedAmount, BigInteger reducedAmount) {
    }

    public record Counts(String orgUnit, java.util.Map<String, StatusCount> byStatus) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(String orgUnit) {
        boolean national = OrgUnits.NATIONAL.equals(orgUnit);
        if (!national && !orgUnits.isKnown(orgUnit)) {
            throw ProblemException.notFound("Org unit " + orgUnit);
        }
        if (!access.scope().nationwide() && (national || !access.scope().covers(orgUnit))) {
            throw ProblemException.forbidden("Counts of " + orgUnit + " are outside your scope");
        }
        java.util.Map<String, StatusCount> byStatus = new java.util.TreeMap<>();
        for (Object[] row : cases.countsByStatus(orgUnits.scopeOf(orgUnit))) {
            byStatus.put(row[0].toString(), new StatusCount(((Number) row[1]).longValue(), (BigInteger) row[2],
                    (BigInteger) row[3], (BigInteger) row[4]));
        }
        // the administrative judgments monitored, in statuses of their own (MONITORING … COMPLIED), without money
        administrativeJudgments.countsByStatus(orgUnits.scopeOf(orgUnit)).forEach((status, n) -> byStatus.put(status,
                new StatusCount(n, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO)));
        return new Counts(orgUnit, byStatus);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnforcementCase> search(CaseSearch search) {
        return cases.search(search, access.listScope(), access.limitedToAssignedCases() ? access.login() : null, today());
    }

    /** A pipeline: its cases in the caller's scope and filters, in all and per agency. */
    public record PipelineCount(Pipeline pipeline, long total, Map<String, Long> byAgency) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PipelineCount> pipelines(CaseSearch search) {
        OfficerLogin assignedTo = access.limitedToAssignedCases() ? access.login() : null;
        return java.util.Arrays.stream(Pipeline.values()).map(p -> {
            Map<String, Long> byAgency = cases.pipelineCounts(search.in(p), access.listScope(), assignedTo, today());
            return new PipelineCount(p, byAgency.values().stream().mapToLong(Long::longValue).sum(), byAgency);
        }).toList();
    }

    /** Unresolved directions: how many, how many past their deadline, and the first 100 by deadline. */
    public record Directions(long total, long overdue, List<SteeringDirection> first) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Directions openDirections(CaseSearch search) {
        OfficerLogin assignedTo = access.limitedToAssignedCases() ? access.login() : null;
        CaseSearch any = search.in(null);
        long[] counts = cases.openDirectionCounts(any, access.listScope(), assignedTo, today());
        return new Directions(counts[0], counts[1], cases.openDirections(any, access.listScope(), assignedTo, today(), 100));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseHistoryEntry> history(UUID id) {
        return CaseHistoryEntry.of(get(id).id());
    }

    public EnforcementCase assign(UUID id, String ifMatch, UUID officerId, LocalDate assignedOn) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        Officer officer = Officer.<Officer>findByIdOptional(officerId)
                .orElseThrow(() -> ProblemException.unprocessable("unknown-officer", "Officer " + officerId + " does not exist"));
        UUID previous = c.officer() == null ? null : c.officer().id();
        LocalDate on = assignedOn == null ? today() : assignedOn;
        String holding = orgUnits.representativeOn(c.agencyCode(), today());
        // a secondment counts for the agency that held the case on the assignment's day, not today's holder
        boolean seconded = OfficerSecondment.seconds(officer.id(), c.agencyCode(), orgUnits.representativeOn(c.agencyCode(), on), on);
        c.assign(officer, on, holding, seconded, today());
        history.record(c, access.actor(), "ASSIGNED", mapOf("officerId", officerId, "previousOfficerId", previous, "assignedOn", on), null);
        events.publish(c, new CaseEvents.CaseAssigned(facts(c), officerId, previous, on, officer.subject(), officer.agencyCode()));
        return c;
    }

    public EnforcementCase verify(UUID id, String ifMatch, VerificationResult result, LocalDate verifiedOn,
                                  boolean extendedReverification, EnforcementCase.NoConditionsDecision decision, String note) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireCaseWork(c);
        CaseStatus previous = c.status();
        c.verify(result, verifiedOn, extendedReverification, decision, today());
        c.markOverdue(ruleNames(c));
        history.record(c, access.actor(), "VERIFIED", mapOf("result", result, "verifiedOn", verifiedOn,
                "extendedReverification", extendedReverification, "noConditionsDecisionNumber", c.noConditionsDecisionNumber(),
                "noConditionsDecisionDate", c.noConditionsDecisionDate()), note);
        events.publish(c, new CaseEvents.CaseClassified(facts(c), result.name(), verifiedOn, previous.name(),
                c.noConditionsDecisionNumber(), c.noConditionsDecisionDate()));
        return c;
    }

    public EnforcementCase recordAction(UUID id, String ifMatch, ActionType type, LocalDate date, String note,
                                        AuctionResult auctionResult) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireCaseWork(c);
        EnforcementAction action = c.recordAction(type, date, note, auctionResult, access.actor(), today());
        action.persist();
        recordedBeside(c, "ACTION_" + type, mapOf("date", date, "auctionResult", auctionResult), note,
                new CaseEvents.EnforcementActionRecorded(facts(c), type.name(), date,
                        auctionResult == null ? null : auctionResult.name()));
        return c;
    }

    /** A measure and the case after the change (its new version is the answer's ETag). */
    public record MeasureChange(EnforcementCase enforcementCase, SecurityMeasure measure) {
    }

    /** A security measure on the case: by its officer or the agency head. */
    public MeasureChange applySecurityMeasure(UUID id, String ifMatch, SecurityMeasureType type, String decisionNumber,
                                              LocalDate appliedOn, String description) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireCaseWork(c);
        // one decision applies its measure once: sent again, the case held two freezes, and lifting one left the other in force
        String number = VietnameseText.visible(decisionNumber);
        if (SecurityMeasure.of(c.id()).stream().anyMatch(m -> m.type() == type && VietnameseText.visible(m.decisionNumber()).equals(number))) {
            throw ProblemException.conflict("duplicate-measure", "Decision " + number + " already applied a " + type + " on this case");
        }
        SecurityMeasure measure = c.applySecurityMeasure(type, number, appliedOn, description, access.actor(), today());
        measure.persist();
        recordedBeside(c, "MEASURE_APPLIED", mapOf("measureId", measure.id(), "type", type,
                "decisionNumber", measure.decisionNumber(), "appliedOn", appliedOn), null,
                new CaseEvents.SecurityMeasureApplied(facts(c), measure.id(), type.name(), appliedOn));
        return new MeasureChange(c, measure);
    }

    /** Lifts a measure (also on a case that has ended: its measures are lifted after). */
    public MeasureChange liftSecurityMeasure(UUID id, String ifMatch, UUID measureId, LocalDate liftedOn, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireCaseWork(c);
        SecurityMeasure measure = recordOf(c, SecurityMeasure.findByIdOptional(measureId),
                "Security measure " + measureId + " of case " + id);
        measure.lift(liftedOn, access.actor(), today());
        recordedBeside(c, "MEASURE_LIFTED", mapOf("measureId", measureId, "type", measure.type(),
                "liftedOn", liftedOn), reason,
                new CaseEvents.SecurityMeasureLifted(facts(c), measureId, measure.type().name(), liftedOn));
        return new MeasureChange(c, measure);
    }

    /**
     * Also to the head of the agency the case was delegated to, as the case itself ({@link #read}): a freeze stays in force
     * through the delegation, and the receiving agency collects from what it holds.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SecurityMeasure> securityMeasures(UUID id) {
        return SecurityMeasure.of(read(id).id());
    }

    /** A direction and the case after the change. */
    public record DirectionChange(EnforcementCase enforcementCase, SteeringDirection direction) {
    }

    /** A steering committee's direction on a case (agency head). */
    public DirectionChange recordDirection(UUID id, String ifMatch, LocalDate directedOn, String body, String content, LocalDate deadline) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        SteeringDirection direction = c.recordDirection(directedOn, body, content, deadline, access.actor(), today());
        direction.persist();
        recordedBeside(c, "DIRECTED", mapOf("directionId", direction.id(), "directedOn", directedOn,
                "body", direction.body(), "deadline", deadline), direction.content(),
                new CaseEvents.SteeringDirectionRecorded(facts(c), direction.id(), directedOn, deadline));
        return new DirectionChange(c, direction);
    }

    /** The outcome of a direction (agency head). */
    public DirectionChange resolveDirection(UUID id, String ifMatch, UUID directionId, String outcome, LocalDate resolvedOn) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        SteeringDirection direction = recordOf(c, SteeringDirection.findByIdOptional(directionId),
                "Direction " + directionId + " of case " + id);
        direction.resolve(outcome, resolvedOn, today());
        recordedBeside(c, "DIRECTION_RESOLVED", mapOf("directionId", directionId, "resolvedOn", resolvedOn), outcome,
                new CaseEvents.SteeringDirectionResolved(facts(c), directionId, resolvedOn));
        return new DirectionChange(c, direction);
    }

    /** Also to the head of the agency the case was delegated to ({@link #read}): the committee's direction still waits on it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SteeringDirection> directions(UUID id) {
        return SteeringDirection.of(read(id).id());
    }

    /** A coercion plan and the case after the change. */
    public record PlanChange(EnforcementCase enforcementCase, CoercionPlan plan) {
    }

    /** The case's officer or the agency head proposes a coercion plan. */
    public PlanChange proposeCoercion(UUID id, String ifMatch, LocalDate plannedFor, String content, LocalDate proposedOn) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireCaseWork(c);
        CoercionPlan plan = c.proposeCoercion(plannedFor, content, access.actor(), proposedOn, today());
        plan.persist();
        recordedBeside(c, "COERCION_PLANNED", mapOf("planId", plan.id(), "plannedFor", plannedFor), content,
                new CaseEvents.CoercionPlanProposed(facts(c), plan.id(), plannedFor));
        return new PlanChange(c, plan);
    }

    /** The agency head approves a coercion plan: only then can the coercion be recorded. */
    public PlanChange approveCoercion(UUID id, String ifMatch, UUID planId, LocalDate approvedOn) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        CoercionPlan plan = CoercionPlan.of(c.id(), planId)
                .orElseThrow(() -> ProblemException.notFound("Coercion plan " + planId + " of case " + id));
        LocalDate on = approvedOn == null ? today() : approvedOn;
        c.requireCoercionApprovable(on);
        plan.approve(on, access.actor(), today());
        recordedBeside(c, "COERCION_PLAN_APPROVED", mapOf("planId", planId, "approvedOn", on), null,
                new CaseEvents.CoercionPlanApproved(facts(c), planId, on));
        return new PlanChange(c, plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoercionPlan> coercionPlans(UUID id) {
        return CoercionPlan.of(get(id).id());
    }

    public EnforcementCase collect(UUID id, String ifMatch, long amount, LocalDate collectedOn, String receiptNumber) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireCaseWork(c);
        // a receipt is numbered in the book of the unit that issues it: a case of Phủ Lý's office (35.01) collected on in
        // 2026 is 37.02's, whose own cases share that book (the unique index is on the unit, year and number)
        String issuer = orgUnits.representativeOn(c.agencyCode(), collectedOn);
        if (CollectionRecord.receiptExists(issuer, receiptNumber, collectedOn.getYear())) {
            throw ProblemException.conflict("duplicate-receipt", "Receipt " + receiptNumber.strip()
                    + " is already recorded in agency " + issuer + " in " + collectedOn.getYear());
        }
        CollectionRecord collection = c.collect(amount, collectedOn, receiptNumber, issuer, access.actor(), today());
        collection.persist();
        history.record(c, access.actor(), "COLLECTED", mapOf("amount", amount, "collectedOn", collectedOn,
                "receiptNumber", collection.receiptNumber(), "outstandingAmount", c.outstandingAmount()), null);
        events.publish(c, new CaseEvents.CollectionRecorded(facts(c), amount, collectedOn, collection.receiptNumber()));
        return c;
    }

    /**
     * An exemption or reduction of an obligation owed to the state budget (agency head): the
     * amount is no longer outstanding; an exemption also completes the case (a CaseClosed follows).
     */
    public EnforcementCase reduce(UUID id, String ifMatch, ReductionKind kind, String decisionNumber, LocalDate decisionDate,
                                  long amount, String note) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        // one decision relieves once: sent again (an answer lost, the case read again and the request resent), it doubled
        // the money relieved in the case and in every report
        String number = VietnameseText.visible(decisionNumber);
        if (ObligationReduction.of(c.id()).stream().anyMatch(r -> VietnameseText.visible(r.decisionNumber()).equals(number))) {
            throw ProblemException.conflict("duplicate-reduction", "Decision " + number + " is already recorded on this case");
        }
        ObligationReduction reduction = c.reduce(kind, number, decisionDate, amount, access.actor(), today());
        reduction.persist();
        c.markOverdue(ruleNames(c));
        history.record(c, access.actor(), kind == ReductionKind.EXEMPTION ? "EXEMPTED" : "REDUCED", mapOf("decisionNumber",
                reduction.decisionNumber(), "decisionDate", decisionDate, "amount", amount, "outstandingAmount", c.outstandingAmount()), note);
        events.publish(c, new CaseEvents.ObligationReduced(facts(c), kind.name(), reduction.decisionNumber(), decisionDate, amount));
        if (kind == ReductionKind.EXEMPTION) {
            events.publish(c, new CaseEvents.CaseClosed(facts(c), ClosureOutcome.COMPLETED.name(), decisionDate));
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObligationReduction> reductions(UUID id) {
        return ObligationReduction.of(get(id).id());
    }

    public EnforcementCase postpone(UUID id, String ifMatch, LocalDate date, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        CaseStatus previous = c.postpone(date, today());
        return statusChanged(c, "POSTPONED", previous, date, reason);
    }

    public EnforcementCase suspend(UUID id, String ifMatch, LocalDate date, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        CaseStatus previous = c.suspend(date, today());
        return statusChanged(c, "SUSPENDED", previous, date, reason);
    }

    /**
     * The head records the day the debtor was notified, when it was not given at opening: not the assigned officer, whose
     * own lateness (FIRST_VERIFICATION_LATE) that date decides.
     */
    public EnforcementCase recordDebtorNotified(UUID id, String ifMatch, LocalDate notifiedOn) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        c.recordDebtorNotified(notifiedOn, today());
        c.markOverdue(ruleNames(c));
        history.record(c, access.actor(), "DEBTOR_NOTIFIED", mapOf("notifiedOn", notifiedOn), null);
        return c;
    }

    public EnforcementCase resume(UUID id, String ifMatch, LocalDate date, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        CaseStatus previous = c.resume(date, today());
        return statusChanged(c, "RESUMED", previous, date, reason);
    }

    private EnforcementCase statusChanged(EnforcementCase c, String change, CaseStatus previous, LocalDate date, String reason) {
        c.markOverdue(ruleNames(c));
        history.record(c, access.actor(), change, mapOf("date", date, "from", previous, "to", c.status()), reason);
        events.publish(c, new CaseEvents.CaseStatusChanged(facts(c), change, previous.name(), date));
        return c;
    }

    public EnforcementCase delegate(UUID id, String ifMatch, String toAgencyCode, LocalDate date, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        if (!orgUnits.isAgencyValidOn(toAgencyCode, date)) {
            throw ProblemException.unprocessable("unknown-agency", "Agency " + toAgencyCode + " does not exist on " + date);
        }
        if (!toAgencyCode.equals(c.agencyCode())
                && orgUnits.representativeOn(toAgencyCode, date).equals(orgUnits.representativeOn(c.agencyCode(), date))) {
            // a case of a unit merged into the head's own office, "delegated" there and opened again, lost its flags, its
            // overdue limits and its complaints, and left the old and overdue lists as a fresh case
            throw ProblemException.unprocessable("no-delegation-needed", "Agency " + toAgencyCode + " holds the records of agency "
                    + c.agencyCode() + " on " + date + ": the case is enforced there as it is");
        }
        c.delegate(toAgencyCode, date, today());
        c.markOverdue(ruleNames(c));
        history.record(c, access.actor(), "DELEGATED", mapOf("toAgencyCode", toAgencyCode, "date", date), reason);
        events.publish(c, new CaseEvents.CaseDelegated(facts(c), toAgencyCode, date));
        return c;
    }

    public EnforcementCase close(UUID id, String ifMatch, ClosureOutcome outcome, LocalDate closedOn, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        c.close(outcome, closedOn, today());
        c.markOverdue(ruleNames(c));
        history.record(c, access.actor(), "CLOSED", mapOf("outcome", outcome, "closedOn", closedOn,
                "collectedAmount", c.collectedAmount(), "outstandingAmount", c.outstandingAmount()), reason);
        events.publish(c, new CaseEvents.CaseClosed(facts(c), outcome.name(), closedOn));
        return c;
    }

    /** {@code decidedOn}: the date of the head's decision, today when not given. */
    public EnforcementCase changeCategories(UUID id, String ifMatch, Set<Category> categories, LocalDate decidedOn, String reason) {
        EnforcementCase c = forChange(id, ifMatch);
        access.requireHeadDecision(c);
        Set<Category> before = new java.util.TreeSet<>(c.categories());
        LocalDate on = decidedOn == null ? today() : decidedOn;
        c.changeCategories(categories, on, today());
        history.record(c, access.actor(), "RECATEGORISED", mapOf("from", before, "to", new java.util.TreeSet<>(c.categories()),
                "decidedOn", on), reason);
        events.publish(c, new CaseEvents.CaseCategorised(facts(c), on));
        return c;
    }

    /** Loads a case for a change: it must be readable, and the caller must hold its current version. */
    private EnforcementCase forChange(UUID id, String ifMatch) {
        EnforcementCase c = cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        access.requireRead(c);
        Versions.requireMatch(ifMatch, c.version(), "case");
        return c;
    }

    private Set<String> ruleNames(EnforcementCase c) {
        return limits.passed(c, today()).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A change kept beside the case (an action, a measure, a direction, a plan): the case's version
     * moves on all the same, so that its ETag changes, then its history and its event.
     */
    private void recordedBeside(EnforcementCase c, String action, Map<String, ?> details, String reason, CaseEvents.CaseEvent event) {
        cases.forceVersionIncrement(c);
        history.record(c, access.actor(), action, details, reason);
        events.publish(c, event);
    }

    /** A record of case {@code c} by its id, or 404 naming {@code what}: one of another case is not found either. */
    private static <R extends CaseRecord> R recordOf(EnforcementCase c, Optional<R> found, String what) {
        return found.filter(r -> r.isOn(c)).orElseThrow(() -> ProblemException.notFound(what));
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
