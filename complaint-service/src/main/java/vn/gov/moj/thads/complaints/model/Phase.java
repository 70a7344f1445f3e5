package vn.gov.moj.thads.complaints.model;

/** When the act complained about took place, which sets the filing and resolution limits. */
public enum Phase { BEFORE_MEASURES, SECURITY_MEASURE, COERCION, AFTER_COERCION }
