package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.Inbox;

import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.FigureVector;
import vn.gov.moj.thads.reporting.repository.CaseTimelineRepository;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.time.Clock;
import java.time.LocalDate;
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
 * view.
 */
@ApplicationScoped
public class ViewUpdater {

    public static final String CONSUMER = "reporting-view";

    record AnyCaseEvent(CaseEvents.CaseFacts facts, LocalDate verifiedOn, String result, long amount, LocalDate collectedOn,
                        String change, LocalDate effectiveOn, LocalDate delegatedOn, String outcome, LocalDate closedOn) {
    }

    record AnyComplaintEvent(ComplaintEvents.ComplaintFacts facts, LocalDate acceptedOn, LocalDate transferredOn,
                             String decision, LocalDate resolvedOn, Boolean onTime, LocalDate withdrawnOn) {
    }

    private final EventCodec codec;
    private final Inbox inbox;
    private final EntityManager em;
    private final CaseTimelineRepository timelines;
    private final FigureAggregateRepository aggregates;
    private final Clock clock;

    public ViewUpdater(EventCodec codec, Inbox inbox, EntityManager em, CaseTimelineRepository timelines,
                       FigureAggregateRepository aggregates, Clock clock) {
        this.codec = codec;
        this.inbox = inbox;
        this.em = em;
        this.timelines = timelines;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /**
     * Applies a batch of case events (in topic order): each case's dated facts are updated, and
     * the daily figures change by the difference between the case's day-by-day contributions
     * after and before, so the figures equal the sum over the cases whatever the events' order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCaseEvents(List<EventEnvelope> batch) {
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, batch.stream().map(EventEnvelope::id).collect(Collectors.toSet()));
        List<Map.Entry<EventEnvelope, AnyCaseEvent>> events = new ArrayList<>();
        for (EventEnvelope event : batch) {
            if (fresh.remove(event.id())) {
                AnyCaseEvent e = codec.data(event, AnyCaseEvent.class);
                if (e.facts() != null && e.facts().caseId() != null && e.facts().decisionDate() != null) {
                    events.add(Map.entry(event, e));
                }
            }
        }
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, CaseTimeline> cases = timelines.lock(events.stream().map(e -> e.getValue().facts().caseId()).collect(Collectors.toSet()));
        Map<CaseTimeline.DayKey, long[]> changes = new TreeMap<>();
        cases.values().forEach(t -> subtract(changes, t.contributions(t.contributedThrough())));
        var verifications = new ArrayList<CaseTimelineRepository.Of<CaseTimeline.Verification>>();
        var collections = new ArrayList<CaseTimelineRepository.Of<CaseTimeline.Collection>>();
        var statusChanges = new ArrayList<CaseTimelineRepository.Of<CaseTimeline.StatusChange>>();
        for (var entry : events) {
            EventEnvelope event = entry.getKey();
            AnyCaseEvent e = entry.getValue();
            CaseEvents.CaseFacts f = e.facts();
            CaseTimeline t = cases.computeIfAbsent(f.caseId(), CaseTimeline::new);
            t.reported(f.agencyCode(), f.provinceCode(), f.decisionDate(), f.moneyAmount(), f.status(), f.collectedAmount(),
                    f.officerId(), event.time());
            switch (event.type()) {
                case "CaseClassified" -> {
                    var v = new CaseTimeline.Verification(event.id(), e.verifiedOn(), event.time(), e.result());
                    t.verified(v);
                    verifications.add(new CaseTimelineRepository.Of<>(t.caseId(), v));
                }
                case "CollectionRecorded" -> {
                    var c = new CaseTimeline.Collection(event.id(), e.collectedOn(), e.amount());
                    t.collected(c);
                    collections.add(new CaseTimelineRepository.Of<>(t.caseId(), c));
                }
                case "CaseStatusChanged" -> {
                    var s = new CaseTimeline.StatusChange(event.id(), e.effectiveOn(), event.time(), e.change());
                    t.statusChanged(s);
                    statusChanges.add(new CaseTimelineRepository.Of<>(t.caseId(), s));
                }
                case "CaseDelegated" -> t.delegated(e.delegatedOn());
                case "CaseClosed" -> t.closed(e.outcome(), e.closedOn());
                default -> {
                    // opened, assigned, actions, categories: the reported facts are all a report needs
                }
            }
        }
        int horizon = horizon();
        for (CaseTimeline t : cases.values()) {
            t.contributedThrough(Math.max(horizon, CaseTimeline.workYearOf(t.latestDate())));
            add(changes, t.contributions(t.contributedThrough()));
        }
        timelines.save(cases.values(), verifications, collections, statusChanges);
        aggregates.add(changes);
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
        timelines.save(cases.values(), List.of(), List.of(), List.of());
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
    public void applyComplaintEvents(List<EventEnvelope> batch) {
        batch.forEach(this::applyComplaintEvent);
    }

    private void applyComplaintEvent(EventEnvelope event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        AnyComplaintEvent e = codec.data(event, AnyComplaintEvent.class);
        ComplaintEvents.ComplaintFacts f = e.facts();
        if (f == null || f.complaintId() == null) {
            return;
        }
        LocalDate dueOn = "ACCEPTED".equals(f.status()) ? f.resolveBy()
                : ("RECEIVED".equals(f.status()) || "TRANSFERRED".equals(f.status())) ? f.acceptBy() : null;
        em.createNativeQuery("insert into complaint_fact (complaint_id, type, received_on, competent_agency, jurisdiction, repeat,"
                        + " status, accepted_on, transferred_on, resolved_on, decision, on_time, withdrawn_on, due_on, as_of)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                        + " on conflict (complaint_id) do update set"
                        + " status = case when excluded.as_of >= complaint_fact.as_of then excluded.status else complaint_fact.status end,"
                        + " due_on = case when excluded.as_of >= complaint_fact.as_of then excluded.due_on else complaint_fact.due_on end,"
                        + " competent_agency = excluded.competent_agency,"
                        + " accepted_on = coalesce(excluded.accepted_on, complaint_fact.accepted_on),"
                        + " transferred_on = coalesce(excluded.transferred_on, complaint_fact.transferred_on),"
                        + " resolved_on = coalesce(excluded.resolved_on, complaint_fact.resolved_on),"
                        + " decision = coalesce(excluded.decision, complaint_fact.decision),"
                        + " on_time = coalesce(excluded.on_time, complaint_fact.on_time),"
                        + " withdrawn_on = coalesce(excluded.withdrawn_on, complaint_fact.withdrawn_on),"
                        + " as_of = greatest(excluded.as_of, complaint_fact.as_of)")
                .setParameter(1, f.complaintId()).setParameter(2, f.type()).setParameter(3, f.receivedOn())
                .setParameter(4, f.competentAgencyCode()).setParameter(5, f.jurisdiction()).setParameter(6, f.repeatOf() != null)
                .setParameter(7, f.status()).setParameter(8, e.acceptedOn()).setParameter(9, e.transferredOn())
                .setParameter(10, e.resolvedOn()).setParameter(11, e.decision()).setParameter(12, e.onTime())
                .setParameter(13, e.withdrawnOn()).setParameter(14, dueOn).setParameter(15, event.time())
                .executeUpdate();
    }
}
