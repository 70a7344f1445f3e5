package vn.gov.moj.thads.cases.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A coercion plan (kế hoạch cưỡng chế): proposed for a date by the case's officer, approved by the
 * agency head; a coercion is recorded only under an approved plan, which it then carries out.
 */
@Entity
@Table(name = "case_coercion_plan")
public class CoercionPlan extends PanacheEntityBase {

    public enum Status { PROPOSED, APPROVED, CARRIED_OUT }

    @Id private UUID id;
    @ManyToOne(optional = false) @JoinColumn(name = "case_id") private EnforcementCase enforcementCase;
    @Column(name = "planned_for", nullable = false) private LocalDate plannedFor;
    @Column(nullable = false) private String content;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private Status status;
    @Column(name = "proposed_on", nullable = false) private LocalDate proposedOn;
    @Column(name = "proposed_by", nullable = false) private String proposedBy;
    @Column(name = "approved_on") private LocalDate approvedOn;
    @Column(name = "approved_by") private String approvedBy;
    @Column(name = "carried_out_on") private LocalDate carriedOutOn;

    protected CoercionPlan() {
    }

    /** Proposed on {@code proposedOn} (checked by the case) for a day not before it. */
    CoercionPlan(EnforcementCase enforcementCase, LocalDate plannedFor, String content, String proposedBy, LocalDate proposedOn) {
        if (plannedFor.isBefore(proposedOn)) {
            throw RuleViolation.date("plannedFor", "must not be before " + proposedOn);
        }
        this.id = UUID.randomUUID();
        this.enforcementCase = enforcementCase;
        this.plannedFor = plannedFor;
        this.content = content.strip();
        this.status = Status.PROPOSED;
        this.proposedOn = proposedOn;
        this.proposedBy = proposedBy;
    }

    /**
     * An agency head approves a proposed plan, on or after its proposal and not in the future; not the head who proposed
     * it (domain.md §8.6: the officer plans, a head approves; a head who plans needs another head's approval, or a coercion
     * would rest on one person's word).
     */
    public void approve(LocalDate on, String head, LocalDate today) {
        if (status != Status.PROPOSED) {
            throw RuleViolation.state("plan-not-proposed", "A plan " + status + " cannot be approved").with("currentStatus", status.name());
        }
        if (head.equals(proposedBy)) {
            throw RuleViolation.rule("plan-approved-by-its-proposer", "A coercion plan is approved by a head other than the one who proposed it");
        }
        if (on.isBefore(proposedOn) || on.isAfter(today)) {
            throw RuleViolation.date("approvedOn", "must be between the proposal (" + proposedOn + ") and today");
        }
        this.status = Status.APPROVED;
        this.approvedOn = on;
        this.approvedBy = head;
    }

    /** The coercion this plan allowed was carried out on {@code on}. */
    void carriedOut(LocalDate on) {
        if (on.isBefore(approvedOn)) {
            throw RuleViolation.date("date", "a coercion must not be before its plan was approved (" + approvedOn + ")")
                    .with("approvedOn", approvedOn);
        }
        this.status = Status.CARRIED_OUT;
        this.carriedOutOn = on;
    }

    public static List<CoercionPlan> of(UUID caseId) {
        return list("enforcementCase.id = ?1 order by proposedOn, id", caseId);
    }

    public static Optional<CoercionPlan> of(UUID caseId, UUID planId) {
        return find("enforcementCase.id = ?1 and id = ?2", caseId, planId).firstResultOptional();
    }

    /** The approved plan not carried out yet, if any. */
    static Optional<CoercionPlan> approvedFor(UUID caseId) {
        return find("enforcementCase.id = ?1 and status = ?2 order by approvedOn", caseId, Status.APPROVED).firstResultOptional();
    }

    public UUID id() { return id; }
    public LocalDate plannedFor() { return plannedFor; }
    public String content() { return content; }
    public Status status() { return status; }
    public LocalDate proposedOn() { return proposedOn; }
    public LocalDate approvedOn() { return approvedOn; }
    public LocalDate carriedOutOn() { return carriedOutOn; }
}
