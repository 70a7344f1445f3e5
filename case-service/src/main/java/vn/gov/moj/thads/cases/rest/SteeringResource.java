package vn.gov.moj.thads.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.cases.model.CoercionPlan;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.SteeringDirection;
import vn.gov.moj.thads.cases.service.CaseService;
import vn.gov.moj.thads.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Steering committee directions on a case (agency head) and coercion plans (proposed by the case's
 * officer, approved by the agency head; a coercion is recorded only under an approved plan).
 * Changes take the case's If-Match and answer its new ETag.
 */
@Path("/api/v1/cases/{id}")
@Tag(name = "Cases")
@RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
public class SteeringResource {

    /** A direction; {@code overdue}: unresolved past its deadline. */
    public record DirectionView(UUID id, UUID caseId, LocalDate directedOn, String body, String content, LocalDate deadline,
                                String outcome, LocalDate resolvedOn, boolean overdue) {
        static DirectionView of(SteeringDirection d, LocalDate today) {
            return new DirectionView(d.id(), d.enforcementCase().id(), d.directedOn(), d.body(), d.content(), d.deadline(), d.outcome(),
                    d.resolvedOn(), d.overdueOn(today));
        }
    }

    public record PlanView(UUID id, LocalDate plannedFor, String content, CoercionPlan.Status status, LocalDate proposedOn,
                           LocalDate approvedOn, LocalDate carriedOutOn) {
    }

    @Inject CaseService service;

    @POST
    @Path("/directions")
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Record a steering committee's direction on the case (date, body, content, deadline; agency head)")
    public Response direct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CaseRequests.Direction request, @Context UriInfo uri) {
        CaseService.DirectionChange change = service.recordDirection(id, ifMatch, request.directedOn(), request.body(), request.content(),
                request.deadline());
        return Response.created(uri.getAbsolutePathBuilder().path(change.direction().id().toString()).build())
                .tag(etag(change.enforcementCase())).entity(DirectionView.of(change.direction(), service.today())).build();
    }

    @GET
    @Path("/directions")
    @Operation(summary = "The case's steering directions and their outcomes")
    public List<DirectionView> directions(@PathParam("id") UUID id) {
        LocalDate today = service.today();
        return service.directions(id).stream().map(d -> DirectionView.of(d, today)).toList();
    }

    @POST
    @Path("/directions/{directionId}/outcome")
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Record the outcome of a direction (once; agency head)")
    public Response resolve(@PathParam("id") UUID id, @PathParam("directionId") UUID directionId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CaseRequests.DirectionOutcome request) {
        CaseService.DirectionChange change = service.resolveDirection(id, ifMatch, directionId, request.outcome(), request.resolvedOn());
        return Response.ok(DirectionView.of(change.direction(), service.today())).tag(etag(change.enforcementCase())).build();
    }

    @POST
    @Path("/coercion-plans")
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD})
    @Operation(summary = "Propose a coercion plan (kế hoạch cưỡng chế) for a date (the case's officer or the agency head)")
    public Response propose(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CaseRequests.CoercionProposal request, @Context UriInfo uri) {
        CaseService.PlanChange change = service.proposeCoercion(id, ifMatch, request.plannedFor(), request.content(), request.proposedOn());
        return Response.created(uri.getAbsolutePathBuilder().path(change.plan().id().toString()).build())
                .tag(etag(change.enforcementCase())).entity(view(change.plan())).build();
    }

    @GET
    @Path("/coercion-plans")
    @Operation(summary = "The case's coercion plans")
    public List<PlanView> plans(@PathParam("id") UUID id) {
        return service.coercionPlans(id).stream().map(SteeringResource::view).toList();
    }

    @POST
    @Path("/coercion-plans/{planId}/approval")
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Approve a coercion plan (agency head): a COERCION action is recorded only under an approved plan")
    public Response approve(@PathParam("id") UUID id, @PathParam("planId") UUID planId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CaseRequests.CoercionApproval request) {
        CaseService.PlanChange change = service.approveCoercion(id, ifMatch, planId, request.approvedOn());
        return Response.ok(view(change.plan())).tag(etag(change.enforcementCase())).build();
    }

    private static PlanView view(CoercionPlan p) {
        return new PlanView(p.id(), p.plannedFor(), p.content(), p.status(), p.proposedOn(), p.approvedOn(), p.carriedOutOn());
    }

    private static EntityTag etag(EnforcementCase c) {
        return CaseResource.etag(c);
    }
}
