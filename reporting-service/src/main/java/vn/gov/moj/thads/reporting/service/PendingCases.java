package vn.gov.moj.thads.reporting.service;

import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.model.ExactSums;
import vn.gov.moj.thads.reporting.repository.CaseTimelineRepository;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Case events applied in memory and not yet written ({@link ViewUpdater}): the cases they touched
 * with each stored case's share of the figures as read, the facts they added, and the sum of the
 * figure changes. A live batch writes them at its end. A rebuild keeps them over its batches, so
 * that a case or a daily figure that many batches touch is written once rather than once a batch,
 * and writes them whenever they grow past its bounds: the view is written incrementally either way,
 * so where the writes fall changes only their cost.
 */
public final class PendingCases {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final boolean audit;
    private final boolean rebuild;
    private final int maxCases;
    private final int maxFigureRows;
    final Map<UUID, CaseTimeline> cases = new HashMap<>();
    final Map<UUID, Map<CaseTimeline.AgencyDay, long[]>> before = new HashMap<>();
    CaseTimelineRepository.NewFacts added = new CaseTimelineRepository.NewFacts();
    final Map<UUID, CaseTimelineRepository.CaseClass> classes = new HashMap<>();
    /** The officers' accounts the assignments carried (OfficerAccounts). */
    final Map<UUID, String> accounts = new HashMap<>();
    /** Each case's applied events, for the late-entry audit (kept only when audited). */
    final Map<UUID, List<String>> applied = new HashMap<>();
    /** Sums over cases: exact at any size (a case's share is a long[], {@link CountedFigures}). */
    final ExactSums<CaseTimeline.AgencyDay> figureChanges = new ExactSums<>();
    /** The same changes per province and row of the breakdown by kind and category (each case's in each of its rows). */
    final ExactSums<FigureAggregateRepository.BreakdownDay> breakdownChanges = new ExactSums<>();

    private PendingCases(boolean audit, boolean rebuild, int maxCases, int maxFigureRows) {
        this.audit = audit;
        this.rebuild = rebuild;
        this.maxCases = maxCases;
        this.maxFigureRows = maxFigureRows;
    }

    /** A live batch's: written at the batch's end; {@code audit}: whether late entries are recorded. */
    public static PendingCases batch(boolean audit) {
        return new PendingCases(audit, false, 0, 0);
    }

    /**
     * A rebuild's: kept over batches until {@code maxCases} cases or {@code maxFigureRows} daily
     * figures are held; no audit; only the agencies' day rows are written as it goes, the month and
     * province rows once at its end, from them.
     */
    public static PendingCases rebuild(int maxCases, int maxFigureRows) {
        return new PendingCases(false, true, maxCases, maxFigureRows);
    }

    boolean audit() {
        return audit;
    }

    boolean rebuild() {
        return rebuild;
    }

    boolean casesFull() {
        return cases.size() >= maxCases;
    }

    boolean figuresFull() {
        return figureChanges.size() >= maxFigureRows || breakdownChanges.size() >= maxFigureRows;
    }

    /**
     * A case read from the view: its share of the figures leaves them, and the breakdown rows of
     * its kind and categories as stored, until it is written again (maybe of another kind).
     */
    void read(CaseTimeline stored) {
        Map<CaseTimeline.AgencyDay, long[]> share = stored.contributions(stored.contributedThrough());
        cases.put(stored.caseId(), stored);
        before.put(stored.caseId(), share);
        add(stored, share, -1);
    }

    /** A written case's share of the figures as it now stands, in the breakdown rows of its kind and categories now. */
    void contributed(CaseTimeline t, Map<CaseTimeline.AgencyDay, long[]> share) {
        add(t, share, 1);
    }

    /** Adds {@code sign} × the case's share to the figure changes and to those of its breakdown rows, by the categories of each day. */
    private void add(CaseTimeline t, Map<CaseTimeline.AgencyDay, long[]> share, int sign) {
        // most cases never change categories: every day in the rows of the ones they have (no spreading, no maps)
        List<String> rows = t.categoriesChanged() ? null : t.breakdownRows();
        share.forEach((key, v) -> {
            long[] change = sign > 0 ? v : CountedFigures.minus(new long[CountedFigures.SIZE], v);
            figureChanges.add(key, change);
            if (rows != null) {
                String province = OrgUnits.provinceOf(key.agencyCode());
                rows.forEach(row -> addToBreakdown(key.day(), province, row, change));
            }
        });
        if (rows == null) {
            t.breakdownShare(share).forEach((key, v) -> addToBreakdown(key.day(), OrgUnits.provinceOf(key.agencyCode()), key.row(),
                    sign > 0 ? v : CountedFigures.minus(new long[CountedFigures.SIZE], v)));
        }
    }

    private void addToBreakdown(LocalDate day, String province, String row, long[] change) {
        if (!row.equals(FigureAggregateRepository.DERIVED_ROW)) {
            breakdownChanges.add(new FigureAggregateRepository.BreakdownDay(day, province, row), change);
        }
    }

    /** After the figure changes are written. */
    void figuresWritten() {
        figureChanges.clear();
        breakdownChanges.clear();
    }

    /** After the cases are written: they are read again from the view when an event touches them. */
    void casesWritten() {
        cases.clear();
        before.clear();
        added = new CaseTimelineRepository.NewFacts();
        classes.clear();
        accounts.clear();
        applied.clear();
    }

