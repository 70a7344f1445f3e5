package vn.gov.moj.thads.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thads.reporting.model.AdministrativeFigures;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.model.PeriodDifference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A closed period's late entries (issue 17, item 2): each change of its figures recorded after it
 * was closed, and today's figures beside the signed ones with the difference (today − signed).
 */
public record LateEntries(UUID periodId, String orgUnit, String orgUnitName, int workYear, LocalDate asOf, OffsetDateTime closedAt,
                          Side signed, Side today, PeriodDifference difference, List<Entry> changes,
                          @Schema(nullable = true, description = "The complaint statistics as signed and as today; null for a period"
                                  + " closed before they were signed")
                          Complaints complaints) {

    /** The period's complaint statistics as signed and as counted today (an entry dated inside it and recorded later shows here). */
    public record Complaints(ComplaintStatistics signed, ComplaintStatistics today) {
    }

    public record Side(Figures cases, Figures money, AdministrativeFigures administrative) {

        public static Side of(java.math.BigInteger[] figures) {
            return new Side(CountedFigures.cases(figures), CountedFigures.money(figures), CountedFigures.administrative(figures));
        }
    }

    /** One change: the case, its agency, the events (type:id), the first day of the period it changed, when it was recorded, by how much. */
    public record Entry(UUID caseId, String agencyCode, List<String> events, LocalDate changedFrom, OffsetDateTime recordedAt,
                        PeriodDifference change) {
    }
}
