package vn.gov.moj.thads.cases.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.cases.model.CaseFlag;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.Pipeline;
import vn.gov.moj.thads.cases.model.ReductionKind;
import vn.gov.moj.thads.cases.service.CaseSearch;
import vn.gov.moj.thads.cases.service.CaseService;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.history.HistoryView;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.gov.moj.thads.platform.api.QueryParams.enumOf;
import static vn.gov.moj.thads.platform.api.QueryParams.workYearOf;
import static vn.gov.moj.thads.platform.api.QueryParams.uuidOf;

/** Enforcement cases: open, read, list, and every lifecycle transition (each takes If-Match). */
@Path("/api/v1/cases")
@Tag(name = "Cases")
@RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
public class CaseResource {

    @Inject CaseService service;
    @Inject Caller caller;
    @Inject ObjectMapper mapper;

    @POST
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD})
    @Operation(summary = "Open a case (thụ lý)")
    public Response open(@Valid @NotNull CaseRequests.OpenCase request, @Context UriInfo uri) {
        EnforcementCase c = service.open(CaseMapper.toOpening(request, caller.subject()), request.delegatedFromCaseId());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .tag(etag(c)).entity(view(c)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case, with its ETag")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.read(id));
    }

    /** The filters of the case list, shared by the pipelines and the dashboard. */
    public static class CaseFilters {
        @QueryParam("agency") String agency;
        @QueryParam("status") String status;
        @QueryParam("category") String category;
        @QueryParam("flag") String flag;
        @QueryParam("officerId") String officerId;
        @QueryParam("workYear") String workYear;
        @QueryParam("q") String text;
        @QueryParam("pipeline") String pipeline;

        CaseSearch search(String sort, int page, int size) {
            return new CaseSearch(blankToNull(agency), enumOf(CaseStatus.class, status, "status"),
                    enumOf(Category.class, category, "category"), enumOf(CaseFlag.class, flag, "flag"),
                    uuidOf(officerId, "officerId"), workYearOf(workYear, "workYear"), text, sort, page, size,
                    enumOf(Pipeline.class, pipeline, "pipeline"));
        }
    }

    @GET
    @Operation(summary = "List cases in the caller's scope, filtered (also by pipeline), paged and sorted")
    public Page<CaseView> list(@BeanParam CaseFilters filters, @QueryParam("sort") String sort,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return summaries(service.search(filters.search(sort, page, size)));
    }

    @GET
    @Path("/delegations-received")
    @RolesAllowed({Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
    @Operation(summary = "Cases other agencies delegated to agencies in the caller's scope (ủy thác) that no case enforces yet,"
            + " the earliest delegation first: open one with POST /cases and its delegatedFromCaseId")
    public Page<CaseView> delegationsReceived(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return summaries(service.delegationsAwaitingOpening(page, size));
    }

    /** A page of cases as lists show them (parties by name and type only). */
    private Page<CaseView> summaries(Page<EnforcementCase> found) {
        LocalDate today = service.today();
        return new Page<>(found.items().stream().map(c -> CaseMapper.toSummary(c, today)).toList(), found.total(), found.page(), found.size());
    }

    @GET
    @Path("/pipelines")
    @Operation(summary = "The pipelines heads review (seized not valued, valued not auctioned, auctions unsold, sold not handed over,"
            + " COMPLEX cases with a direction unresolved, coercions planned): cases per agency, with the case list's filters;"
            + " the cases themselves: GET /cases?pipeline=…")
    public List<CaseService.PipelineCount> pipelines(@BeanParam CaseFilters filters) {
        return service.pipelines(filters.search(null, 0, 1));
    }

    /** What an agency head reviews: the pipelines, and the directions not yet resolved (the most urgent first). */
    public record Dashboard(LocalDate asOf, List<CaseService.PipelineCount> pipelines, long openDirections, long overdueDirections,
                            List<SteeringResource.DirectionView> directions) {
    }

    @GET
    @Path("/dashboard")
    @Operation(summary = "Dashboard: the pipelines with counts per agency, and the steering directions not yet resolved"
            + " (by deadline, at most 100; overdue ones flagged), with the case list's filters")
    public Dashboard dashboard(@BeanParam CaseFilters filters) {
        CaseService.Directions open = service.openDirections(filters.search(null, 0, 1));
        LocalDate today = service.today();
        return new Dashboard(today, service.pipelines(filters.search(null, 0, 1)), open.total(), open.overdue(),
                open.first().stream().map(d -> SteeringResource.DirectionView.of(d, today)).toList());
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY, Role.STATISTICS_CLIENT})
    @Operation(summary = "How many cases an org unit (VN = the country) and the units below it hold now, per status, with their money;"
            + " the reporting service reconciles its view against this")
    public CaseService.Counts counts(@QueryParam("orgUnit") String orgUnit) {
        if (orgUnit == null || orgUnit.isBlank()) {
            throw ProblemException.invalidField("orgUnit", "is required");
        }
        return service.counts(orgUnit.strip());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change of the case: who, when, what and why")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(entry -> HistoryView.of(entry, mapper)).toList();
    }

    @POST
    @Path("/{id}/assignment")
    @Operation(summary = "Assign the case to an officer of its agency (agency head)")
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CaseRequests.Assignment request) {
        return ok(service.assign(id, ifMatch, request.officerId(), request.assignedOn()));
    }

    @POST
    @Path("/{id}/verifications")
    @Operation(summary = "Record a verification of the debtor's conditions; NO_CONDITIONS records the decision (number, date)"
            + " that the public list publishes until enforcement continues or the case ends")
    public Response verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CaseRequests.Verification request) {
        return ok(service.verify(id, ifMatch, request.result(), request.verifiedOn(),
                Boolean.TRUE.equals(request.extendedReverification()),
                new EnforcementCase.NoConditionsDecision(request.decisionNumber(), request.decisionDate()), request.note()));
    }

    @POST
    @Path("/{id}/actions")
    @Operation(summary = "Record an enforcement action (persuasion, seizure, valuation, auction, handover, coercion)")
    public Response act(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull CaseRequests.Action request) {
        return ok(service.recordAction(id, ifMatch, request.type(), request.date(), request.note(), request.auctionResult()));
    }

    @POST
    @Path("/{id}/collections")
    @Operation(summary = "Record money collected; never more than what is outstanding")
    public Response collect(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CaseRequests.Collection request) {
        return ok(service.collect(id, ifMatch, request.amount(), request.collectedOn(),
                vn.gov.moj.thads.platform.text.VietnameseText.visible(request.receiptNumber())));
    }

    @POST
    @Path("/{id}/postponement")
    @Operation(summary = "Postpone enforcement (hoãn; agency head)")
    public Response postpone(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull CaseRequests.StatusChange request) {
        return ok(service.postpone(id, ifMatch, request.date(), request.reason()));
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(summary = "Suspend enforcement (tạm đình chỉ; agency head)")
    public Response suspend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CaseRequests.StatusChange request) {
        return ok(service.suspend(id, ifMatch, request.date(), request.reason()));
    }

    @POST
    @Path("/{id}/debtor-notification")
    @Operation(summary = "Record the day the debtor was notified of the decision, when not given at opening (agency head;"
            + " once): the first verification's limit runs from it")
    public Response recordDebtorNotified(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Valid @NotNull CaseRequests.DebtorNotification request) {
        return ok(service.recordDebtorNotified(id, ifMatch, request.notifiedOn()));
    }

    @POST
    @Path("/{id}/resumption")
    @Operation(summary = "Resume a postponed or suspended case (agency head)")
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CaseRequests.StatusChange request) {
        return ok(service.resume(id, ifMatch, request.date(), request.reason()));
    }

    @POST
    @Path("/{id}/delegation")
    @Operation(summary = "Delegate the case to another agency (ủy thác; agency head)")
    public Response delegate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull CaseRequests.Delegation request) {
        return ok(service.delegate(id, ifMatch, request.toAgencyCode(), request.date(), request.reason()));
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close the case as COMPLETED or TERMINATED (agency head)")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull CaseRequests.Closure request) {
        return ok(service.close(id, ifMatch, request.outcome(), request.closedOn(), request.reason()));
    }

    @POST
    @Path("/{id}/reductions")
    @Operation(summary = "Record an exemption (EXEMPTION: everything outstanding, completes the case) or a reduction (REDUCTION)"
            + " of an obligation owed to the state budget (miễn, giảm; agency head; STATE_BUDGET cases)")
    public Response reduce(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CaseRequests.Reduction request) {
        return ok(service.reduce(id, ifMatch, request.kind(), request.decisionNumber(), request.decisionDate(), request.amount(),
                request.note()));
    }

    /** An exemption or reduction decision as the API shows it. */
    public record ReductionView(UUID id, ReductionKind kind, String decisionNumber, LocalDate decisionDate, long amount) {
    }

    @GET
    @Path("/{id}/reductions")
    @Operation(summary = "The case's exemption and reduction decisions, in date order")
    public List<ReductionView> reductions(@PathParam("id") UUID id) {
        return service.reductions(id).stream().map(r -> new ReductionView(r.id(), r.kind(), r.decisionNumber(), r.decisionDate(),
                r.amount())).toList();
    }

    @PUT
    @Path("/{id}/categories")
    @Operation(summary = "Set the case's categories, e.g. COMPLEX (agency head); LARGE_VALUE stays derived. decidedOn: the date of"
            + " the head's decision (today when left out), which the reports date the change by; not before the case's decision"
            + " nor the last change of categories")
    public Response categorise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull CaseRequests.Categories request) {
        return ok(service.changeCategories(id, ifMatch, request.categories(), request.decidedOn(), request.reason()));
    }

    private Response ok(EnforcementCase c) {
        return Response.ok(view(c)).tag(etag(c)).build();
    }

    private CaseView view(EnforcementCase c) {
        return CaseMapper.toView(c, service.today());
    }

    static EntityTag etag(EnforcementCase c) {
        return new EntityTag(Long.toString(c.version()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
