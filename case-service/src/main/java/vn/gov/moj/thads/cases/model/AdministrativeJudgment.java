package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.gov.moj.thads.platform.domain.RuleViolation;
import vn.gov.moj.thads.platform.event.EventChecks;

import java.time.LocalDate;

/**
 * An administrative judgment the agency monitors (theo dõi thi hành án hành chính, domain.md §3):
 * the authority that must comply does the enforcing, the agency follows it. Monitoring starts on
 * {@code acceptedOn}; a court decision compelling compliance (quyết định buộc thi hành án hành chính)
 * and a report to the higher authority are recorded with their dates, at most once each; compliance
 * ends the monitoring. Every date lies between the start and today, in order.
 */
@Entity
@Table(name = "administrative_judgment")
public class AdministrativeJudgment extends DatedAggregate {

    /** The monitoring status: the last step recorded. */
    public enum Status { MONITORING, COMPELLED, REPORTED, COMPLIED }

    /** A step of the monitoring. */
    public enum Step { COMPELLED, REPORTED, COMPLIED }

    @Embedded private SourceJudgment judgment;
    @Column(name = "authority", nullable = false) private String authority;
    @Column(nullable = false) private String obligation;
    @Column(name = "accepted_on", nullable = false) private LocalDate acceptedOn;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private Status status;
    @Column(name = "compelled_on") private LocalDate compelledOn;
    @Column(name = "compelling_decision_number") private String compellingDecisionNumber;
    @Column(name = "reported_on") private LocalDate reportedOn;
    @Column(name = "complied_on") private LocalDate compliedOn;
    @Column(name = "recorded_by", nullable = false) private String recordedBy;
    /** Who recorded each step (null for steps recorded before migration V15). */
    @Column(name = "compelled_by") private String compelledBy;
    @Column(name = "reported_by") private String reportedBy;
    @Column(name = "complied_by") private String compliedBy;

    protected AdministrativeJudgment() {
    }

    /** Whether the agency already monitors this judgment of this court (as CaseRepository.existsDecision: a query whose translation is cached). */
    public static boolean monitored(java.util.Collection<String> agencyCodes, String courtCode, String number) {
        return !getEntityManager().createQuery("select 1 from AdministrativeJudgment j where j.agencyCode in ?1"
                        + " and j.judgment.courtCode = ?2 and j.judgment.number = ?3", Integer.class)
                .setParameter(1, agencyCodes).setParameter(2, courtCode).setParameter(3, number).setMaxResults(1).getResultList().isEmpty();
    }

    public AdministrativeJudgment(String agencyCode, String provinceCode, SourceJudgment judgment, String authority, String obligation,
                                  LocalDate acceptedOn, String recordedBy, LocalDate today) {
        super(agencyCode, provinceCode, acceptedOn);
        this.judgment = judgment;
        if (acceptedOn.isAfter(today) || acceptedOn.isBefore(EventChecks.EARLIEST_BUSINESS_DATE)) {
            throw RuleViolation.date("acceptedOn", "must be between " + EventChecks.EARLIEST_BUSINESS_DATE + " and today");
        }
        if (judgment.effectiveDate().isAfter(acceptedOn)) {
            throw RuleViolation.date("judgment.effectiveDate", "must not be after the start of the monitoring");
        }
        this.authority = authority.strip();
        this.obligation = obligation.strip();
        this.acceptedOn = acceptedOn;
        this.status = Status.MONITORING;
        this.recordedBy = recordedBy;
    }

    /** {@code actor} records a step on {@code on}; a compelling decision has a number. */
    public void record(Step step, LocalDate on, String decisionNumber, String actor, LocalDate today) {
        if (status == Status.COMPLIED) {
            throw RuleViolation.state("monitoring-ended", "The authority complied on " + compliedOn).with("currentStatus", status.name());
        }
        if ((step == Step.COMPELLED && compelledOn != null) || (step == Step.REPORTED && reportedOn != null)) {
            throw RuleViolation.state("step-already-recorded", step + " is already recorded").with("currentStatus", status.name());
        }
        if (on.isAfter(today)) {
            throw RuleViolation.date("date", "must not be in the future");
        }
        if (step == Step.COMPELLED && (decisionNumber == null || decisionNumber.isBlank())) {
            throw RuleViolation.field("decisionNumber", "is required for the court decision compelling compliance");
        }
        inDateOrder("date", on);
        switch (step) {
            case COMPELLED -> {
                compelledOn = on;
                compellingDecisionNumber = vn.gov.moj.thads.platform.text.VietnameseText.visible(decisionNumber);
                compelledBy = actor;
                status = Status.COMPELLED;
            }
            case REPORTED -> {
                reportedOn = on;
                reportedBy = actor;
                status = Status.REPORTED;
            }
            case COMPLIED -> {
                compliedOn = on;
                compliedBy = actor;
                status = Status.COMPLIED;
            }
        }
    }

    @Override
    public SourceJudgment judgment() {
        return judgment;
    }

    public String authority() { return authority; }
    public String recordedBy() { return recordedBy; }
    public String compelledBy() { return compelledBy; }
    public String reportedBy() { return reportedBy; }
    public String compliedBy() { return compliedBy; }
    public String obligation() { return obligation; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public Status status() { return status; }
    public LocalDate compelledOn() { return compelledOn; }
    public String compellingDecisionNumber() { return compellingDecisionNumber; }
    public LocalDate reportedOn() { return reportedOn; }
    public LocalDate compliedOn() { return compliedOn; }
}
