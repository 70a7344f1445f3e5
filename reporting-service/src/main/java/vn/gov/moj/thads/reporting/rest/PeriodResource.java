package vn.gov.moj.thads.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.api.QueryParams;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.api.LateEntries;
import vn.gov.moj.thads.reporting.api.SignedReport;
import vn.gov.moj.thads.reporting.service.PeriodService;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Closed reporting periods, their signed figures and their late entries (issue 17, items 1 and 2). */
@Path("/api/v1/reports/periods")
@Tag(name = "Closed periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MINISTRY, Role.STATISTICS_CLIENT, Role.PROVINCE, Role.AGENCY_HEAD})
public class PeriodResource {

    /** The period to close: an org unit (VN = the country, for the ministry), a work year, an as-of date inside it. */
    public record ClosePeriod(@NotBlank @Size(max = 10) String orgUnit, @NotNull @Min(2000) @Max(2100) Integer workYear,
                              @NotNull LocalDate asOf) {
    }

    @Inject PeriodService periods;

    @POST
    @RolesAllowed({Role.MINISTRY, Role.PROVINCE, Role.AGENCY_HEAD})
    @Operation(summary = "Close a reporting period and sign its figures: the head of the unit (a province's user for the province,"
            + " the ministry for any unit). 201 with the signed figures; 409 if the period is already closed; 422 if the as-of"
            + " date is in the future. A signed period is never changed")
    public Response close(@Valid @NotNull ClosePeriod body) {
        SignedReport signed = periods.close(body.orgUnit().strip(), body.workYear(), body.asOf());
        return Response.created(URI.create("/api/v1/reports/periods/" + signed.id())).entity(signed).build();
    }

    @GET
    @Operation(summary = "The closed periods of an org unit and the units below it, with their signed figures, latest as-of date"
            + " first, a page at a time (size up to 200, the default)")
    public List<SignedReport> list(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                   @QueryParam("size") @DefaultValue("200") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return periods.list(ReportResource.required(orgUnit, "orgUnit"), QueryParams.workYearOf(workYear, "workYear"), page, size);
    }

    @GET
    @Path("/late-entries")
    @Operation(summary = "Late-entry audit: per closed period of an org unit and the units below it, each change recorded after"
            + " the close and today's figures against the signed ones, latest as-of date first, a page at a time (size 20 by default,"
            + " at most 50)")
    public List<LateEntries> lateEntries(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(LATE_ENTRIES_PAGE) int size) {
        return periods.lateEntries(ReportResource.required(orgUnit, "orgUnit"), QueryParams.workYearOf(workYear, "workYear"), page, size);
    }

    /** Each period's late entries read its figures and complaint statistics as of today: at most this many a request. */
    static final int LATE_ENTRIES_PAGE = 50;

    @GET
    @Path("/{id}")
    @Operation(summary = "A closed period's signed figures, who signed them, when, and from which inputs")
    public SignedReport signed(@PathParam("id") UUID id) {
        return periods.signed(id);
    }

    @GET
    @Path("/{id}/late-entries")
    @Operation(summary = "A closed period's late entries and today's figures against the signed ones")
    public LateEntries periodLateEntries(@PathParam("id") UUID id) {
        return periods.lateEntries(id);
    }
}
