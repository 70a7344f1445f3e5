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
import vn.gov.moj.thads.reporting.repository.CaseTimelineRepository;
import vn.gov.moj.thads.reporting.repository.ComplaintFactRepository;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The inbox of the case events. */
    public static final String CONSUMER = "reporting-view";
    /**
     * The inbox of the complaint events, apart: with one inbox for both topics, a complaint event sent under a case
     * event's id (the complaint service reads the case topic) made the view skip that case event as a duplicate.
     */
    public static final String COMPLAINT_CONSUMER = "reporting-view-complaints";

    /** The inbox of a topic's events. */
    public static String inboxOf(String topic) {
        return vn.gov.moj.thads.platform.event.Topics.CASE_EVENTS.equals(topic) ? CONSUMER : COMPLAINT_CONSUMER;
    }

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
    @Inject ReplayInbox replayed;
    @Inject vn.gov.moj.thads.reporting.repository.OfficerAccounts accounts;

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
     * figures is recorded as a late entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refused> applyCaseEvents(List<Checked<CaseEvents.CaseEvent>> batch, boolean audit) {
        return applyCaseEvents(batch, PendingCases.batch(audit));
    }

    /**
     * As {@link #applyCaseEvents(List)}, into {@code pending}: the cases and figures are written
     * once it holds as much as its bounds allow (at the end of every batch for a live one; a
     * rebuild then writes the rest with {@link #write}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refused> applyCaseEvents(List<Checked<CaseEvents.CaseEvent>> batch, PendingCases pending) {
        Set<UUID> fresh = firstDeliveries(pending.rebuild(), CONSUMER, batch.stream().map(e -> e.envelope().id()).collect(Collectors.toSet()));
        List<Checked<CaseEvents.CaseEvent>> events = batch.stream().filter(e -> fresh.remove(e.envelope().id())).toList();
        List<Refused> refused = new ArrayList<>();
        if (events.isEmpty()) {
            return refused;
        }
        timelines.lock(events.stream().map(e -> e.event().facts().caseId()).filter(id -> !pending.cases.containsKey(id))
                .collect(Collectors.toSet())).values().forEach(pending::read);
        for (Checked<CaseEvents.CaseEvent> checked : events) {
            pending.apply(checked).ifPresent(reason -> refused.add(new Refused(checked.envelope().id(), reason)));
        }
        if (pending.casesFull() || pending.figuresFull()) {
            write(pending, false);
        }
        List<UUID> notApplied = refused.stream().map(Refused::eventId).toList();
        if (pending.rebuild()) {
            replayed.forget(CONSUMER, notApplied);
        } else {
            inbox.forget(CONSUMER, notApplied);
        }
        return refused;
    }

    /** The events of {@code consumer}'s topic met for the first time: by the live consumers (the inbox) or by a rebuild's replay (its own). */
    private Set<UUID> firstDeliveries(boolean rebuild, String consumer, Set<UUID> ids) {
        return rebuild ? replayed.firstDeliveries(consumer, ids) : inbox.firstDeliveries(consumer, ids);
    }

    /**
     * Writes the cases {@code pending} holds, with the facts they gained, and the figure changes
     * once they reach its bound or {@code all} (a rebuild's to the agencies' day rows only: it
     * derives the other rows from them at its end).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(PendingCases pending, boolean all) {
        int horizon = horizon();
        List<LateEntryAudit.CaseChange> caseChanges = new ArrayList<>();
        for (CaseTimeline t : pending.cases.values()) {
            t.contributedThrough(Math.max(horizon, CaseTimeline.workYearOf(t.latestDate())));
            Map<CaseTimeline.AgencyDay, long[]> after = t.contributions(t.contributedThrough());
            pending.contributed(t, after);
            if (pending.audit()) {
                caseChanges.add(LateEntryAudit.CaseChange.of(t.caseId(), pending.applied.getOrDefault(t.caseId(), List.of()),
                        pending.before.getOrDefault(t.caseId(), Map.of()), after));
            }
        }
        if (pending.audit()) {
            lateEntries.record(caseChanges);
        }
        timelines.save(pending.cases.values(), pending.added, pending.classes);
        accounts.learn(pending.accounts);
        pending.casesWritten();
        if (all || pending.figuresFull()) {
            if (pending.rebuild()) {
                aggregates.addToDays(pending.figureChanges.sums(), pending.breakdownChanges.sums());
            } else {
                aggregates.add(pending.figureChanges.sums(), pending.breakdownChanges.sums());
            }
            pending.figuresWritten();
        }
    }

    /**
     * Carries the given cases into every work year up to the current one (a new work year
     * begins on 1 October; cases still open then count as carried in).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carryForward(List<UUID> caseIds) {
        lock.holdShared();
        PendingCases pending = PendingCases.batch(false);
        timelines.lock(caseIds).values().forEach(pending::read);
        int horizon = horizon();
        for (CaseTimeline t : pending.cases.values()) {
            t.contributedThrough(Math.max(horizon, t.contributedThrough()));
            pending.contributed(t, t.contributions(t.contributedThrough()));
        }
        timelines.save(pending.cases.values(), new CaseTimelineRepository.NewFacts(), Map.of());
        aggregates.add(pending.figureChanges.sums(), pending.breakdownChanges.sums());
    }

    /** The current work year: every case's figures are kept up to it. */
    public int horizon() {
        return CaseTimeline.workYearOf(LocalDate.now(clock));
    }

    /** Applies checked complaint events once each (the inbox, or a rebuild's {@code replay}): the petitions' dated facts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyComplaintEvents(List<Checked<ComplaintEvents.ComplaintEvent>> batch, boolean replay) {
        if (batch.isEmpty()) {
            return;
        }
        Set<UUID> fresh = firstDeliveries(replay, COMPLAINT_CONSUMER, batch.stream().map(e -> e.envelope().id()).collect(Collectors.toSet()));
        for (Checked<ComplaintEvents.ComplaintEvent> checked : batch) {
            if (fresh.remove(checked.envelope().id())) { // a duplicate within the batch is applied once
                complaintFacts.apply(checked.envelope(), checked.event());
            }
        }
    }
}
