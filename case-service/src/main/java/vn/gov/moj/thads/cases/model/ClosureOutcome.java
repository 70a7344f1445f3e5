package vn.gov.moj.thads.cases.model;

public enum ClosureOutcome {
    COMPLETED, TERMINATED;

    CaseStatus status() {
        return this == COMPLETED ? CaseStatus.COMPLETED : CaseStatus.TERMINATED;
    }
}
