package vn.gov.moj.thads.complaints.model;

/** Whose act or decision the petition is about: an officer of an agency, or the agency's head. */
public enum SubjectKind { OFFICER, AGENCY_HEAD }
