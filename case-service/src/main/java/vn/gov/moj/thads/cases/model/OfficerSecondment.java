package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An officer's secondment (biệt phái): from {@code from} to {@code to} (both included) the officer
 * works for {@code hostAgencyCode}, may be assigned its cases, and counts in its workload and
 * officer report for the cases held there. An officer has one secondment at a time.
 */
@Entity
@Table(name = "officer_secondment")
public class OfficerSecondment extends PanacheEntityBase {

    @Id private UUID id;
    @ManyToOne(optional = false) @JoinColumn(name = "officer_id") private Officer officer;
    @Column(name = "host_agency_code", nullable = false) private String hostAgencyCode;
    @Column(name = "from_date", nullable = false) private LocalDate fromDate;
    @Column(name = "to_date", nullable = false) private LocalDate toDate;
    @Column(name = "decision_number", nullable = false) private String decisionNumber;
    @Column(name = "recorded_by", nullable = false) private String recordedBy;
    @Column(name = "recorded_at", nullable = false) private OffsetDateTime recordedAt;

    protected OfficerSecondment() {
    }

    /** A secondment to another agency, not overlapping one the officer already has. */
    public static OfficerSecondment of(Officer officer, String hostAgencyCode, LocalDate from, LocalDate to, String decisionNumber,
                                       String recordedBy) {
        if (hostAgencyCode.equals(officer.agencyCode())) {
            throw RuleViolation.field("hostAgencyCode", "must be another agency than the officer's own");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.date("to", "must not be before from (" + from + ")");
        }
        if (count("officer.id = ?1 and fromDate <= ?2 and toDate >= ?3", officer.id(), to, from) > 0) {
            throw RuleViolation.state("secondment-overlaps", "The officer is already seconded for part of " + from + " to " + to);
        }
        OfficerSecondment s = new OfficerSecondment();
        s.id = UUID.randomUUID();
        s.officer = officer;
        s.hostAgencyCode = hostAgencyCode;
        s.fromDate = from;
        s.toDate = to;
        s.decisionNumber = vn.gov.moj.thads.platform.text.VietnameseText.visible(decisionNumber);
        s.recordedBy = recordedBy;
        s.recordedAt = OffsetDateTime.now();
        return s;
    }

    /**
     * Whether the officer works for {@code agencyCode} or {@code otherAgencyCode} on {@code day} by a
     * secondment. Hibernate translates a query to SQL anew on every call for Panache's {@code count}
     * and for a list parameter ({@code in ?2}), which made this three fifths of an assignment's CPU
     * (README "Performance", sixth pass); nothing here changes secondments, so nothing is flushed first.
     */
    public static boolean seconds(UUID officerId, String agencyCode, String otherAgencyCode, LocalDate day) {
        return !getEntityManager().createQuery("select s.id from OfficerSecondment s where s.officer.id = ?1"
                        + " and (s.hostAgencyCode = ?2 or s.hostAgencyCode = ?3) and s.fromDate <= ?4 and s.toDate >= ?4", UUID.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, officerId).setParameter(2, agencyCode).setParameter(3, otherAgencyCode).setParameter(4, day)
                .getResultList().isEmpty();
    }

    /**
     * The agencies the caller's officer record ({@code login}) is seconded to on {@code day}: a record of another agency
     * under the same login is not that person's.
     */
    public static List<String> hostsOf(OfficerLogin login, LocalDate day) {
        return getEntityManager().createQuery("select s.hostAgencyCode, s.officer.agencyCode from OfficerSecondment s"
                        + " where s.officer.subject = ?1 and s.fromDate <= ?2 and s.toDate >= ?2", Object[].class)
                .setParameter(1, login.subject()).setParameter(2, day).getResultList().stream()
                .filter(row -> login.units().contains((String) row[1])).map(row -> (String) row[0]).toList();
    }

    public static List<OfficerSecondment> of(UUID officerId) {
        return list("officer.id = ?1 order by fromDate", officerId);
    }

    public UUID id() { return id; }
    public Officer officer() { return officer; }
    public String hostAgencyCode() { return hostAgencyCode; }
    public LocalDate from() { return fromDate; }
    public LocalDate to() { return toDate; }
    public String decisionNumber() { return decisionNumber; }
}
