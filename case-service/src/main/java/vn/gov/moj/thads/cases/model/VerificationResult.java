package vn.gov.moj.thads.cases.model;

/** The outcome of verifying the debtor's conditions to enforce (xác minh điều kiện thi hành án). */
public enum VerificationResult {
    HAS_CONDITIONS, NO_CONDITIONS;

    CaseStatus status() {
        return this == HAS_CONDITIONS ? CaseStatus.HAS_CONDITIONS : CaseStatus.NO_CONDITIONS;
    }
}
