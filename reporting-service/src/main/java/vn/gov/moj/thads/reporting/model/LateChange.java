package vn.gov.moj.thads.reporting.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A change of a closed period's figures recorded after it was closed (issue 17, item 2): the
 * entry is accepted (the past must be recordable) and flagged here. One row per case and batch
 * of events: the events (type and id), the first day of the period it changed, and the change of
 * the period's counted figures. Written once, never changed (a database trigger refuses it).
 */
@Entity
@Table(name = "late_change")
public class LateChange extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "period_id", nullable = false, updatable = false) private UUID periodId;
    @Column(name = "case_id", nullable = false, updatable = false) private UUID caseId;
    @Column(name = "agency_code", nullable = false, updatable = false) private String agencyCode;
    @Column(name = "events", nullable = false, updatable = false) private String events;
    @Column(name = "changed_from", nullable = false, updatable = false) private LocalDate changedFrom;
    @Column(name = "recorded_at", nullable = false, updatable = false) private OffsetDateTime recordedAt;
    @Column(name = "figures", nullable = false, updatable = false) private long[] figures;

    protected LateChange() {
    }

    public LateChange(UUID periodId, UUID caseId, String agencyCode, List<String> events, LocalDate changedFrom, long[] figures) {
        this.periodId = periodId;
        this.caseId = caseId;
        this.agencyCode = agencyCode;
        this.events = String.join(",", events);
        this.changedFrom = changedFrom;
        this.recordedAt = OffsetDateTime.now();
        this.figures = figures.clone();
    }

    public static List<LateChange> ofPeriod(UUID periodId) {
        return list("periodId = ?1 order by id", periodId);
    }

    public UUID caseId() { return caseId; }
    public String agencyCode() { return agencyCode; }
    public List<String> events() { return List.of(events.split(",")); }
    public LocalDate changedFrom() { return changedFrom; }
    public OffsetDateTime recordedAt() { return recordedAt; }
    public long[] figures() { return figures.clone(); }
}
