package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every record kept on a case shares (a collection, an action, a reduction, a security
 * measure, a steering direction): its id, its case, the account that recorded it and when. A
 * table whose column for the account has another name says so with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class CaseRecord extends PanacheEntityBase {

    @Id private UUID id;
    @ManyToOne(optional = false) @JoinColumn(name = "case_id") private EnforcementCase enforcementCase;
    @Column(name = "recorded_by", nullable = false) private String recordedBy;
    @Column(name = "recorded_at", nullable = false) private OffsetDateTime recordedAt;

    protected CaseRecord() {
    }

    protected CaseRecord(EnforcementCase enforcementCase, String recordedBy) {
        this.id = UUID.randomUUID();
        this.enforcementCase = enforcementCase;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now();
    }

    /** Whether it was recorded on case {@code c} (a record id given with another case's id is not found). */
    public boolean isOn(EnforcementCase c) {
        return enforcementCase.id().equals(c.id());
    }

    public UUID id() {
        return id;
    }

    public EnforcementCase enforcementCase() {
        return enforcementCase;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
