package vn.gov.moj.thads.complaints.model;

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

/** One change of a petition: who, when, what. Append-only (a trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "complaint_history")
public class ComplaintHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String details;

    protected ComplaintHistoryEntry() {
    }

    public ComplaintHistoryEntry(UUID complaintId, String actor, String action, String details) {
        this.complaintId = complaintId;
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.details = details;
    }

    public static List<ComplaintHistoryEntry> of(UUID complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
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
}
