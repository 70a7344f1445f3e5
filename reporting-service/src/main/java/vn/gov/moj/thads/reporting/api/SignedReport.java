package vn.gov.moj.thads.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thads.reporting.model.AdministrativeFigures;
import vn.gov.moj.thads.reporting.model.Figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The signed figures of a closed period (issue 17, item 1), as they were when it was closed,
 * against the target version in force then ({@code targetVersion}, null without targets).
 * {@code signature.intact}: whether the stored row still matches its digest.
 */
public record SignedReport(UUID id, String orgUnit, String orgUnitName, int workYear, LocalDate asOf, List<String> includedUnits,
                           Figures cases, Figures money, AdministrativeFigures administrative, Targets targets,
                           TargetVersionView targetVersion,
                           @Schema(nullable = true, description = "The complaint statistics of the unit from the work year's start to"
                                   + " the as-of date, as signed; null for a period closed before they were signed (session 21)")
                           ComplaintStatistics complaints,
                           Signature signature) {

    /** Who closed the period, in which role, when, from how many applied events, and the digest of what was signed. */
    public record Signature(String closedBy, String role, OffsetDateTime closedAt, long eventsApplied, String digest, boolean intact) {
    }
}
