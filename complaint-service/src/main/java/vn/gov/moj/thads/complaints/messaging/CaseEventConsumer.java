package vn.gov.moj.thads.complaints.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.complaints.model.CaseHolder;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.complaints.model.OfficerAccount;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.inbox.BatchIntake.Refused;
import vn.gov.moj.thads.platform.inbox.Inbox;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps this service's view of each case (agency, status) from the case events, so a petition
 * about a case is routed by the case's agency without calling the case service; and, from the
 * assignments, each officer's account, so a petition about an officer records their own.
 * <p>
 * Case events are keyed by case, so two assignments of one officer can be on two partitions, read by two replicas at
 * once: the account is learnt by an upsert that keeps the newer event in the database ({@link OfficerAccount#learn}),
 * never read and written back (an older event's update overwrote a newer one committed meanwhile, and two first
 * inserts failed one batch on the primary key, which then went again one record per transaction).
 * <p>
 * A poll's batch per transaction (one commit for hundreds of events, not one each), once per event
 * (the inbox). Every case event carries the case's facts; only those are read here. An event that
 * fails its checks (unknown type or source, unknown agency, a date out of range, a time in the
 * future) goes to the dead-letter topic with the reason, and the stream goes on: the platform's
 * {@link BatchIntake} (a batch failing because of a record is applied one record per transaction;
 * a failure of another kind, such as the database being down, leaves the batch unacknowledged).
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CONSUMER = "complaint-service";

    private record Checked(EventEnvelope envelope, CaseEvents.CaseEvent event) {
    }

    @Inject EntityManager em;
    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject BatchIntake intake;

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        intake.take(records, this::apply);
    }

    /**
     * Applies the records (in topic order) in the caller's transaction; returns those refused by their checks. (Not
     * private: OfficerAccountRaceTest runs two batches at once through it.)
     */
    List<Refused> apply(List<ConsumerRecord<String, String>> batch) {
        List<Refused> refused = new ArrayList<>();
        List<Checked> checked = BatchIntake.checkEach(batch, record -> {
            EventEnvelope envelope = codec.read(record.value());
            return new Checked(envelope, EventChecks.caseEvent(envelope, codec, orgUnits, clock));
        }, refused);
        if (checked.isEmpty()) {
            return refused;
        }
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, checked.stream().map(c -> c.envelope().id()).collect(Collectors.toSet()));
        Set<UUID> caseIds = checked.stream().map(c -> c.event().facts().caseId()).collect(Collectors.toSet());
        Map<UUID, CaseView> views = new HashMap<>();
        for (CaseView known : em.createQuery("from CaseView where caseId in :ids", CaseView.class).setParameter("ids", caseIds)
                .getResultList()) {
            views.put(known.caseId(), known);
        }
        Map<UUID, OfficerAccount.Learnt> learnt = new HashMap<>(); // per officer, the newest of the batch
        List<CaseHolder.Held> holders = new ArrayList<>();
        for (Checked c : checked) {
            if (fresh.remove(c.envelope().id())) { // a duplicate within the batch is applied once
                remember(views, c.event().facts(), c.envelope());
                heldBy(c.event(), holders);
                CaseEvents.CaseAssigned assigned = accountOf(c.event());
                if (assigned != null) {
                    learnt.merge(assigned.officerId(), new OfficerAccount.Learnt(assigned.officerId(), assigned.officerSubject(),
                            assigned.facts().agencyCode(), assigned.officerAgencyCode(), c.envelope().time()), OfficerAccount.Learnt::orLater);
                }
            }
        }
        OfficerAccount.learn(learnt.values());
        CaseHolder.remember(holders);
        return refused;
    }

    /** The officers the event shows holding its case: the case's officer, and an assignment's officer before. */
    private static void heldBy(CaseEvents.CaseEvent event, List<CaseHolder.Held> holders) {
        UUID caseId = event.facts().caseId();
        if (event.facts().officerId() != null) {
            holders.add(new CaseHolder.Held(caseId, event.facts().officerId()));
        }
        if (event instanceof CaseEvents.CaseAssigned assigned) {
            java.util.stream.Stream.of(assigned.officerId(), assigned.previousOfficerId()).filter(java.util.Objects::nonNull)
                    .forEach(officer -> holders.add(new CaseHolder.Held(caseId, officer)));
        }
    }

    /** An assignment that names the officer's account (one sent before the account was carried teaches nothing). */
    private static CaseEvents.CaseAssigned accountOf(CaseEvents.CaseEvent event) {
        return event instanceof CaseEvents.CaseAssigned assigned && assigned.officerSubject() != null ? assigned : null;
    }

    private static void remember(Map<UUID, CaseView> views, CaseEvents.CaseFacts facts, EventEnvelope event) {
        CaseView view = views.get(facts.caseId());
        if (view == null) {
            view = new CaseView(facts.caseId());
            view.apply(facts.agencyCode(), facts.provinceCode(), facts.status(), facts.officerId(), event.time());
            view.persist();
            views.put(facts.caseId(), view);
        } else {
            view.apply(facts.agencyCode(), facts.provinceCode(), facts.status(), facts.officerId(), event.time());
        }
    }
}
