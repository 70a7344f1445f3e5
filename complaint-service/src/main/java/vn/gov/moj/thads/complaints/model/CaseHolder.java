package vn.gov.moj.thads.complaints.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.query.NativeQuery;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An officer who has held a case, at any time, as the case events told it: for a petition about an officer of the case,
 * a person concerned for as long as the petition lasts, whoever holds the case now.
 */
@Entity
@Table(name = "case_holder")
@IdClass(CaseHolder.Key.class)
public class CaseHolder extends PanacheEntityBase {

    @Id @Column(name = "case_id") private UUID caseId;
    @Id @Column(name = "officer_id") private UUID officerId;

    /** The id class. */
    public static class Key implements Serializable {
        private UUID caseId;
        private UUID officerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(officerId, k.officerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, officerId);
        }
    }

    /** A case and one of its officers, as an event carried them. */
    public record Held(UUID caseId, UUID officerId) {
    }

    /** Records the holders met (once each; in key order, so concurrent batches do not deadlock). */
    public static void remember(Collection<Held> held) {
        if (held.isEmpty()) {
            return;
        }
        List<Held> sorted = held.stream().distinct()
                .sorted(java.util.Comparator.comparing(Held::caseId).thenComparing(Held::officerId)).toList();
        getEntityManager().createNativeQuery("insert into case_holder (case_id, officer_id)"
                        + " select * from unnest(cast(?1 as uuid[]), cast(?2 as uuid[])) on conflict do nothing")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(CaseHolder.class)
                .setParameter(1, sorted.stream().map(Held::caseId).toArray(UUID[]::new))
                .setParameter(2, sorted.stream().map(Held::officerId).toArray(UUID[]::new))
                .executeUpdate();
    }

    /** The officer who has held the case under {@code account}, when one has (a record of each of two agencies under it: neither). */
    public static java.util.Optional<UUID> officerWithAccount(UUID caseId, String account) {
        if (caseId == null) {
            return java.util.Optional.empty();
        }
        List<UUID> officers = getEntityManager().createQuery("select h.officerId from CaseHolder h, OfficerAccount a where h.caseId = ?1"
                + " and a.officerId = h.officerId and a.subject = ?2", UUID.class).setParameter(1, caseId).setParameter(2, account).getResultList();
        return officers.size() == 1 ? java.util.Optional.of(officers.get(0)) : java.util.Optional.empty();
    }

    /** The accounts of the officers who have held the case (those whose account this service learnt). */
    public static List<String> accountsOf(UUID caseId) {
        if (caseId == null) {
            return List.of();
        }
        return getEntityManager().createQuery("select a.subject from CaseHolder h, OfficerAccount a where h.caseId = ?1"
                + " and a.officerId = h.officerId", String.class).setParameter(1, caseId).getResultList();
    }
}
