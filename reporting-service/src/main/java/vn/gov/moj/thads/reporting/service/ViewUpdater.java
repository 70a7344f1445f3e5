package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import vn.gov.moj.thads.reporting.model.FigureVector;
import vn.gov.moj.thads.reporting.repository.CaseTimelineRepository;
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

    private final EventCodec codec;
    private final Inbox inbox;
    private final EntityManager em;
    private final CaseTimelineRepository timelines;
    private final FigureAggregateRepository aggregates;
    private final OrgUnits orgUnits;
    private final Clock clock;

    public ViewUpdater(EventCodec codec, Inbox inbox, EntityManager em, CaseTimelineRepository timelines,
                       FigureAggregateRepository aggregates, OrgUnits orgUnits, Clock clock) {
        this.codec = codec;
        this.inbox = inbox;
        this.em = em;
        this.timelines = timelines;
        this.aggregates = aggregates;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** @throws MalformedEventException with the reason when the view must not apply the event */
    public Checked<CaseEvents.CaseEvent> checkCaseEvent(EventEnvelope envelope) {
        return new Checked<>(envelope, EventChecks.caseEvent(envelope, codec, orgUnits, clock));
    }

    /** @throws MalformedEventException with the reason when the view must not apply the event */
    public Checked<ComplaintEvents.ComplaintEvent> checkComplaintEvent(EventEnvelope envelope) {
        return new Checked<>(envelope, EventChecks.complaintEvent(envelope, codec, orgUnits, clock));
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
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, batch.stream().map(e -> e.envelope().id()).collect(Collectors.toSet()));
        List<Checked<CaseEvents.CaseEvent>> events = batch.stream().filter(e -> fresh.remove(e.envelope().id())).toList();
        List<Refused> refused = new ArrayList<>();
        if (events.isEmpty()) {
            return refused;
        }
        Map<UUID, CaseTimeline> cases = timelines.lock(events.stream().map(e -> e.event().facts().caseId()).collect(Collectors.toSet()));
        Map<CaseTimeline.DayKey, long[]> changes = new TreeMap<>();
        cases.values().forEach(t -> subtract(changes, t.contributions(t.contributedThrough())));
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
                var v = new CaseTimeline.Verification(envelope.id(), e.verifiedOn(), envelope.time(), e.result());
                t.verified(v);
                added.verifications().add(new CaseTimelineRepository.Of<>(t.caseId(), v));
            } else if (event instanceof CaseEvents.CollectionRecorded e) {
                var c = new CaseTimeline.Collection(envelope.id(), e.collectedOn(), e.amount());
                var reason = t.cannotCollect(c);
                if (reason.isPresent()) {
                    refused.add(new Refused(envelope.id(), reason.get()));
                    continue;
                }
                t.collected(c);
                added.collections().add(new CaseTimelineRepository.Of<>(t.caseId(), c));
            } else if (event instanceof CaseEvents.CaseStatusChanged e) {
                var s = new CaseTimeline.StatusChange(envelope.id(), e.effectiveOn(), envelope.time(), e.change());
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
                t.closed(e.outcome(), e.closedOn());
            }
            // CaseOpened, EnforcementActionRecorded, CaseCategorised: the reported facts are all a report needs
        }
        int horizon = horizon();
        for (CaseTimeline t : cases.values()) {
            t.contributedThrough(Math.max(horizon, CaseTimeline.workYearOf(t.latestDate())));
            add(changes, t.contributions(t.contributedThrough()));
        }
        timelines.save(cases.values(), added);
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
        Map<UUID, CaseTimeline> cases = timelines.lock(caseIds);
        Map<CaseTimeline.DayKey, long[]> changes = new TreeMap<>();
        int horizon = horizon();
        for (CaseTimeline t : cases.values()) {
            subtract(changes, t.contributions(t.contributedThrough()));
            t.contributedThrough(Math.max(horizon, t.contributedThrough()));
            add(changes, t.contributions(t.contributedThrough()));
        }
        timelines.save(cases.values(), new CaseTimelineRepository.NewFacts());
        aggregates.add(changes);
    }

    /** The current work year: every case's figures are kept up to it. */
    public int horizon() {
        return CaseTimeline.workYearOf(LocalDate.now(clock));
    }

    private static void add(Map<CaseTimeline.DayKey, long[]> into, Map<CaseTimeline.DayKey, long[]> contributions) {
        contributions.forEach((key, v) -> FigureVector.addTo(into.computeIfAbsent(key, k -> new long[FigureVector.SIZE]), v));
    }

    private static void subtract(Map<CaseTimeline.DayKey, long[]> into, Map<CaseTimeline.DayKey, long[]> contributions) {
        contributions.forEach((key, v) -> FigureVector.addTo(into.computeIfAbsent(key, k -> new long[FigureVector.SIZE]),
                FigureVector.minus(new long[FigureVector.SIZE], v)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyComplaintEvents(List<Checked<ComplaintEvents.ComplaintEvent>> batch) {
        batch.forEach(this::applyComplaintEvent);
    }

    /**
     * A petition's facts, and the due date it had from the event's business date on (null once
     * it is closed), so that "overdue" can be counted as at any date (domain.md §6).
     */
    private void applyComplaintEvent(Checked<ComplaintEvents.ComplaintEvent> checked) {
        EventEnvelope envelope = checked.envelope();
        if (!inbox.firstDelivery(CONSUMER, envelope.id())) {
            return;
        }
        ComplaintEvents.ComplaintEvent event = checked.event();
        ComplaintEvents.ComplaintFacts f = event.facts();
        LocalDate acceptedOn = event instanceof ComplaintEvents.ComplaintAccepted e ? e.acceptedOn() : null;
        LocalDate transferredOn = event instanceof ComplaintEvents.ComplaintTransferred e ? e.transferredOn() : null;
        LocalDate resolvedOn = event instanceof ComplaintEvents.ComplaintResolved e ? e.resolvedOn() : null;
        String decision = event instanceof ComplaintEvents.ComplaintResolved e ? e.decision() : null;
        Boolean onTime = event instanceof ComplaintEvents.ComplaintResolved e ? e.onTime() : null;
        LocalDate withdrawnOn = event instanceof ComplaintEvents.ComplaintWithdrawn e ? e.withdrawnOn() : null;
        LocalDate dueOn = "ACCEPTED".equals(f.status()) ? f.resolveBy()
                : ("RECEIVED".equals(f.status()) || "TRANSFERRED".equals(f.status())) ? f.acceptBy() : null;
        em.createNativeQuery("insert into complaint_fact (complaint_id, type, received_on, competent_agency, jurisdiction, repeat,"
                        + " status, accepted_on, transferred_on, resolved_on, decision, on_time, withdrawn_on, due_on, as_of)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                        + " on conflict (complaint_id) do update set"
                        + " status = case when excluded.as_of >= complaint_fact.as_of then excluded.status else complaint_fact.status end,"
                        + " due_on = case when excluded.as_of >= complaint_fact.as_of then excluded.due_on else complaint_fact.due_on end,"
                        + " competent_agency = case when excluded.as_of >= complaint_fact.as_of then excluded.competent_agency"
                        + " else complaint_fact.competent_agency end,"
                        + " accepted_on = coalesce(excluded.accepted_on, complaint_fact.accepted_on),"
                        + " transferred_on = coalesce(excluded.transferred_on, complaint_fact.transferred_on),"
                        + " resolved_on = coalesce(excluded.resolved_on, complaint_fact.resolved_on),"
                        + " decision = coalesce(excluded.decision, complaint_fact.decision),"
                        + " on_time = coalesce(excluded.on_time, complaint_fact.on_time),"
                        + " withdrawn_on = coalesce(excluded.withdrawn_on, complaint_fact.withdrawn_on),"
                        + " as_of = greatest(excluded.as_of, complaint_fact.as_of)")
                .setParameter(1, f.complaintId()).setParameter(2, f.type()).setParameter(3, f.receivedOn())
                .setParameter(4, f.competentAgencyCode()).setParameter(5, f.jurisdiction()).setParameter(6, f.repeatOf() != null)
                .setParameter(7, f.status()).setParameter(8, acceptedOn).setParameter(9, transferredOn)
                .setParameter(10, resolvedOn).setParameter(11, decision).setParameter(12, onTime)
                .setParameter(13, withdrawnOn).setParameter(14, dueOn).setParameter(15, envelope.time())
                .executeUpdate();
        if (event instanceof ComplaintEvents.ComplaintOverdue) {
            return; // a reminder: it changes no due date
        }
        LocalDate effectiveOn = acceptedOn != null ? acceptedOn : transferredOn != null ? transferredOn : resolvedOn != null ? resolvedOn
                : withdrawnOn != null ? withdrawnOn : event instanceof ComplaintEvents.ComplaintReceived ? f.receivedOn()
                : event instanceof ComplaintEvents.ComplaintTransferReceived e ? e.receivedOn()
                : envelope.time().atZoneSameInstant(VIETNAM).toLocalDate();
        em.createNativeQuery("insert into complaint_due (event_id, complaint_id, effective_on, occurred_at, due_on)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, envelope.id()).setParameter(2, f.complaintId()).setParameter(3, effectiveOn)
                .setParameter(4, envelope.time()).setParameter(5, dueOn).executeUpdate();
    }
}
