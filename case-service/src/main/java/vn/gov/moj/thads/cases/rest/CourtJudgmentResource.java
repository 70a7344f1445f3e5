package vn.gov.moj.thads.cases.rest;

import vn.gov.moj.thads.platform.text.DocumentNumber;
import vn.gov.moj.thads.platform.text.VietnameseText;
import vn.gov.moj.thads.platform.text.VisibleText;
import vn.gov.moj.thads.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.cases.model.CourtJudgment;
import vn.gov.moj.thads.cases.model.SourceJudgment;
import vn.gov.moj.thads.cases.model.CourtJudgmentStatus;
import vn.gov.moj.thads.cases.service.CourtJudgmentService;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static vn.gov.moj.thads.platform.api.QueryParams.enumOf;

/** Court intake: court systems push judgments to enforce; agencies see what waits for them. */
@Path("/api/v1/court-judgments")
@Tag(name = "Court intake")
public class CourtJudgmentResource {

    public record Submission(@NotBlank @Size(max = 50) @DocumentNumber(max = 50) String courtCode, @NotBlank @Size(max = 300) @VisibleText(max = 300) String courtName,
                             @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String number, @NotNull LocalDate effectiveDate,
                             @NotBlank @Pattern(regexp = CaseRequests.AGENCY_CODE, message = CaseRequests.AGENCY_CODE_MESSAGE) String agencyCode,
                             @Size(max = CaseRequests.MAX_PARTIES) @Valid List<CaseRequests.@NotNull Party> creditors,
                             @NotEmpty @Size(max = CaseRequests.MAX_PARTIES) @Valid List<CaseRequests.@NotNull Party> debtors,
                             @NotNull @PositiveOrZero Long moneyAmount, @Size(max = 4000) @VisibleText(max = 4000) String otherObligations) {
    }

    /**
     * A judgment; {@code caseId} is the first case opened from it, {@code caseIds} all of them (one
     * judgment gives several decisions); {@code caseIds} and {@code submission} (parties with their ID
     * numbers and addresses) only when read one at a time.
     */
    public record JudgmentView(UUID id, String courtCode, String courtName, String number, LocalDate effectiveDate,
                               String agencyCode, long moneyAmount, CourtJudgmentStatus status, UUID caseId,
                               List<UUID> caseIds, OffsetDateTime receivedAt, JsonNode submission) {
    }

    @Inject CourtJudgmentService service;
    @Inject Caller caller;
    @Inject ObjectMapper mapper;

    @POST
    @RolesAllowed(Role.COURT_CLIENT)
    @Operation(summary = "Submit a judgment to enforce, for a court the token names (courtCodes); an identical resend returns the"
            + " first result, different content for the same court and number is a 409")
    public Response submit(@Valid @NotNull Submission submission, @Context UriInfo uri) throws JsonProcessingException {
        requireReadsInOrder(mapper.valueToTree(submission), "");
        CourtJudgment judgment = new CourtJudgment(new SourceJudgment(submission.courtCode(), submission.courtName(), submission.number(),
                submission.effectiveDate()), submission.agencyCode(),
                OrgUnits.provinceOf(submission.agencyCode()), submission.moneyAmount(),
                mapper.writeValueAsString(submission), caller.subject());
        CourtJudgmentService.Intake intake = service.submit(judgment);
        Response.ResponseBuilder answer = intake.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(intake.judgment().id().toString()).build())
                : Response.ok();
        return answer.entity(view(intake.judgment())).build();
    }

    @GET
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY})
    @Operation(summary = "Judgments waiting for (or accepted by) agencies in the caller's scope")
    public Page<JudgmentView> list(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<CourtJudgment> found = service.list(agency == null || agency.isBlank() ? null : agency.strip(),
                enumOf(CourtJudgmentStatus.class, status, "status"), page, size);
        return new Page<>(found.items().stream().map(this::summary).toList(), found.total(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.OFFICER, Role.AGENCY_HEAD, Role.PROVINCE, Role.MINISTRY, Role.COURT_CLIENT})
    public JudgmentView get(@PathParam("id") UUID id) {
        return view(service.get(id));
    }

    /**
     * The submission is kept and shown as the court sent it: a right-to-left override in a debtor's name made it read as
     * another's to the officers reading it (review of session 31). What a person types is kept as seen instead
     * (VietnameseText.visible); a court system sending one is refused.
     */
    private static void requireReadsInOrder(JsonNode node, String path) {
        if (node.isTextual() && VietnameseText.turnsReadingOrder(node.textValue())) {
            throw ProblemException.invalidField(path, "must not hold a character that turns the reading order (U+202A to U+202E, U+2066 to U+2069)");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireReadsInOrder(node.get(i), path + "[" + i + "]");
            }
        }
        node.fields().forEachRemaining(field -> requireReadsInOrder(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
    }

    private JudgmentView summary(CourtJudgment j) {
        return new JudgmentView(j.id(), j.judgment().courtCode(), j.judgment().courtName(), j.judgment().number(),
                j.judgment().effectiveDate(), j.agencyCode(),
                j.moneyAmount(), j.status(), j.caseId(), null, j.receivedAt(), null);
    }

    private JudgmentView view(CourtJudgment j) {
        // a court system learns that its judgment was accepted (status), not the ids of the cases opened from it
        boolean court = caller.hasRole(Role.COURT_CLIENT);
        try {
            return new JudgmentView(j.id(), j.judgment().courtCode(), j.judgment().courtName(), j.judgment().number(),
                j.judgment().effectiveDate(), j.agencyCode(), j.moneyAmount(), j.status(), court ? null : j.caseId(),
                    court ? null : j.caseIds(), j.receivedAt(), mapper.readTree(j.content()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored submission is not JSON", e);
        }
    }
}
