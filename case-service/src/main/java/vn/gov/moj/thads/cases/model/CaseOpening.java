package vn.gov.moj.thads.cases.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What opening a case (thụ lý) needs, checked for form by the API and for sense by the case. */
public record CaseOpening(String agencyCode, String provinceCode, String decisionNumber, LocalDate decisionDate,
                          CaseKind kind, SourceJudgment judgment, List<Party> creditors, List<Party> debtors,
                          long moneyAmount, String otherObligations, Set<Category> categories,
                          UUID courtJudgmentId, LocalDate debtorNotifiedOn, LocalDate requestReceivedOn,
                          String openedBy) {

    public CaseOpening withJudgment(SourceJudgment sourceJudgment) {
        return new CaseOpening(agencyCode, provinceCode, decisionNumber, decisionDate, kind, sourceJudgment, creditors,
                debtors, moneyAmount, otherObligations, categories, courtJudgmentId, debtorNotifiedOn, requestReceivedOn,
                openedBy);
    }

    public CaseOpening withRequestReceivedOn(LocalDate receivedOn) {
        return new CaseOpening(agencyCode, provinceCode, decisionNumber, decisionDate, kind, judgment, creditors,
                debtors, moneyAmount, otherObligations, categories, courtJudgmentId, debtorNotifiedOn, receivedOn, openedBy);
    }

    public record Party(String name, PartyType type, String idNumber, String address) {
    }
}
