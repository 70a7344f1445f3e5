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
import vn.gov.moj.thads.cases.model.SecurityMeasure;
import vn.gov.moj.thads.cases.model.SecurityMeasureType;
import vn.gov.moj.thads.cases.service.CaseService;
import vn.gov.moj.thads.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Security measures on a case (biện pháp bảo đảm): applied and lifted with dates by the case's
 * officer or the agency head. Changes take the case's If-Match and answer its new ETag.
 */
@Path("/api/v1/cases/{id}/security-measures")
@Tag(name = "Cases")
@RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
public class SecurityMeasureResource {

    /** A measure; {@code inForce}: applied and not lifted as of today. */
    public record MeasureView(UUID id, SecurityMeasureType type, String decisionNumber, LocalDate appliedOn, String description,
                              LocalDate liftedOn, boolean inForce) {
    }

    @Inject CaseService service;

    @POST
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD})
    @Operation(summary = "Apply a security measure (account freeze, temporary seizure, stop of a transfer registration)"
            + " on a case being enforced (its officer or the agency head)")
    public Response apply(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull CaseRequests.SecurityMeasureRequest request, @Context UriInfo uri) {
        CaseService.MeasureChange change = service.applySecurityMeasure(id, ifMatch, request.type(), request.decisionNumber(),
                request.appliedOn(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(change.measure().id().toString()).build())
                .tag(etag(change)).entity(view(change.measure())).build();
    }

    @GET
    @Operation(summary = "The case's security measures, in force or lifted")
    public List<MeasureView> list(@PathParam("id") UUID id) {
        return service.securityMeasures(id).stream().map(this::view).toList();
    }

    @POST
    @Path("/{measureId}/lifting")
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD})
    @Operation(summary = "Lift a security measure on a date (once)")
    public Response lift(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CaseRequests.Lifting request) {
        CaseService.MeasureChange change = service.liftSecurityMeasure(id, ifMatch, measureId, request.liftedOn(), request.reason());
        return Response.ok(view(change.measure())).tag(etag(change)).build();
    }

    private MeasureView view(SecurityMeasure m) {
        return new MeasureView(m.id(), m.type(), m.decisionNumber(), m.appliedOn(), m.description(), m.liftedOn(),
                m.inForceOn(service.today()));
    }

    private static EntityTag etag(CaseService.MeasureChange change) {
        return CaseResource.etag(change.enforcementCase());
    }
}
