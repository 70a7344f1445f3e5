package vn.gov.moj.thads.complaints.service;

import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the petition list; null means "any". */
public record ComplaintSearch(String agencyCode, ComplaintStatus status, ComplaintType type, UUID caseId, Boolean overdue,
                              Boolean overLevel, Boolean repeat, LocalDate dueBefore, int page, int size) {
}
