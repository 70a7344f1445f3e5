package vn.gov.moj.thads.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision reducing or exempting an obligation owed to the state budget (miễn, giảm), with the amount it relieved. */
@Entity
@Table(name = "case_reduction")
public class ObligationReduction extends CaseRecord {

    @Enumerated(EnumType.STRING) @Column(nullable = false) private ReductionKind kind;
    @Column(name = "decision_number", nullable = false) private String decisionNumber;
    @Column(name = "decision_date", nullable = false) private LocalDate decisionDate;
    @Column(nullable = false) private long amount;

    protected ObligationReduction() {
    }

    ObligationReduction(EnforcementCase enforcementCase, ReductionKind kind, String decisionNumber, LocalDate decisionDate,
                        long amount, String recordedBy) {
        super(enforcementCase, recordedBy);
        this.kind = kind;
        this.decisionNumber = decisionNumber.strip();
        this.decisionDate = decisionDate;
        this.amount = amount;
    }

    public static List<ObligationReduction> of(UUID caseId) {
        return list("enforcementCase.id = ?1 order by decisionDate, recordedAt", caseId);
    }

    public ReductionKind kind() { return kind; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public long amount() { return amount; }
}
