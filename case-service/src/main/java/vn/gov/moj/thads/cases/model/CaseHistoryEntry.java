package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One change of a case: who, when, what (details as JSON) and why. Append-only: the entity is
 * immutable and a database trigger refuses updates and deletes.
 */
@Entity
@Immutable
@Table(name = "case_history")
public class CaseHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String details;

    private String reason;

    protected CaseHistoryEntry() {
    }

    public CaseHistoryEntry(UUID caseId, String actor, String action, String details, String reason) {
        this.caseId = caseId;
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.details = details;
        this.reason = reason;
    }

    public static List<CaseHistoryEntry> of(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String details() {
        return details;
    }

    public String reason() {
        return reason;
    }
}
