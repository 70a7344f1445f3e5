package vn.gov.moj.thads.complaints.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.gov.moj.thads.platform.history.HistoryEntry;

import java.util.List;
import java.util.UUID;

/** One change of a petition (a database trigger refuses updates and deletes of {@code complaint_history}). */
@Entity
@Immutable
@Table(name = "complaint_history")
public class ComplaintHistoryEntry extends HistoryEntry {

    @Column(name = "complaint_id", nullable = false) private UUID complaintId;

    protected ComplaintHistoryEntry() {
    }

    public ComplaintHistoryEntry(UUID complaintId, String actor, String action, String details, String reason) {
        super(actor, action, details, reason);
        this.complaintId = complaintId;
    }

    public static List<ComplaintHistoryEntry> of(UUID complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
    }
}
