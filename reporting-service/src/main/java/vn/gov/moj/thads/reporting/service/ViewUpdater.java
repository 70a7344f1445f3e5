package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.MalformedEventException;
import vn.gov.moj.thads.platform.inbox.Inbox;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.repository.CaseTimelineRepository;
import vn.gov.moj.thads.reporting.repository.ComplaintFactRepository;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies events to the reporting view, once (the inbox), in the caller's transaction. The view
 * stores each case's dated facts and the daily per-agency figures derived from them, so
 * duplicates and out-of-order events change nothing and a replay from offset 0 rebuilds the same
 * view. Events are checked first ({@link #checkCaseEvent}, which throws
 * {@link MalformedEventException} with the reason); the caller dead-letters what is refused.
 */
@ApplicationScoped
public class ViewUpdater {

    public static final String CONSUMER = "reporting-view";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ADMINISTRATIVE = "ADMINISTRATIVE";

    /** A checked event of either topic: its envelope and its typed data. */
    public record Checked<E>(EventEnvelope envelope, E event) {
    }

    /** An event the view refused, with the reason (for the dead-letter topic). */
    public record Refused(UUID eventId, String reason) {
    }

    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject ComplaintFactRepository complaintFacts;
    @Inject CaseTimelineRepository timelines;
    @Inject FigureAggregateRepository aggregates;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject ViewLock lock;
    @Inject LateEntryAudit lateEntries;

    /** @throws MalformedEventException with the reason when the view must not apply the event */
    public Checked<CaseEvents.CaseEvent> checkCaseEvent(EventEnvelope envelope) {
        return new Checked<>(withoutData(envelope), EventChecks.caseEvent(envelope, codec, orgUnits, clock));
    }

    /** @throws MalformedEventException with the reason when the view must not apply the event */
    public Checked<ComplaintEvents.ComplaintEvent> checkComplaintEvent(EventEnvelope envelope) {
        return new Checked<>(withoutData(envelope), EventChecks.complaintEvent(envelope, codec, orgUnits, clock));
    }

    /** The envelope without its JSON tree, once the typed event is read from it: a batch of thousands waits in memory. */
    private static EventEnvelope withoutData(EventEnvelope e) {
        return new EventEnvelope(e.specVersion(), e.id(), e.source(), e.type(), e.aggregateId(), e.time(), e.dataContentType(),
                e.schemaVersion(), e.agencyCode(), e.provinceCode(), null);
    }

    /**
     * Applies a batch of checked case events (in topic order): each case's dated facts are
     * updated, and the daily figures change by the difference between the case's day-by-day
     * contributions after and before, so the figures equal the sum over the cases whatever the
     * events' order. An event that contradicts what the view holds (collections above the money
     * to enforce) is not applied: it is returned with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refused> applyCaseEvents(List<Checked<CaseEvents.CaseEvent>> batch) {
        return applyCaseEvents(batch, true);
    }

    /**
     * As {@link #applyCaseEvents(List)}; {@code audit}: whether a change of a closed period's
     * figures is recorded as a late entry (not in a rebuild, which replays what was applied).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refused> applyCaseEvents(List<Checked<CaseEvents.CaseEvent>> batch, boolean audit) {
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, batch.stream().map(e -> e.envelope().id()).collect(Collectors.toSet()));
        List<Checked<CaseEvents.CaseEvent>> events = batch.stream().filter(e -> fresh.remove(e.envelope().id())).toList();
        List<Refused> refused = new ArrayList<>();
        if (events.isEmpty()) {
            return refused;
        }
        Map<UUID, CaseTimeline> cases = timelines.lock(events.stream().map(e -> e.event().facts().caseId()).collect(Collectors.toSet()));
        Map<CaseTimeline.AgencyDay, long[]> changes = new TreeMap<>();
        Map<UUID, Map<CaseTimeline.AgencyDay, long[]>> before = new java.util.HashMap<>();
        Map<UUID, List<String>> applied = new java.util.HashMap<>();
        Map<UUID, CaseTimelineRepository.CaseClass> classes = new java.util.HashMap<>();
        cases.values().forEach(t -> {
            before.put(t.caseId(), t.contributions(t.contributedThrough()));
            subtract(changes, before.get(t.caseId()));
        });
        CaseTimelineRepository.NewFacts added = new CaseTimelineRepository.NewFacts();
        for (Checked<CaseEvents.CaseEvent> checked : events) {
            EventEnvelope envelope = checked.envelope();
            CaseEvents.CaseEvent event = checked.event();
            CaseEvents.CaseFacts f = event.facts();
            CaseTimeline t = cases.computeIfAbsent(f.caseId(), CaseTimeline::new);
            boolean administrative = f.categories() != null && f.categories().contains(ADMINISTRATIVE);
            t.reported(f.agencyCode(), f.provinceCode(), f.decisionDate(), f.moneyAmount(), administrative, f.status(),
                    f.collectedAmount(), f.officerId(), envelope.time());
            if (event instanceof CaseEvents.CaseClassified e) {
                var v = new CaseTimeline.Verification(envelope.id(), e.verifiedOn(), envelope.time(), CaseTimeline.Classification.valueOf(e.result()));
                t.verified(v);
                added.verifications().add(new CaseTimelineRepository.Of<>(t.caseId(), v));
            } else if (event instanceof CaseEvents.CollectionRecorded e) {
                var c = new CaseTimeline.Collection(envelope.id(), e.collectedOn(), e.amount());
                var reason = t.cannotSettle(c.amount());
                if (reason.isPresent()) {
                    refused.add(new Refused(envelope.id(), reason.get()));
                    continue;
                }
                t.collected(c);
                added.collections().add(new CaseTimelineRepository.Of<>(t.caseId(), c));
            } else if (event instanceof CaseEvents.ObligationReduced e) {
                var r = new CaseTimeline.Reduction(envelope.id(), e.decidedOn(), e.amount());
                var reason = t.cannotSettle(r.amount());
                if (reason.isPresent()) {
                    refused.add(new Refused(envelope.id(), reason.get()));
                    continue;
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
            } else if (event instanceof CaseEvents.CaseDelegated e) {
                t.delegated(e.delegatedOn());
            } else if (event instanceof CaseEvents.CaseClosed e) {
                t.closed(CaseTimeline.Outcome.valueOf(e.outcome()), e.closedOn());
            }
            // CaseOpened, AdministrativeJudgmentAccepted, EnforcementActionRecorded, CaseCategorised, security measures,
            // directions and coercion plans: the reported facts are all a report needs
            applied.computeIfAbsent(t.caseId(), k -> new ArrayList<>()).add(envelope.type() + ":" + envelope.id());
            classes.merge(t.caseId(), new CaseTimelineRepository.CaseClass(t.caseId(), f.kind(),
                    f.categories() == null ? "" : String.join(",", f.categories()), envelope.time()),
                    (a, b) -> b.at().isBefore(a.at()) ? a : b);
        }
        int horizon = horizon();
        List<LateEntryAudit.CaseChange> caseChanges = new ArrayList<>();
        for (CaseTimeline t : cases.values()) {
            t.contributedThrough(Math.max(horizon, CaseTimeline.workYearOf(t.latestDate())));
            Map<CaseTimeline.AgencyDay, long[]> after = t.contributions(t.contributedThrough());
            add(changes, after);
            caseChanges.add(LateEntryAudit.CaseChange.of(t.caseId(), applied.getOrDefault(t.caseId(), List.of()),
                    before.getOrDefault(t.caseId(), Map.of()), after));
        }
        if (audit) {
            lateEntries.record(caseChanges);
        }
        timelines.save(cases.values(), added, classes);
        aggregates.add(changes);
        inbox.forget(CONSUMER, refused.stream().map(Refused::eventId).toList());
        return refused;
    }

    /**
     * Carries the given cases into every work year up to the current one (a new work year
     * begins on 1 October; cases still open then count as carried in).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carryForward(List<UUID> caseIds) {
        lock.holdShared();
        Map<UUID, CaseTimeline> cases = timelines.lock(caseIds);
        Map<CaseTimeline.AgencyDay, long[]> changes = new TreeMap<>();
        int horizon = horizon();
        for (CaseTimeline t : cases.values()) {
            subtract(changes, t.contributions(t.contributedThrough()));
            t.contributedThrough(Math.max(horizon, t.contributedThrough()));
            add(changes, t.contributions(t.contributedThrough()));
        }
        timelines.save(cases.values(), new CaseTimelineRepository.NewFacts(), Map.of());
        aggregates.add(changes);
    }

    /** The current work year: every case's figures are kept up to it. */
    public int horizon() {
        return CaseTimeline.workYearOf(LocalDate.now(clock));
    }

    private static void add(Map<CaseTimeline.AgencyDay, long[]> into, Map<CaseTimeline.AgencyDay, long[]> contributions) {
        contributions.forEach((key, v) -> CountedFigures.addTo(into.computeIfAbsent(key, k -> new long[CountedFigures.SIZE]), v));
    }

    private static void subtract(Map<CaseTimeline.AgencyDay, long[]> into, Map<CaseTimeline.AgencyDay, long[]> contributions) {
        contributions.forEach((key, v) -> CountedFigures.addTo(into.computeIfAbsent(key, k -> new long[CountedFigures.SIZE]),
                CountedFigures.minus(new long[CountedFigures.SIZE], v)));
    }

    /** Applies checked complaint events once each (the inbox): the petitions' dated facts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyComplaintEvents(List<Checked<ComplaintEvents.ComplaintEvent>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, batch.stream().map(e -> e.envelope().id()).collect(Collectors.toSet()));
        for (Checked<ComplaintEvents.ComplaintEvent> checked : batch) {
            if (fresh.remove(checked.envelope().id())) { // a duplicate within the batch is applied once
                complaintFacts.apply(checked.envelope(), checked.event());
            }
        }
    }
}
