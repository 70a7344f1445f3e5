package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * Which account is which officer's ({@code officer_account}), as the case service's assignments carry it (officers
 * assigned before the events carried accounts are learnt at their next assignment), and the agency whose officer record
 * it is, from the officer events. An officer's login does not change.
 */
@ApplicationScoped
public class OfficerAccounts {

    @Inject EntityManager em;

    /** In the caller's transaction; in the officers' order, so that two batches learning the same officers do not deadlock. */
    public void learn(Map<UUID, String> accounts) {
        accounts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach(a -> em.createNativeQuery(
                        "insert into officer_account (officer_id, subject) values (?1, ?2)"
                                + " on conflict (officer_id) do update set subject = excluded.subject where officer_account.subject <> excluded.subject")
                .setParameter(1, a.getKey()).setParameter(2, a.getValue()).executeUpdate());
    }

    /**
     * Keeps each officer's record agency, once: a record never changes agency (a move is a new record), so an event naming
     * another for a known officer is not the case service's, and a forged one with the highest version pinned the officer
     * to another agency, whose head then set their targets (review of session 26). One per officer, in id order.
     */
    public void learnRecords(java.util.List<vn.gov.moj.thads.platform.inbox.OfficerEventIntake.Received> newest) {
        newest.forEach(r -> em.createNativeQuery("insert into officer_account (officer_id, subject, agency_code, record_version)"
                        + " values (?1, ?2, ?3, ?4) on conflict (officer_id) do update set agency_code = excluded.agency_code,"
                        + " record_version = excluded.record_version where officer_account.agency_code is null")
                .setParameter(1, r.event().officerId()).setParameter(2, r.event().officerSubject())
                .setParameter(3, r.event().agencyCode()).setParameter(4, r.event().version()).executeUpdate());
    }

    /** The agency whose record {@code officer} is, once an officer event has said. */
    public java.util.Optional<String> agencyOf(UUID officer) {
        return em.createNativeQuery("select agency_code from officer_account where officer_id = ?1 and agency_code is not null", String.class)
                .setParameter(1, officer).getResultStream().findFirst().map(String.class::cast);
    }

    /** Whether {@code subject} is the account of {@code officer}, as far as the view has learnt. */
    public boolean isAccountOf(UUID officer, String subject) {
        return !em.createNativeQuery("select 1 from officer_account where officer_id = ?1 and subject = ?2")
                .setParameter(1, officer).setParameter(2, subject).getResultList().isEmpty();
    }
}
