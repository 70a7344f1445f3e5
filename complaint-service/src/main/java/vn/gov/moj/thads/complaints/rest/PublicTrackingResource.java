package vn.gov.moj.thads.complaints.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.service.ComplaintService;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.LocalDate;

/** A citizen follows their petition with its tracking code: status, competent agency, due date, outcome. Nothing else. */
@Path("/api/v1/public/complaints")
@Tag(name = "Public")
@PermitAll
public class PublicTrackingResource {

    public record Tracking(String trackingCode, ComplaintStatus status, String competentAgencyCode,
                           String competentAgencyName, LocalDate dueDate, Decision outcome) {
    }

    @Inject ComplaintService service;
    @Inject OrgUnits orgUnits;
    @Inject java.time.Clock clock;

    @GET
    @Path("/{trackingCode}")
    @Operation(summary = "Track a petition by its code, without an account")
    public Tracking track(@PathParam("trackingCode") String trackingCode) {
        Complaint c = service.track(trackingCode);
        // the unit that held its agency's records today (an open petition: Hà Nam's with Ninh Bình since July 2025) or on
        // the day it was decided or withdrawn, named as it was then
        LocalDate ended = c.resolvedOn() != null ? c.resolvedOn() : c.withdrawnOn();
        LocalDate on = ended != null ? ended : LocalDate.now(clock);
        String agency = orgUnits.representativeOn(c.competentAgencyCode(), on);
        return new Tracking(c.trackingCode(), c.status(), agency, orgUnits.nameOn(agency, on), c.dueOn(), c.decision());
    }
}
