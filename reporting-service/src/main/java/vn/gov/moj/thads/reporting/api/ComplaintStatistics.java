package vn.gov.moj.thads.reporting.api;

import java.time.LocalDate;
import java.util.Map;

/** Complaint statistics of an org unit over a period, as at the period's end (domain.md §6). */
public record ComplaintStatistics(String orgUnit, LocalDate from, LocalDate to, long received, Map<String, Long> receivedByType,
                                  long accepted, long resolved, Map<String, Long> resolvedByDecision, long resolvedOnTime,
                                  long overdue, long transferred, long overLevel, long repeat, long withdrawn) {
}
