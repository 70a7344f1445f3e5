package vn.gov.moj.thads.complaints.model;

/** Why the decision on a complaint is final: no second complaint can follow it. */
public enum FinalDecision {
    /** Luật Thi hành án dân sự art. 142: the decision on a second complaint takes effect. */
    SECOND_COMPLAINT("Luật Thi hành án dân sự 2008 (sửa đổi 2014) art. 142: the decision on a second complaint takes effect"),
    /**
     * Art. 142 cl. 2: the head of the national agency resolves complaints about the head of a
     * provincial agency, and that decision takes effect.
     */
    NATIONAL_AGENCY("Luật Thi hành án dân sự 2008 (sửa đổi 2014) art. 142 cl. 2: the decision of the head of the"
            + " national agency (Tổng cục / Cục Quản lý thi hành án dân sự) takes effect"),
    /** Nghị định 62/2015/NĐ-CP art. 38 cl. 3: the first decision on a security measure takes effect. */
    SECURITY_MEASURE("Nghị định 62/2015/NĐ-CP art. 38 cl. 3: the first decision on a complaint about a security"
            + " measure (including an account freeze) takes effect");

    private final String legalBasis;

    FinalDecision(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
