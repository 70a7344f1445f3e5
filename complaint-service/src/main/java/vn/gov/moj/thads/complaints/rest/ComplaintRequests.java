package vn.gov.moj.thads.complaints.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.moj.thads.complaints.model.Channel;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.Phase;
import vn.gov.moj.thads.complaints.model.SubjectKind;

import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the petition API. */
public final class ComplaintRequests {

    static final String AGENCY_CODE = "VN|\\d{2}(\\.\\d{2})?";
    static final String AGENCY_CODE_MESSAGE = "must be VN, a province code (19) or a local office code (19.05)";

    private ComplaintRequests() {
    }

    public record Complainant(@NotBlank @Size(max = 300) String name, @Size(max = 50) String idNumber,
                              @Size(max = 50) String phone, @Size(max = 500) String address) {
    }

    public record Subject(SubjectKind kind, @Pattern(regexp = AGENCY_CODE, message = AGENCY_CODE_MESSAGE) String agencyCode,
                          UUID officerId, Phase phase, LocalDate actDate) {
    }

    public record NewComplaint(@NotNull ComplaintType type, @NotNull Channel channel, @NotNull LocalDate receivedOn,
                               @NotBlank @Pattern(regexp = AGENCY_CODE, message = AGENCY_CODE_MESSAGE) String filedAtAgencyCode,
                               @NotNull @Valid Complainant complainant, UUID caseId, @Valid Subject subject,
                               @Min(1) @Max(2) Integer round, UUID previousComplaintId,
                               @NotBlank @Size(max = 10000) String content) {
    }

    public record Acceptance(@NotNull LocalDate acceptedOn) {
    }

    public record Transfer(@NotNull LocalDate transferredOn) {
    }

    public record Extension(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Resolution(@NotNull Decision decision, @NotBlank @Size(max = 100) String decisionNumber,
                             @NotNull LocalDate decisionDate, @NotBlank @Size(max = 10000) String summary) {
    }

    public record Withdrawal(@NotNull LocalDate withdrawnOn) {
    }
}
