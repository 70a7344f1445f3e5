package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.gov.moj.thads.platform.history.HistoryEntry;

import java.util.List;
import java.util.UUID;

/** One change of a case (a database trigger refuses updates and deletes of {@code case_history}). */
@Entity
@Immutable
@Table(name = "case_history")
public class CaseHistoryEntry extends HistoryEntry {

    @Column(name = "case_id", nullable = false) private UUID caseId;

    protected CaseHistoryEntry() {
    }

    public CaseHistoryEntry(UUID caseId, String actor, String action, String details, String reason) {
        super(actor, action, details, reason);
        this.caseId = caseId;
    }

    public static List<CaseHistoryEntry> of(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
