package vn.gov.moj.thads.cases.model;

/**
 * Relief from an obligation owed to the state budget (miễn, giảm thi hành án): a REDUCTION (giảm)
 * lowers what is outstanding; an EXEMPTION (miễn) relieves everything outstanding and so finishes
 * the case, which counts as completed.
 */
public enum ReductionKind {
    REDUCTION, EXEMPTION
}
