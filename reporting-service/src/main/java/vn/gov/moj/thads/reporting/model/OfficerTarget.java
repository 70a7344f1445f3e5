package vn.gov.moj.thads.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The four targets of an enforcement officer for a month (its first day), in percent. */
@Entity
@Table(name = "officer_target")
public class OfficerTarget extends TargetSetting {

    @Embeddable
    public record Key(@Column(name = "month") LocalDate month, @Column(name = "officer_id") UUID officerId) implements Serializable {
    }

    @EmbeddedId private Key key;
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    /** Which version of the officer's targets for the month this is (each kept in {@link OfficerTargetVersion}). */
    @Column(name = "version", nullable = false) private int version;

    protected OfficerTarget() {
    }

    public OfficerTarget(LocalDate month, UUID officerId) {
        this.key = new Key(month.withDayOfMonth(1), officerId);
    }

    /**
     * A head sets an officer's targets for the current month or a later one, or for the {@code monthsBack} before it; the
     * ministry for any. Set once the month's work is known, a target says nothing of it: a head lowering last month's
     * made the officers report say "met".
     */
    public static void requireSettable(YearMonth month, LocalDate today, boolean ministry, int monthsBack) {
        YearMonth earliest = YearMonth.from(today).minusMonths(monthsBack);
        if (!ministry && month.isBefore(earliest)) {
            throw RuleViolation.rule("month-over", "The targets of " + month + " are set before it is over: a head sets those of "
                    + earliest + " or later").with("month", month.toString()).with("earliestMonth", earliest.toString());
        }
    }

    /**
     * Once the month has begun, the officer's own head no longer lowers any of its four targets below the version in force:
     * with part of the month's work known, a lower target turned a month going badly into "met" in the officers report,
     * which compares with the last version. Kept, raised or set for the first time they may be; lowered, by the level above
     * the officer's agency (the provincial agency's head over an office's officer, the province, the ministry).
     */
    public void requireNotLoweredByOwnHead(TargetRates proposed, LocalDate today) {
        if (version == 0 || month().isAfter(today)) {
            return;
        }
        List<String> lowered = proposed.loweredFrom(rates());
        if (!lowered.isEmpty()) {
            YearMonth month = YearMonth.from(month());
            throw RuleViolation.rule("targets-lowered-in-month", "The targets of " + month + " are not lowered by the officer's own"
                    + " head once the month has begun: the level above lowers them").with("month", month.toString()).with("lowered", lowered);
        }
    }

    /** Sets the targets as their next version, and returns that version to keep. */
    public OfficerTargetVersion set(String agencyCode, TargetRates rates, String setBy) {
        this.agencyCode = agencyCode;
        this.version++;
        setRates(rates, setBy);
        return OfficerTargetVersion.of(this);
    }

    /**
     * The agencies whose cases the officer has been assigned, as the view knows them (empty for an officer with none
     * yet): the view does not know officers otherwise.
     */
    @SuppressWarnings("unchecked")
    public static java.util.Set<String> agenciesOfCasesAssignedTo(UUID officer) {
        List<String> agencies = getEntityManager().createNativeQuery("select distinct f.agency_code from case_assignment a"
                + " join case_fact f on f.case_id = a.case_id where a.officer_id = ?1").setParameter(1, officer).getResultList();
        return java.util.Set.copyOf(agencies);
    }

    /**
     * The agencies whose cases {@code officer} held at some time in {@code month} (assigned by its end, not reassigned
     * before it began): a host agency sets a seconded officer's targets for the months they work on its cases, not for
     * every month after (review of session 26: ten days' secondment gave the host the officer's targets for 2027).
     */
    @SuppressWarnings("unchecked")
    public static java.util.Set<String> agenciesOfCasesHeldIn(UUID officer, LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        List<String> agencies = getEntityManager().createNativeQuery("select distinct f.agency_code from case_assignment a"
                        + " join case_fact f on f.case_id = a.case_id where a.officer_id = ?1 and a.assigned_on <= ?3"
                        + " and not exists (select 1 from case_assignment n where n.case_id = a.case_id and n.assigned_on > a.assigned_on"
                        + " and n.assigned_on <= ?2)")
                .setParameter(1, officer).setParameter(2, first).setParameter(3, first.plusMonths(1).minusDays(1)).getResultList();
        return java.util.Set.copyOf(agencies);
    }

    public static List<OfficerTarget> ofAgency(LocalDate month, String agencyCode) {
        return list("key.month = ?1 and agencyCode = ?2 order by key.officerId", month.withDayOfMonth(1), agencyCode);
    }

    public LocalDate month() { return key.month(); }
    public UUID officerId() { return key.officerId(); }
    public String agencyCode() { return agencyCode; }
    public int version() { return version; }
}
