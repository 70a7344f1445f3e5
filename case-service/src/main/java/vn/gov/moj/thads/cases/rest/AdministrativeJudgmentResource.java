package vn.gov.moj.thads.cases.rest;

import vn.gov.moj.thads.platform.text.DocumentNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.gov.moj.thads.cases.model.AdministrativeJudgment;
import vn.gov.moj.thads.cases.model.SourceJudgment;
import vn.gov.moj.thads.cases.service.AdministrativeJudgmentService;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.security.Role;

import java.time.LocalDate;
import java.util.UUID;

import static vn.gov.moj.thads.platform.api.QueryParams.enumOf;

/**
 * Administrative judgments the agency monitors (theo dõi thi hành án hành chính): a record each, with
 * the authority that must comply, the obligation and the dated steps of the monitoring.
 */
@Path("/api/v1/administrative-judgments")
@Tag(name = "Administrative judgments")
@RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
public class AdministrativeJudgmentResource {

    public record Monitoring(@NotBlank @Pattern(regexp = CaseRequests.AGENCY_CODE, message = CaseRequests.AGENCY_CODE_MESSAGE) String agencyCode,
                             @NotNull @Valid CaseRequests.Judgment judgment, @NotBlank @Size(max = 300) String authority,
                             @NotBlank @Size(max = 4000) String obligation, @NotNull LocalDate acceptedOn) {
    }

    /** A step: COMPELLED (with the court decision's number), REPORTED, COMPLIED; on its date. */
    public record StepRequest(@NotNull AdministrativeJudgment.Step step, @NotNull LocalDate date,
                              @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber) {
    }

    public record View(UUID id, String agencyCode, CaseRequests.Judgment judgment, String authority, String obligation,
                       LocalDate acceptedOn, AdministrativeJudgment.Status status, LocalDate compelledOn, String compellingDecisionNumber,
                       LocalDate reportedOn, LocalDate compliedOn, String recordedBy, String compelledBy, String reportedBy,
                       String compliedBy, long version) {
        static View of(AdministrativeJudgment j) {
            SourceJudgment s = j.judgment();
            return new View(j.id(), j.agencyCode(), new CaseRequests.Judgment(s.courtCode(), s.courtName(), s.number(), s.effectiveDate()),
                    j.authority(), j.obligation(), j.acceptedOn(), j.status(), j.compelledOn(), j.compellingDecisionNumber(),
                    j.reportedOn(), j.compliedOn(), j.recordedBy(), j.compelledBy(), j.reportedBy(), j.compliedBy(), j.version());
        }
    }

    @Inject AdministrativeJudgmentService service;

    @POST
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD})
    @Operation(summary = "Start monitoring an administrative judgment (the agency's head or officers)")
    public Response accept(@Valid @NotNull Monitoring request, @Context UriInfo uri) {
        CaseRequests.Judgment j = request.judgment();
        AdministrativeJudgment record = service.accept(request.agencyCode(),
                new SourceJudgment(j.courtCode(), j.courtName(), j.number(), j.effectiveDate()),
                request.authority(), request.obligation(), request.acceptedOn());
        return Response.created(uri.getAbsolutePathBuilder().path(record.id().toString()).build()).tag(etag(record))
                .entity(View.of(record)).build();
    }

    @GET
    @Operation(summary = "The administrative judgments monitored in the caller's scope, by agency and status")
    public Page<View> list(@QueryParam("agency") String agency, @QueryParam("status") String status,
                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<AdministrativeJudgment> found = service.list(CaseResource.blankToNull(agency),
                enumOf(AdministrativeJudgment.Status.class, status, "status"), page, size);
        return new Page<>(found.items().stream().map(View::of).toList(), found.total(), page, size);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        AdministrativeJudgment j = service.get(id);
        return Response.ok(View.of(j)).tag(etag(j)).build();
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD})
    @Operation(summary = "Record a step of the monitoring (If-Match): COMPELLED (a court decision compelling compliance),"
            + " REPORTED (to the higher authority), COMPLIED (the monitoring ends)")
    public Response step(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StepRequest request) {
        AdministrativeJudgment j = service.record(id, ifMatch, request.step(), request.date(), request.decisionNumber());
        return Response.ok(View.of(j)).tag(etag(j)).build();
    }

    private static EntityTag etag(AdministrativeJudgment j) {
        return new EntityTag(Long.toString(j.version()));
    }
}
