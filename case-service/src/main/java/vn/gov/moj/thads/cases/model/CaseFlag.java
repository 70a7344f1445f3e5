package vn.gov.moj.thads.cases.model;

/**
 * Derived flags lists filter on: OLD (with conditions, decision older than a year, not finished),
 * MANY_COMPLAINTS (two or more complaints), OVERDUE (a statutory limit passed).
 */
public enum CaseFlag { OLD, MANY_COMPLAINTS, OVERDUE }