    /** A refused event changes nothing: the case's facts as they were, and a case the view did not hold is not made by it. */
    private Optional<String> refused(CaseTimeline t, CaseTimeline.ReportedFacts held, Optional<String> reason) {
        t.restore(held);
        if (held.agencyCode() == null) {
            cases.remove(t.caseId());
        }
        return reason;
    }

    /**
     * Applies one checked event to its case (read before, or new): the reason when the event
     * contradicts what the case holds (collections above the money to enforce) and is not applied.
     */
    Optional<String> apply(ViewUpdater.Checked<CaseEvents.CaseEvent> checked) {
        EventEnvelope envelope = checked.envelope();
        CaseEvents.CaseEvent event = checked.event();
        CaseEvents.CaseFacts f = event.facts();
        CaseTimeline t = cases.computeIfAbsent(f.caseId(), CaseTimeline::new);
        CaseTimeline.ReportedFacts held = t.reportedFacts();
        t.reported(f.agencyCode(), f.provinceCode(), f.decisionDate(), f.moneyAmount(), f.status(),
                f.collectedAmount(), f.officerId(), envelope.time());
        if (event instanceof CaseEvents.CaseClassified e) {
            var v = new CaseTimeline.Verification(envelope.id(), e.verifiedOn(), envelope.time(), CaseTimeline.Classification.valueOf(e.result()));
            t.verified(v);
            added.verifications().add(new CaseTimelineRepository.Of<>(t.caseId(), v));
        } else if (event instanceof CaseEvents.CollectionRecorded e) {
            var c = new CaseTimeline.Collection(envelope.id(), e.collectedOn(), envelope.time(), e.amount());
            var reason = t.cannotSettle(c.amount());
            if (reason.isPresent()) {
                return refused(t, held, reason);
            }
            t.collected(c);
            added.collections().add(new CaseTimelineRepository.Of<>(t.caseId(), c));
        } else if (event instanceof CaseEvents.ObligationReduced e) {
            var r = new CaseTimeline.Reduction(envelope.id(), e.decidedOn(), e.amount());
            var reason = t.cannotSettle(r.amount());
            if (reason.isPresent()) {
                return refused(t, held, reason);
            }
            t.reduced(r);
            added.reductions().add(new CaseTimelineRepository.Of<>(t.caseId(), r));
        } else if (event instanceof CaseEvents.AdministrativeComplianceRecorded e) {
            if (e.step().equals("COMPLIED")) {
                t.closed(CaseTimeline.Outcome.COMPLETED, e.on());
            } else {
                var s = new CaseTimeline.StatusChange(envelope.id(), e.on(), envelope.time(), CaseTimeline.Change.valueOf(e.step()));
                t.statusChanged(s);
                added.statusChanges().add(new CaseTimelineRepository.Of<>(t.caseId(), s));
            }
        } else if (event instanceof CaseEvents.CaseStatusChanged e) {
            var s = new CaseTimeline.StatusChange(envelope.id(), e.effectiveOn(), envelope.time(), CaseTimeline.Change.valueOf(e.change()));
            t.statusChanged(s);
            added.statusChanges().add(new CaseTimelineRepository.Of<>(t.caseId(), s));
        } else if (event instanceof CaseEvents.CaseAssigned e) {
            // events before assignedOn existed: the day it was recorded
            LocalDate on = e.assignedOn() != null ? e.assignedOn() : envelope.time().atZoneSameInstant(VIETNAM).toLocalDate();
            var a = new CaseTimeline.Assignment(envelope.id(), on, envelope.time(), e.officerId());
            t.assigned(a);
            added.assignments().add(new CaseTimelineRepository.Of<>(t.caseId(), a));
            if (e.officerSubject() != null && !e.officerSubject().isBlank()) {
                accounts.put(e.officerId(), e.officerSubject());
            }
        } else if (event instanceof CaseEvents.CaseDelegated e) {
            t.delegated(e.delegatedOn());
        } else if (event instanceof CaseEvents.CaseClosed e) {
            t.closed(CaseTimeline.Outcome.valueOf(e.outcome()), e.closedOn());
        }
        // CaseOpened, AdministrativeJudgmentAccepted, EnforcementActionRecorded, security measures,
        // directions and coercion plans: the reported facts are all a report needs
        if (audit) {
            applied.computeIfAbsent(t.caseId(), k -> new ArrayList<>()).add(envelope.type() + ":" + envelope.id());
        }
        String categories = f.categories() == null ? "" : String.join(",", f.categories());
        t.classified(f.kind(), categories, envelope.time());
        if (event instanceof CaseEvents.CaseCategorised e) {
            // from the day of the agency head's decision (domain.md §3: COMPLEX is set by the head); an event from before
            // session 32 carries none, and is dated by when it was recorded
            LocalDate decided = e.categorisedOn() != null ? e.categorisedOn() : envelope.time().atZoneSameInstant(VIETNAM).toLocalDate();
            var c = new CaseTimeline.Categorisation(envelope.id(), decided, envelope.time(), categories);
            t.categorised(c);
            added.categorisations().add(new CaseTimelineRepository.Of<>(t.caseId(), c));
        }
        classes.merge(t.caseId(), new CaseTimelineRepository.CaseClass(t.caseId(), f.kind(), categories, envelope.time()),
                (a, b) -> b.at().isBefore(a.at()) ? a : b);
        return Optional.empty();
    }
}
