package vn.gov.moj.thads.complaints.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's own copy of a case's agency, status and officer, kept from thads.case-events. */
@Entity
@Table(name = "case_view")
public class CaseView extends PanacheEntityBase {

    @Id @Column(name = "case_id") private UUID caseId;
    @Column(name = "agency_code", nullable = false) private String agencyCode;
    @Column(name = "province_code", nullable = false) private String provinceCode;
    @Column(nullable = false) private String status;
    /** The officer the case is assigned to; null while none is. */
    @Column(name = "officer_id") private UUID officerId;

    /** When the event this state comes from happened: an older event never overwrites a newer one. */
    @Column(name = "as_of", nullable = false) private OffsetDateTime asOf;

    protected CaseView() {
    }

    public CaseView(UUID caseId) {
        this.caseId = caseId;
    }

    public boolean apply(String agencyCode, String provinceCode, String status, UUID officerId, OffsetDateTime asOf) {
        if (this.asOf != null && asOf.isBefore(this.asOf)) {
            return false;
        }
        this.agencyCode = agencyCode;
        this.provinceCode = provinceCode;
        this.status = status;
        this.officerId = officerId;
        this.asOf = asOf;
        return true;
    }

    public UUID caseId() {
        return caseId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String status() {
        return status;
    }

    public java.util.Optional<UUID> officerId() {
        return java.util.Optional.ofNullable(officerId);
    }
}
