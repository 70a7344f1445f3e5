package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A steering committee's direction on a case (chỉ đạo của Ban chỉ đạo THADS): the day it was given,
 * the body that gave it, what it directs, the deadline, and once resolved its outcome and date.
 */
@Entity
@Table(name = "case_direction")
public class SteeringDirection extends CaseRecord {

    @Column(name = "directed_on", nullable = false) private LocalDate directedOn;
    @Column(name = "directing_body", nullable = false) private String body;
    @Column(nullable = false) private String content;
    @Column(nullable = false) private LocalDate deadline;

    private String outcome;

    @Column(name = "resolved_on") private LocalDate resolvedOn;

    protected SteeringDirection() {
    }

    SteeringDirection(EnforcementCase enforcementCase, LocalDate directedOn, String body, String content, LocalDate deadline,
                      String recordedBy) {
        super(enforcementCase, recordedBy);
        if (deadline.isBefore(directedOn)) {
            throw RuleViolation.date("deadline", "must not be before the direction (" + directedOn + ")");
        }
        this.directedOn = directedOn;
        this.body = body.strip();
        this.content = content.strip();
        this.deadline = deadline;
    }

    /** Records the outcome: on or after the direction, not in the future, once. */
    public void resolve(String outcome, LocalDate on, LocalDate today) {
        if (resolvedOn != null) {
            throw RuleViolation.state("direction-already-resolved", "The direction was resolved on " + resolvedOn)
                    .with("resolvedOn", resolvedOn);
        }
        if (on.isBefore(directedOn) || on.isAfter(today)) {
            throw RuleViolation.date("resolvedOn", "must be between the direction (" + directedOn + ") and today");
        }
        this.outcome = outcome.strip();
        this.resolvedOn = on;
    }

    public static List<SteeringDirection> of(UUID caseId) {
        return list("enforcementCase.id = ?1 order by directedOn, recordedAt", caseId);
    }

    public boolean overdueOn(LocalDate day) {
        return resolvedOn == null && deadline.isBefore(day);
    }

    public LocalDate directedOn() { return directedOn; }
    public String body() { return body; }
    public String content() { return content; }
    public LocalDate deadline() { return deadline; }
    public String outcome() { return outcome; }
    public LocalDate resolvedOn() { return resolvedOn; }
}
