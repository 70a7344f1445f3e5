package vn.gov.moj.thads.complaints.model;

/**
 * Where the petition was filed compared with the competent agency: there, somewhere else, or at
 * a level above it (khiếu nại vượt cấp, tracked separately by the ministry).
 */
public enum Jurisdiction { WITHIN, OUT_OF_JURISDICTION, OVER_LEVEL }
