package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.LocalDate;
import java.time.ZoneId;

/** The petitions of the reporting view ({@code complaint_fact}, {@code complaint_due}), written from their events. */
@ApplicationScoped
public class ComplaintFactRepository {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject EntityManager em;

    /**
     * The desk that owes a petition's due date instead of its competent agency: one that received it outside its
     * jurisdiction (or over-level) and has not transferred it, whose 5 working days are to send it on (Thông tư
     * 13/2021/TT-BTP art. 8). The competent agency's days to accept start when it receives it (domain.md §4), so until
     * then it is not late there: any desk could otherwise put a back-dated "overdue" in another province's figures.
     */
    private static String owedByTheDesk(ComplaintEvents.ComplaintFacts f) {
        return "RECEIVED".equals(f.status()) && !"WITHIN".equals(f.jurisdiction()) ? f.filedAtAgencyCode() : null;
    }

    /**
     * A petition's facts, and the due date and competent agency it had from the event's business
     * date on (the due date null once it is closed), so that "overdue" can be counted as at any
     * date, and each count at the agency competent on its date (domain.md §6).
     */
    public void apply(EventEnvelope envelope, ComplaintEvents.ComplaintEvent event) {
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
                .setParameter(4, f.competentAgencyCode()).setParameter(5, f.jurisdiction()).setParameter(6, f.repeated())
                .setParameter(7, f.status()).setParameter(8, acceptedOn).setParameter(9, transferredOn)
                .setParameter(10, resolvedOn).setParameter(11, decision).setParameter(12, onTime)
                .setParameter(13, withdrawnOn).setParameter(14, dueOn).setParameter(15, envelope.time())
                .executeUpdate();
        if (event instanceof ComplaintEvents.ComplaintOverdue) {
            return; // a reminder: it changes no due date
        }
        // an extension counts from the day it was decided, not the day it was typed in (the limit it moved was then not
        // yet passed: the complaint service refuses one decided after it)
        LocalDate dated = event.businessDate();
        LocalDate effectiveOn = dated != null ? dated : envelope.time().atZoneSameInstant(VIETNAM).toLocalDate();
        if (event instanceof ComplaintEvents.ComplaintTransferReceived) {
            // the competent agency's clock starts at the arrival its staff record, not at the transfer (domain.md §4): from
            // the transfer on, its due date is the arrival's. Dated at the arrival, a transfer recorded late and back-dated
            // left the competent agency overdue from the back date, and no arrival it could record undid it (review of
            // session 26)
            LocalDate arrival = effectiveOn;
            LocalDate transferred = (LocalDate) em.createNativeQuery("select transferred_on from complaint_fact where complaint_id = ?1",
                    LocalDate.class).setParameter(1, f.complaintId()).getResultStream().findFirst().orElse(null);
            effectiveOn = transferred != null && transferred.isBefore(arrival) ? transferred : arrival;
        }
        // the agency competent from that date on: the receipt's and a transfer's name it; any other event (a withdrawal letter
        // dated before a transfer and recorded after it) keeps the agency the petition had on its date
        boolean movesIt = event instanceof ComplaintEvents.ComplaintReceived || event instanceof ComplaintEvents.ComplaintTransferred
                || event instanceof ComplaintEvents.ComplaintTransferReceived;
        em.createNativeQuery("insert into complaint_due (event_id, complaint_id, effective_on, occurred_at, due_on, competent_agency, owed_by)"
                        + " values (?1, ?2, ?3, ?4, ?5, " + (movesIt ? "?6" : "coalesce((select d.competent_agency from complaint_due d"
                        + " where d.complaint_id = ?2 and d.effective_on <= ?3 order by d.effective_on desc, d.occurred_at desc limit 1), ?6)")
                        + ", ?7) on conflict do nothing")
                .setParameter(1, envelope.id()).setParameter(2, f.complaintId()).setParameter(3, effectiveOn)
                .setParameter(4, envelope.time()).setParameter(5, dueOn).setParameter(6, f.competentAgencyCode())
                .setParameter(7, owedByTheDesk(f)).executeUpdate();
    }
}
