package vn.gov.moj.thads.cases.rest;

import vn.gov.moj.thads.cases.model.CaseFlag;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.ClosureOutcome;
import vn.gov.moj.thads.cases.model.VerificationResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case as the API shows it. */
public record CaseView(UUID id, String agencyCode, String decisionNumber, LocalDate decisionDate, CaseKind kind,
                       CaseRequests.Judgment judgment, List<CaseRequests.Party> creditors, List<CaseRequests.Party> debtors,
                       long moneyAmount, String otherObligations, Set<Category> categories, UUID courtJudgmentId,
                       CaseStatus status, VerificationResult classification, LocalDate lastVerifiedOn,
                       String noConditionsDecisionNumber, LocalDate noConditionsDecisionDate,
                       UUID officerId, long outstandingAmount, long collectedAmount, long reducedAmount, Set<CaseFlag> flags,
                       List<String> overdueRules, int complaintCount, LocalDate closedOn, ClosureOutcome closureOutcome,
                       String delegatedToAgencyCode, UUID delegatedFromCaseId, LocalDate debtorNotifiedOn, LocalDate requestReceivedOn, long version) {
}
