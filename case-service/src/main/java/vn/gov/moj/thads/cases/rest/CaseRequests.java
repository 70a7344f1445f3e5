package vn.gov.moj.thads.cases.rest;

import vn.gov.moj.thads.platform.text.IdentityNumber;
import vn.gov.moj.thads.platform.text.DocumentNumber;
import vn.gov.moj.thads.platform.text.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.gov.moj.thads.cases.model.ActionType;
import vn.gov.moj.thads.cases.model.AuctionResult;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.ClosureOutcome;
import vn.gov.moj.thads.cases.model.PartyType;
import vn.gov.moj.thads.cases.model.ReductionKind;
import vn.gov.moj.thads.cases.model.SecurityMeasureType;
import vn.gov.moj.thads.cases.model.VerificationResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The request bodies of the case API (the JSON names front ends and court systems code against). */
public final class CaseRequests {

    static final String AGENCY_CODE = "\\d{2}(\\.\\d{2})?";
    static final String AGENCY_CODE_MESSAGE = "must be a province code (19) or a local office code (19.05)";
    /** Creditors or debtors of one decision: a judgment with more is enforced by several decisions (cases). */
    static final int MAX_PARTIES = 50;

    private CaseRequests() {
    }

    public record Judgment(@NotBlank @Size(max = 50) @DocumentNumber(max = 50) String courtCode, @NotBlank @Size(max = 300) @VisibleText(max = 300) String courtName,
                           @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String number, @NotNull LocalDate effectiveDate) {
    }

    public record Party(@NotBlank @Size(max = 300) @VisibleText(max = 300) String name, @NotNull PartyType type,
                        @Size(max = 50) @IdentityNumber String idNumber,
                        @Size(max = 500) @VisibleText(max = 500) String address) {
    }

    public record OpenCase(
            @NotBlank @Pattern(regexp = AGENCY_CODE, message = AGENCY_CODE_MESSAGE) String agencyCode,
            @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @NotNull CaseKind kind,
            @Valid Judgment judgment,
            @Size(max = MAX_PARTIES) @Valid List<@NotNull Party> creditors,
            @NotEmpty @Size(max = MAX_PARTIES) @Valid List<@NotNull Party> debtors,
            @NotNull @PositiveOrZero Long moneyAmount,
            // something visible: a zero-width space passed as an obligation, and put on the public list of debtors without
            // conditions a person who owed nothing (red team of session 26)
            @Size(max = 4000) @VisibleText(max = 4000) String otherObligations,
            Set<@NotNull Category> categories,
            UUID courtJudgmentId,
            LocalDate debtorNotifiedOn,
            LocalDate requestReceivedOn,
            UUID delegatedFromCaseId) {
    }

    /** The day the debtor was notified of the enforcement decision. */
    public record DebtorNotification(@NotNull LocalDate notifiedOn) {
    }

    /** {@code assignedOn}: the business date the officer takes the case over; today when absent. */
    public record Assignment(@NotNull UUID officerId, LocalDate assignedOn) {
    }

    /**
     * {@code decisionNumber} and {@code decisionDate}: the decision that the debtor has no conditions
     * to enforce, required when {@code result} is NO_CONDITIONS (it is published), refused otherwise.
     */
    public record Verification(@NotNull VerificationResult result, @NotNull LocalDate verifiedOn,
                               @Size(max = 2000) String note, Boolean extendedReverification,
                               @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber, LocalDate decisionDate) {
    }

    public record Action(@NotNull ActionType type, @NotNull LocalDate date, @Size(max = 2000) String note,
                         AuctionResult auctionResult) {
    }

    public record Collection(@NotNull @Positive Long amount, @NotNull LocalDate collectedOn,
                             @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String receiptNumber) {
    }

    /** Postponement, suspension and resumption. */
    public record StatusChange(@NotNull LocalDate date, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Delegation(@NotBlank @Pattern(regexp = AGENCY_CODE, message = AGENCY_CODE_MESSAGE) String toAgencyCode,
                             @NotNull LocalDate date, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Closure(@NotNull ClosureOutcome outcome, @NotNull LocalDate closedOn,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    /** An exemption or reduction decision (miễn, giảm) on an obligation owed to the state budget. */
    public record Reduction(@NotNull ReductionKind kind, @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber,
                            @NotNull LocalDate decisionDate, @NotNull @Positive Long amount, @Size(max = 2000) String note) {
    }

    /** A security measure: its decision, the day it was applied, and what it holds (an account, an asset; shown only on the case). */
    public record SecurityMeasureRequest(@NotNull SecurityMeasureType type, @NotBlank @Size(max = 100) @DocumentNumber(max = 100) String decisionNumber,
                                         @NotNull LocalDate appliedOn, @Size(max = 2000) String description) {
    }

    public record Lifting(@NotNull LocalDate liftedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    /** A steering committee's direction: when, which body, what, by when. */
    public record Direction(@NotNull LocalDate directedOn, @NotBlank @Size(max = 300) String body,
                            @NotBlank @Size(max = 4000) String content, @NotNull LocalDate deadline) {
    }

    public record DirectionOutcome(@NotNull LocalDate resolvedOn, @NotBlank @Size(max = 4000) String outcome) {
    }

    /** {@code proposedOn}: the day the plan was proposed (a coercion recorded late, or migrated); today when absent. */
    public record CoercionProposal(@NotNull LocalDate plannedFor, @NotBlank @Size(max = 4000) String content, LocalDate proposedOn) {
    }

    /** {@code approvedOn}: today when absent. */
    public record CoercionApproval(LocalDate approvedOn) {
    }

    /** {@code decidedOn}: the date of the head's decision (today when left out), which the reports date the change by. */
    public record Categories(@NotNull Set<@NotNull Category> categories, LocalDate decidedOn, @Size(max = 2000) String reason) {
    }
}
