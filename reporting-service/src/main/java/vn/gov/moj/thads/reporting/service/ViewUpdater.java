package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.Inbox;

import java.time.LocalDate;

/**
 * Applies an event to the reporting view, once (the inbox), in the caller's transaction. Only
 * dated facts are stored, never running totals, so duplicates and out-of-order events change
 * nothing and a replay from offset 0 rebuilds the same view.
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

    public ViewUpdater(EventCodec codec, Inbox inbox, EntityManager em) {
        this.codec = codec;
        this.inbox = inbox;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCaseEvent(EventEnvelope event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        AnyCaseEvent e = codec.data(event, AnyCaseEvent.class);
        CaseEvents.CaseFacts f = e.facts();
        if (f == null || f.caseId() == null) {
            return;
        }
        em.createNativeQuery("insert into case_fact (case_id, agency_code, province_code, opened_on, money_amount)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict (case_id) do update set agency_code = excluded.agency_code,"
                        + " province_code = excluded.province_code, opened_on = excluded.opened_on, money_amount = excluded.money_amount")
                .setParameter(1, f.caseId()).setParameter(2, f.agencyCode()).setParameter(3, f.provinceCode())
                .setParameter(4, f.decisionDate()).setParameter(5, f.moneyAmount()).executeUpdate();
        switch (event.type()) {
            case "CaseClassified" -> em.createNativeQuery("insert into case_verification (event_id, case_id, verified_on, result, occurred_at)"
                            + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, event.id()).setParameter(2, f.caseId()).setParameter(3, e.verifiedOn())
                    .setParameter(4, e.result()).setParameter(5, event.time()).executeUpdate();
            case "CollectionRecorded" -> em.createNativeQuery("insert into case_collection (event_id, case_id, collected_on, amount)"
                            + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, event.id()).setParameter(2, f.caseId()).setParameter(3, e.collectedOn())
                    .setParameter(4, e.amount()).executeUpdate();
            case "CaseStatusChanged" -> em.createNativeQuery("insert into case_status_change (event_id, case_id, effective_on, change, occurred_at)"
                            + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, event.id()).setParameter(2, f.caseId()).setParameter(3, e.effectiveOn())
                    .setParameter(4, e.change()).setParameter(5, event.time()).executeUpdate();
            case "CaseDelegated" -> em.createNativeQuery("update case_fact set delegated_on = ?2 where case_id = ?1")
                    .setParameter(1, f.caseId()).setParameter(2, e.delegatedOn()).executeUpdate();
            case "CaseClosed" -> em.createNativeQuery("update case_fact set closed_on = ?2, outcome = ?3 where case_id = ?1")
                    .setParameter(1, f.caseId()).setParameter(2, e.closedOn()).setParameter(3, e.outcome()).executeUpdate();
            default -> {
                // opened, assigned, actions, categories: the facts above are all a report needs
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyComplaintEvent(EventEnvelope event) {
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
