package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What an agency's record of a court judgment shares (an enforcement case, a monitored
 * administrative judgment): its id, the agency and province that hold it, the judgment, the date
 * of its last dated change, when it was created, and its version (optimistic locking, the ETag).
 * Dated changes are recorded in date order, so that its state on any date is the same here and
 * in the reports.
 */
@MappedSuperclass
public abstract class DatedAggregate extends PanacheEntityBase {

    @Id private UUID id;
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    @Column(name = "province_code", nullable = false) private String provinceCode;

    /** The business date of the last dated change (the first: the opening or the start of the monitoring). */
    @Column(name = "last_dated_on", nullable = false) private LocalDate lastDatedOn;
    @Column(name = "created_at", nullable = false) private OffsetDateTime createdAt;
    @Version private long version;

    protected DatedAggregate() {
    }

    protected DatedAggregate(String agencyCode, String provinceCode, LocalDate firstDate) {
        this.id = UUID.randomUUID();
        this.agencyCode = agencyCode;
        this.provinceCode = provinceCode;
        this.lastDatedOn = firstDate;
        this.createdAt = OffsetDateTime.now();
    }

    /**
     * A dated change is not dated before the last one, and becomes the last: recorded out of
     * order, it would give the record a different state on some days here and in the reports.
     */
    protected void inDateOrder(String field, LocalDate date) {
        if (date.isBefore(lastDatedOn)) {
            throw RuleViolation.date(field, "must not be before " + lastDatedOn + ", the date of the last recorded change")
                    .with("lastChangeOn", lastDatedOn);
        }
        lastDatedOn = date;
    }

    public UUID id() { return id; }
    public String agencyCode() { return agencyCode; }
    public String provinceCode() { return provinceCode; }
    /** The court judgment it enforces (an embeddable in each entity: Hibernate's enhancer refuses one in a mapped superclass). */
    public abstract SourceJudgment judgment();
    public LocalDate lastDatedOn() { return lastDatedOn; }
    public long version() { return version; }
}
