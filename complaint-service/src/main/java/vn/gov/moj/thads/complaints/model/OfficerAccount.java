package vn.gov.moj.thads.complaints.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.query.NativeQuery;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;

/**
 * An officer's account (the subject of their token), kept from the case service's CaseAssigned events: what a petition
 * about the officer records, so that they never see who wrote it nor handle or withdraw it. And their standing, from
 * its OfficerDeactivated and OfficerReactivated events: a deactivated officer's account has no officer powers here
 * ({@code DeactivatedOfficers}).
 * <p>
 * Written only by {@link #learn}, an upsert that keeps the newer event in the database itself: two replicas of the
 * service learn the same officer at once when two of their cases' assignments are on different partitions, and a read
 * then write lost the newer event to the older one's update, or failed the batch on the primary key when both
 * inserted. Hibernate never writes it ({@link Immutable}): an instance loaded in a transaction is only read.
 */
@Entity
@Immutable
@Table(name = "officer_account")
public class OfficerAccount extends PanacheEntityBase {

    /**
     * At equal times the event learnt last wins: within a partition that is the later in topic order (a case's events
     * are published in order, and {@link Learnt#orLater} keeps the later within a batch); across partitions neither is
     * newer. A redelivery never gets here (the inbox).
     */
    private static final String UPSERT = "insert into officer_account (officer_id, subject, agency_code, as_of, home_agency_code)"
            + " values (?1, ?2, ?3, ?4, ?5) on conflict (officer_id) do update set subject = excluded.subject, agency_code = excluded.agency_code,"
            + " as_of = excluded.as_of, home_agency_code = coalesce(excluded.home_agency_code, officer_account.home_agency_code)"
            + " where officer_account.as_of <= excluded.as_of";

    /**
     * The standing, unless the row holds one of a higher version; a row made by it (a deactivation before any assignment)
     * takes the officer's own agency. An assignment's upsert never touches the standing, nor this one the assignment's.
     */
    private static final String STANDING_UPSERT = "insert into officer_account (officer_id, subject, agency_code, as_of, active, standing_version,"
            + " home_agency_code) values (?1, ?2, ?3, ?4, ?5, ?6, ?3) on conflict (officer_id) do update set active = excluded.active,"
            + " standing_version = excluded.standing_version, home_agency_code = excluded.home_agency_code"
            + " where officer_account.standing_version is null or officer_account.standing_version <= excluded.standing_version";

    @Id @Column(name = "officer_id") private UUID officerId;
    @Column(nullable = false) private String subject;
    /** The agency of the case the officer was last assigned. */
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    /** The agency whose record the officer is (the case service's officer record); null while no event has said. */
    @Column(name = "home_agency_code") private String homeAgencyCode;
    /** When the event this comes from happened: an older event never overwrites a newer one. */
    @Column(name = "as_of", nullable = false) private OffsetDateTime asOf;
    /** False once the case service deactivated the officer (until it reactivates them). */
    @Column(nullable = false) private boolean active;
    /** The officer record's version the standing comes from; null while none was learnt. */
    @Column(name = "standing_version") private Long standingVersion;

    protected OfficerAccount() {
    }

    /** What an assignment teaches about its officer: their account, and the agency of the case, as of the event's time. */
    /** {@code homeAgencyCode}: the agency whose record the officer is, when the event carried it. */
    public record Learnt(UUID officerId, String subject, String agencyCode, String homeAgencyCode, OffsetDateTime asOf) {
        /** Of this and {@code later}, read after it in topic order, the one to keep: the newer, {@code later} at equal times. */
        public Learnt orLater(Learnt later) {
            return later.asOf.isBefore(asOf) ? this : later;
        }
    }

    /**
     * Keeps each officer's account from {@code learnt} (one per officer) unless the row holds a newer event, in the
     * caller's transaction. One statement per officer, in the order of their ids, so that two batches learning the same
     * officers lock their rows in the same order and do not deadlock.
     */
    public static void learn(Collection<Learnt> learnt) {
        EntityManager em = getEntityManager();
        learnt.stream().sorted(Comparator.comparing(Learnt::officerId)).forEach(account -> em.createNativeQuery(UPSERT)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(OfficerAccount.class) // flushes nothing else first: the batch's case views go at commit
                .setParameter(1, account.officerId())
                .setParameter(2, account.subject())
                .setParameter(3, account.agencyCode())
                .setParameter(4, account.asOf())
                .setParameter(5, account.homeAgencyCode())
                .executeUpdate());
    }

    /** What a deactivation or reactivation teaches: the officer's standing at a version of their record. */
    /** An officer's standing, the newest of its batch (OfficerEventIntake). */
    public record Standing(UUID officerId, String subject, String agencyCode, boolean active, long version, OffsetDateTime asOf) {
    }

    /** Keeps each officer's standing (one per officer) unless the row holds a higher version; in id order, as {@link #learn}. */
    public static void learnStanding(Collection<Standing> standings) {
        EntityManager em = getEntityManager();
        standings.stream().sorted(Comparator.comparing(Standing::officerId)).forEach(standing -> em.createNativeQuery(STANDING_UPSERT)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(OfficerAccount.class)
                .setParameter(1, standing.officerId())
                .setParameter(2, standing.subject())
                .setParameter(3, standing.agencyCode())
                .setParameter(4, standing.asOf())
                .setParameter(5, standing.active())
                .setParameter(6, standing.version())
                .executeUpdate());
    }

    /**
     * The account a petition about this officer records: theirs, when the desk names none or names theirs. Another is
     * refused without saying which is theirs (nor is the desk shown the account filled in: ComplaintView).
     */
    public String accountFor(String named) {
        if (named != null && !named.equals(subject)) {
            throw RuleViolation.rule("officer-account-mismatch", "The account given is not the account of officer " + officerId)
                    .with("field", "subject.officerSubject");
        }
        return subject;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public UUID officerId() {
        return officerId;
    }

    public String subject() {
        return subject;
    }

    /** The agency whose record the officer is; null while no event has said. */
    public String homeAgencyCode() {
        return homeAgencyCode;
    }

    public boolean active() {
        return active;
    }
}
