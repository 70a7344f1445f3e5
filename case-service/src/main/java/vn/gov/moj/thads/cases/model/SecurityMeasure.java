package vn.gov.moj.thads.cases.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A security measure on a case (biện pháp bảo đảm): applied by a decision on a date, in force until
 * it is lifted (giải tỏa, chấm dứt) on a later date, once. The description (which account, which
 * asset) stays here: it is never in an event or a list of cases.
 */
@Entity
@Table(name = "case_security_measure")
@AttributeOverride(name = "recordedBy", column = @Column(name = "applied_by", nullable = false))
public class SecurityMeasure extends CaseRecord {

    @Enumerated(EnumType.STRING) @Column(nullable = false) private SecurityMeasureType type;
    @Column(name = "decision_number", nullable = false) private String decisionNumber;
    @Column(name = "applied_on", nullable = false) private LocalDate appliedOn;

    private String description;

    @Column(name = "lifted_on") private LocalDate liftedOn;
    @Column(name = "lifted_by") private String liftedBy;

    protected SecurityMeasure() {
    }

    SecurityMeasure(EnforcementCase enforcementCase, SecurityMeasureType type, String decisionNumber, LocalDate appliedOn,
                    String description, String appliedBy) {
        super(enforcementCase, appliedBy);
        this.type = type;
        this.decisionNumber = decisionNumber.strip();
        this.appliedOn = appliedOn;
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Lifts the measure on {@code on}: after it was applied, not in the future, once. */
    public void lift(LocalDate on, String actor, LocalDate today) {
        if (liftedOn != null) {
            throw RuleViolation.state("measure-already-lifted", "The " + type + " was lifted on " + liftedOn).with("liftedOn", liftedOn);
        }
        if (on.isBefore(appliedOn) || on.isAfter(today)) {
            throw RuleViolation.date("liftedOn", "must be between the day the measure was applied (" + appliedOn + ") and today");
        }
        this.liftedOn = on;
        this.liftedBy = actor;
    }

    public static List<SecurityMeasure> of(UUID caseId) {
        return list("enforcementCase.id = ?1 order by appliedOn, recordedAt", caseId);
    }

    public boolean inForceOn(LocalDate day) {
        return !appliedOn.isAfter(day) && (liftedOn == null || liftedOn.isAfter(day));
    }

    public SecurityMeasureType type() { return type; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate appliedOn() { return appliedOn; }
    public String description() { return description; }
    public LocalDate liftedOn() { return liftedOn; }
}
