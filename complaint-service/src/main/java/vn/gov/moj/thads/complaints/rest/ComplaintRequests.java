package vn.gov.moj.thads.complaints.rest;

import vn.gov.moj.thads.platform.text.IdentityNumber;
import vn.gov.moj.thads.platform.text.PhoneNumber;
import vn.gov.moj.thads.platform.text.DocumentNumber;
import vn.gov.moj.thads.platform.text.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.moj.thads.complaints.model.Channel;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Complexity;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.Phase;
import vn.gov.moj.thads.complaints.model.SubjectKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the petition API. */
public final class ComplaintRequests {

    static final String AGENCY_CODE = "VN|\\d{2}(\\.\\d{2})?";
    static final String AGENCY_CODE_MESSAGE = "must be VN, a province code (19) or a local office code (19.05)";

    private ComplaintRequests() {
    }

    public record Complainant(@NotBlank @Size(max = 300) @VisibleText(max = 300) String name,
                              @Size(max = 50) @IdentityNumber String idNumber,
                              // digits as dialled: an override or an escape sequence reached the handlers' screens (red team of session 26)
                              @Size(max = 50) @PhoneNumber String phone,
                              @Size(max = 500) @VisibleText(max = 500) String address) {
    }

    /**
     * Whose act the petition is about. {@code officerSubject}: that officer's account (the token
     * subject), so that they never see the petitioner's identity nor handle or withdraw it; taken from
     * the case service's assignments when left out, refused when not that officer's (required with an
     * officer this service has not learnt yet). A first petition about an officer ({@code kind} OFFICER) names them by
     * {@code officerId} or {@code officerSubject}, or names the case, whose assigned officer it is then about (400 on
     * {@code subject.officerId} otherwise). For a petition about the head of an agency ({@code kind} AGENCY_HEAD),
     * {@code officerSubject} is that head's account: it keeps the person from the petition wherever they head next (without
     * it, only the heads of the agency named are kept from it).
     */
    public record Subject(SubjectKind kind, @Pattern(regexp = AGENCY_CODE, message = AGENCY_CODE_MESSAGE) String agencyCode,
                          UUID officerId, @Size(max = 100) String officerSubject, Phase phase, LocalDate actDate) {
    }

    /** {@code firstDecisionReceivedOn}: for a second complaint, the day the complainant received the first decision. */
    public record NewComplaint(@NotNull ComplaintType type, @NotNull Channel channel, @NotNull LocalDate receivedOn,
                               @NotBlank @Pattern(regexp = AGENCY_CODE, message = AGENCY_CODE_MESSAGE) String filedAtAgencyCode,
                               @NotNull @Valid Complainant complainant, UUID caseId, @Valid Subject subject,
                               @Min(1) @Max(2) Integer round, UUID previousComplaintId, LocalDate firstDecisionReceivedOn,
                               @NotBlank @Size(max = 10000) String content) {
    }

    public record Acceptance(@NotNull LocalDate acceptedOn) {
    }

    public record Transfer(@NotNull LocalDate transferredOn) {
    }

    /** The day a transferred petition reached the competent agency. */
    public record TransferReceipt(@NotNull LocalDate receivedOn) {
    }

    /**
     * {@code complexity} COMPLEX (the default) or ESPECIALLY_COMPLEX; {@code decidedOn}: the day the head decided it
     * (today when absent), within the limit it extends and not before the extension before it.
     */
    public record Extension(@NotBlank @Size(max = 2000) String reason, Complexity complexity, LocalDate decidedOn) {
    }

    /** The accounts (token subjects) of the staff who handle the petition; replaces the previous list. */
    public record Handlers(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> handlers) {
    }

    public record Resolution(@NotNull Decision decision, @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber,
                             @NotNull LocalDate decisionDate, @NotBlank @Size(max = 10000) String summary) {
    }

    /** {@code withdrawnOn}: the date of the petitioner's request to withdraw. */
    public record Withdrawal(@NotNull LocalDate withdrawnOn) {
    }
}
