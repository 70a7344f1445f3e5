package vn.gov.moj.thads.cases.rest;

import vn.gov.moj.thads.platform.text.DocumentNumber;
import vn.gov.moj.thads.platform.text.VisibleText;
import io.quarkus.security.Authenticated;
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
import vn.gov.moj.thads.cases.model.Officer;
import vn.gov.moj.thads.cases.model.OfficerSecondment;
import vn.gov.moj.thads.cases.service.OfficerService;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.security.Role;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/officers")
@Tag(name = "Officers")
@RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
public class OfficerResource {

    public record NewOfficer(@NotBlank @Pattern(regexp = CaseRequests.AGENCY_CODE, message = CaseRequests.AGENCY_CODE_MESSAGE) String agencyCode,
                             // a login as the identity provider signs it, in the characters logins are made of: look-alikes of a
                             // colleague's login with an invisible, blank or combining character were registered (red teams of
                             // session 25; Unicode has too many such characters for a deny-list)
                             @NotBlank @Size(max = 100) @Pattern(regexp = "\\s*[A-Za-z0-9._@+:|-]+\\s*",
                                     message = "must be a login: letters a-z, digits and . _ @ + : | - only") String subject,
                             @NotBlank @Size(max = 200) @VisibleText(max = 200) String fullName) {
    }

    public record OfficerView(UUID id, String agencyCode, String subject, String fullName, boolean active,
                              OffsetDateTime deactivatedAt, long version) {
    }

    @Inject OfficerService service;

    @POST
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Add an officer to an agency (agency head)")
    public Response create(@Valid @NotNull NewOfficer request, @Context UriInfo uri) {
        Officer officer = service.create(request.agencyCode(), request.subject(), request.fullName());
        return Response.created(uri.getAbsolutePathBuilder().path(officer.id().toString()).build())
                .tag(new EntityTag(Long.toString(officer.version()))).entity(view(officer)).build();
    }

    @GET
    @Operation(summary = "List officers in the caller's scope")
    public Page<OfficerView> list(@QueryParam("agency") String agency, @QueryParam("active") Boolean active,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<Officer> found = service.list(agency == null || agency.isBlank() ? null : agency.strip(), active, page, size);
        return new Page<>(found.items().stream().map(OfficerResource::view).toList(), found.total(), page, size);
    }

    /** An officer's own record as its holder reads it: whether their head deactivated it (the gateway's /me asks). */
    public record OwnRecord(UUID id, String agencyCode, boolean active) {
    }

    @GET
    @Path("/me")
    @Authenticated // a deactivated officer's token has no OFFICER role here, and is who most needs to read this
    @Operation(summary = "The caller's own officer record (their login in their agency's line): whether it is active; 404 if none")
    public OwnRecord me() {
        Officer officer = service.ownRecord();
        return new OwnRecord(officer.id(), officer.agencyCode(), officer.active());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Officer officer = service.get(id);
        return withVersion(officer);
    }

    @POST
    @Path("/{id}/deactivation")
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Deactivate an officer (agency head); their cases stay assigned until reassigned")
    public Response deactivate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Officer officer = service.deactivate(id, ifMatch);
        return withVersion(officer);
    }

    @POST
    @Path("/{id}/reactivation")
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Reactivate a deactivated officer (a head of their agency or above)")
    public Response reactivate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Officer officer = service.reactivate(id, ifMatch);
        return withVersion(officer);
    }

    /** The officer with its version as the ETag (for If-Match on the next change). */
    private static Response withVersion(Officer officer) {
        return Response.ok(view(officer)).tag(new EntityTag(Long.toString(officer.version()))).build();
    }

    /** A secondment (biệt phái): the officer works for {@code hostAgencyCode} from {@code from} to {@code to}, both included. */
    public record Secondment(@NotBlank @Pattern(regexp = CaseRequests.AGENCY_CODE, message = CaseRequests.AGENCY_CODE_MESSAGE)
                             String hostAgencyCode, @NotNull LocalDate from, @NotNull LocalDate to,
                             @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber) {
    }

    public record SecondmentView(UUID id, UUID officerId, String hostAgencyCode, LocalDate from, LocalDate to, String decisionNumber) {
        static SecondmentView of(OfficerSecondment s) {
            return new SecondmentView(s.id(), s.officer().id(), s.hostAgencyCode(), s.from(), s.to(), s.decisionNumber());
        }
    }

    @POST
    @Path("/{id}/secondments")
    @RolesAllowed(Role.AGENCY_HEAD)
    @Operation(summary = "Second the officer to another agency between two dates (biệt phái; a head of the officer's agency):"
            + " there they may be assigned its cases and count in its workload and officer report")
    public Response second(@PathParam("id") UUID id, @Valid @NotNull Secondment request, @Context UriInfo uri) {
        OfficerSecondment s = service.second(id, request.hostAgencyCode(), request.from(), request.to(), request.decisionNumber());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).entity(SecondmentView.of(s)).build();
    }

    @GET
    @Path("/{id}/secondments")
    @Operation(summary = "The officer's secondments")
    public List<SecondmentView> secondments(@PathParam("id") UUID id) {
        return service.secondments(id).stream().map(SecondmentView::of).toList();
    }

    @GET
    @Path("/{id}/workload")
    @Operation(summary = "Open cases, cases with conditions, money outstanding, money collected this month")
    public OfficerService.Workload workload(@PathParam("id") UUID id) {
        return service.workload(id);
    }

    static OfficerView view(Officer o) {
        return new OfficerView(o.id(), o.agencyCode(), o.subject(), o.fullName(), o.active(), o.deactivatedAt(), o.version());
    }
}
