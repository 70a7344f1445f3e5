package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * Which account is which officer's ({@code officer_account}), as the case service's assignments carry it (officers
 * assigned before the events carried accounts are learnt at their next assignment). An officer's login does not change.
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

    /** Whether {@code subject} is the account of {@code officer}, as far as the view has learnt. */
    public boolean isAccountOf(UUID officer, String subject) {
        return !em.createNativeQuery("select 1 from officer_account where officer_id = ?1 and subject = ?2")
                .setParameter(1, officer).setParameter(2, subject).getResultList().isEmpty();
    }
}
