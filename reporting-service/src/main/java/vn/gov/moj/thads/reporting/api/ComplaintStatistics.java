package vn.gov.moj.thads.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** Complaint statistics of an org unit over a period, as at the period's end (domain.md §6). */
public record ComplaintStatistics(String orgUnit, LocalDate from, LocalDate to, long received, Map<String, Long> receivedByType,
                                  long accepted, long resolved, Map<String, Long> resolvedByDecision, long resolvedOnTime,
                                  long overdue, long transferred, long overLevel,
                                  @Schema(nullable = true, description = "Petitions repeating an earlier one; null for a caller who may record"
                                          + " petitions (OFFICER, AGENCY_HEAD, MINISTRY): whether someone wrote before identifies them")
                                  Long repeat,
                                  long withdrawn) {

    public ComplaintStatistics withRepeatsWithheld() {
        return new ComplaintStatistics(orgUnit, from, to, received, receivedByType, accepted, resolved, resolvedByDecision, resolvedOnTime,
                overdue, transferred, overLevel, null, withdrawn);
    }
}
