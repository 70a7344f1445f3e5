package vn.gov.moj.thads.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.api.Breakdown;
import vn.gov.moj.thads.reporting.api.Children;
import vn.gov.moj.thads.reporting.api.Forecast;
import vn.gov.moj.thads.reporting.api.ComplaintStatistics;
import vn.gov.moj.thads.reporting.api.EnforcementReport;
import vn.gov.moj.thads.reporting.api.Officers;
import vn.gov.moj.thads.reporting.service.DrillDown;
import vn.gov.moj.thads.reporting.service.ForecastService;
import vn.gov.moj.thads.reporting.service.Reconciliation;
import vn.gov.moj.thads.reporting.service.ReportService;
import vn.gov.moj.thads.reporting.service.ViewRebuild;

import java.util.UUID;

import static vn.gov.moj.thads.platform.api.QueryParams.dateOf;
import static vn.gov.moj.thads.platform.api.QueryParams.integerOf;

/** Enforcement results against targets, rankings and complaint statistics: JSON, or CSV with Accept: text/csv. */
// thads_report_seconds{class,method}: how long each report takes (a histogram, for p95/p99 on a dashboard).
@io.micrometer.core.annotation.Timed(value = "thads.report", histogram = true)
@Path("/api/v1/reports")
@Tag(name = "Reports")
@RolesAllowed({Role.MINISTRY, Role.STATISTICS_CLIENT, Role.PROVINCE, Role.AGENCY_HEAD})
public class ReportResource {

    @Inject ReportService reports;
    @Inject ViewRebuild rebuild;
    @Inject Reconciliation reconciliation;
    @Inject ForecastService forecasts;

    @Inject Caller caller;

    @GET
    @Path("/enforcement")
    @Produces({MediaType.APPLICATION_JSON, ReportWriters.CSV, ReportTables.XLSX})
    @Operation(summary = "All figures of an org unit (VN = the country) for a work year as of a date,"
            + " against targets and last year; JSON, CSV (Accept: text/csv) or a spreadsheet")
    public EnforcementReport enforcement(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                                         @QueryParam("asOf") String asOf) {
        return reports.enforcement(required(orgUnit, "orgUnit"), year(workYear), dateOf(asOf, "asOf"));
    }

    @GET
    @Path("/enforcement/children")
    @Produces({MediaType.APPLICATION_JSON, ReportWriters.CSV, ReportTables.XLSX})
    @Operation(summary = "One row per child unit with figures, targets and rank by case and"
            + " money rate; JSON, CSV or a spreadsheet")
    public Children children(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                             @QueryParam("asOf") String asOf) {
        return reports.children(required(orgUnit, "orgUnit"), year(workYear), dateOf(asOf, "asOf"));
    }

    @GET
    @Path("/enforcement/breakdown")
    @Produces({MediaType.APPLICATION_JSON, ReportWriters.CSV, ReportTables.XLSX})
    @Operation(summary = "Every figure by kind (ex officio / on request) and by category (bank credit, large value, complex,"
            + " state budget), carried over with conditions, money recovered for the state budget; JSON, CSV or a spreadsheet")
    public Breakdown breakdown(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                               @QueryParam("asOf") String asOf) {
        return reports.breakdown(required(orgUnit, "orgUnit"), year(workYear), dateOf(asOf, "asOf"));
    }

    @GET
    @Path("/forecast")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Year-end forecast against target: each child unit's expected case and money rates on 30 September from"
            + " its figures so far and its own progression in previous work years (method and its error on past years stated),"
            + " and the units likely to miss a target")
    public Forecast forecast(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                             @QueryParam("asOf") String asOf) {
        return forecasts.forecast(required(orgUnit, "orgUnit"), year(workYear), dateOf(asOf, "asOf"));
    }

    @GET
    @Path("/enforcement/cases")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cases behind one figure (drill-down), paged: figure = carriedIn, newlyAccepted, accepted, delegated,"
            + " toEnforce, withoutConditions, withConditions, completed, terminated, reduced, done, postponed, suspended, inProgress,"
            + " carriedOver, collected (the cases behind money done by collection), or administrativeCarriedIn, …NewlyAccepted,"
            + " …Accepted, …Finished, …Monitored. measure = cases (default: the cases counted; total = the figure in cases) or"
            + " money (the cases with a share of the figure in VND; moneyTotal = the figure in VND). orgUnit = a province or an"
            + " agency (the country's figures per province are in /enforcement/children)")
    public DrillDown.FigurePage cases(@QueryParam("orgUnit") String orgUnit, @QueryParam("workYear") String workYear,
                                      @QueryParam("asOf") String asOf, @QueryParam("figure") String figure,
                                      @QueryParam("measure") @DefaultValue("cases") String measure,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reports.cases(required(orgUnit, "orgUnit"), year(workYear), dateOf(asOf, "asOf"), required(figure, "figure"),
                measure.strip(), page, size);
    }

    @GET
    @Path("/officers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each officer of an agency against their targets for a month (month = YYYY-MM)")
    public Officers officers(@QueryParam("agency") String agency, @QueryParam("month") String month) {
        return reports.officers(required(agency, "agency"), QueryParams.monthOf(required(month, "month"), "month"));
    }

    @GET
    @Path("/complaints")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complaint statistics of an org unit over a period")
    public ComplaintStatistics complaints(@QueryParam("orgUnit") String orgUnit, @QueryParam("from") String from,
                                                        @QueryParam("to") String to) {
        return reports.complaints(required(orgUnit, "orgUnit"), dateOf(from, "from"), dateOf(to, "to"));
    }

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The view's cases per status and their money beside the case service's own counts, with any difference")
    public Reconciliation.Result reconciliation(@QueryParam("orgUnit") String orgUnit) {
        String unit = required(orgUnit, "orgUnit");
        reports.requireReadable(unit);
        return reconciliation.reconcile(unit);
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Role.MINISTRY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a rebuild of the reporting view from both topics (202 with its status; 409 while one runs)."
            + " Reports read the old view until the new one is whole")
    public Response rebuild() {
        ViewRebuild.Status status = rebuild.start(caller.subject());
        return Response.accepted(status).location(java.net.URI.create("/api/v1/reports/rebuild/" + status.id())).build();
    }

    @GET
    @Path("/rebuild/{id}")
    @RolesAllowed(Role.MINISTRY)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A rebuild's status: RUNNING, FINISHED or FAILED, with the events applied and refused")
    public ViewRebuild.Status rebuildStatus(@PathParam("id") UUID id) {
        return rebuild.status(id);
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(name, "is required");
        }
        return value.strip();
    }

    static int year(String workYear) {
        Integer year = integerOf(workYear, "workYear");
        if (year == null || year < 2000 || year > 2100) {
            throw ProblemException.invalidField("workYear", "is required, e.g. 2026 (1 October 2025 to 30 September 2026)");
        }
        return year;
    }

}
