package vn.gov.moj.thads.complaints.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.service.ComplaintAccess;
import vn.gov.moj.thads.complaints.service.ComplaintSearch;
import vn.gov.moj.thads.complaints.service.ComplaintService;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.history.HistoryView;
import vn.gov.moj.thads.platform.security.Role;

import java.util.List;
import java.util.UUID;

import static vn.gov.moj.thads.platform.api.QueryParams.dateOf;
import static vn.gov.moj.thads.platform.api.QueryParams.enumOf;
import static vn.gov.moj.thads.platform.api.QueryParams.uuidOf;

/** Petitions (complaints, denunciations, petitions): receipt, lifecycle, lists. */
@Path("/api/v1/complaints")
@Tag(name = "Complaints")
@RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
public class ComplaintResource {

    @Inject ComplaintService service;
    @Inject ObjectMapper mapper;

    @POST
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.MINISTRY})
    @Operation(summary = "Record a petition received at an agency; jurisdiction, due dates and repeats are derived")
    public Response receive(@Valid @NotNull ComplaintRequests.NewComplaint request, @Context UriInfo uri) {
        var subject = request.subject();
        var complainant = request.complainant();
        Complaint c = service.receive(new Complaint.Receipt(request.type(), request.channel(), request.receivedOn(),
                request.filedAtAgencyCode(), complainant.name(), blank(complainant.idNumber()), blank(complainant.phone()),
                blank(complainant.address()), request.caseId(),
                subject == null ? null : subject.kind(), subject == null ? null : subject.agencyCode(),
                subject == null ? null : subject.officerId(), subject == null ? null : blank(subject.officerSubject()),
                subject == null ? null : subject.phase(),
                subject == null ? null : subject.actDate(), request.round() == null ? 1 : request.round(),
                request.previousComplaintId(), request.firstDecisionReceivedOn(), request.content()));
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .tag(etag(c)).entity(view(c)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @GET
    @Operation(summary = "Petitions filed at or routed to agencies in the caller's scope")
    public Page<ComplaintView> list(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                    @QueryParam("type") String type, @QueryParam("caseId") String caseId,
                                    @QueryParam("overdue") Boolean overdue, @QueryParam("overLevel") Boolean overLevel,
                                    @QueryParam("repeat") Boolean repeat, @QueryParam("dueBefore") String dueBefore,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<Complaint> found = service.search(new ComplaintSearch(blank(agency), enumOf(ComplaintStatus.class, status, "status"),
                enumOf(ComplaintType.class, type, "type"), uuidOf(caseId, "caseId"), overdue, overLevel, repeat,
                dateOf(dueBefore, "dueBefore"), page, size));
        return new Page<>(found.items().stream().map(c -> ComplaintView.listed(c, service.disclosure(c), service.finalDecision(c), service.today())).toList(),
                found.total(), page, size);
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        // an extension's reason is free text about the petition: read only by those who read its letter
        boolean full = service.disclosure(service.get(id)) == ComplaintAccess.Disclosure.FULL;
        return service.history(id).stream().map(e -> HistoryView.of(e, mapper))
                .map(entry -> full ? entry : entry.withoutDetail("reason")).toList();
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(summary = "Accept (thụ lý) the petition: head of the competent agency")
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ComplaintRequests.Acceptance request) {
        return ok(service.accept(id, ifMatch, request.acceptedOn()));
    }

    @POST
    @Path("/{id}/transfer")
    @Operation(summary = "Transfer the petition to the competent agency, whose inbox then shows it")
    public Response transfer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ComplaintRequests.Transfer request) {
        return ok(service.transfer(id, ifMatch, request.transferredOn()));
    }

    @POST
    @Path("/{id}/transfer-receipt")
    @Operation(summary = "Record the day a transferred petition reached the competent agency: its acceptance clock starts then")
    public Response receiveTransfer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull ComplaintRequests.TransferReceipt request) {
        return ok(service.receiveTransfer(id, ifMatch, request.receivedOn()));
    }

    @POST
    @Path("/{id}/extension")
    @Operation(summary = "Extend a denunciation's time limit: once for a complex matter, twice for an especially complex one (from 2019)")
    public Response extend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ComplaintRequests.Extension request) {
        return ok(service.extend(id, ifMatch, request.complexity(), request.reason(), request.decidedOn()));
    }

    @PUT
    @Path("/{id}/handlers")
    @Operation(summary = "Assign the staff who handle the petition (head of the competent agency); they alone, with the head, see the petitioner")
    public Response assignHandlers(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull ComplaintRequests.Handlers request) {
        return ok(service.assignHandlers(id, ifMatch, request.handlers()));
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(summary = "Resolve: UPHELD, PARTIALLY_UPHELD or REJECTED, with the decision")
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ComplaintRequests.Resolution request) {
        return ok(service.resolve(id, ifMatch, request.decision(), request.decisionNumber(), request.decisionDate(), request.summary()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Record the petitioner's withdrawal, on their dated request: staff of the competent agency, never the person it is about")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ComplaintRequests.Withdrawal request) {
        return ok(service.withdraw(id, ifMatch, request.withdrawnOn()));
    }

    private Response ok(Complaint c) {
        return Response.ok(view(c)).tag(etag(c)).build();
    }

    /** The petition with what this caller may see of the petitioner. */
    private ComplaintView view(Complaint c) {
        return ComplaintView.of(c, service.disclosure(c), service.finalDecision(c), service.readsDecision(c), service.today());
    }

    private static EntityTag etag(Complaint c) {
        return new EntityTag(Long.toString(c.version()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
