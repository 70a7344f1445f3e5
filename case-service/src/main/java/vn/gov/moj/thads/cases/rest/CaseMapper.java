package vn.gov.moj.thads.cases.rest;

import vn.gov.moj.thads.cases.model.CaseOpening;
import vn.gov.moj.thads.cases.model.CaseParty;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.PartyRole;
import vn.gov.moj.thads.cases.model.SourceJudgment;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Between the API's records and the model. */
final class CaseMapper {

    private CaseMapper() {
    }

    static CaseOpening toOpening(CaseRequests.OpenCase request, String actor) {
        CaseRequests.Judgment j = request.judgment();
        return new CaseOpening(request.agencyCode(), OrgUnits.provinceOf(request.agencyCode()),
                vn.gov.moj.thads.platform.text.VietnameseText.visible(request.decisionNumber()),
                request.decisionDate(), request.kind(),
                j == null ? null : new SourceJudgment(j.courtCode(), j.courtName(), j.number(), j.effectiveDate()),
                parties(request.creditors()), parties(request.debtors()), request.moneyAmount(), request.otherObligations(),
                request.categories() == null || request.categories().isEmpty() ? EnumSet.noneOf(Category.class)
                        : EnumSet.copyOf(request.categories()),
                request.courtJudgmentId(), request.debtorNotifiedOn(), request.requestReceivedOn(), actor);
    }

    private static List<CaseOpening.Party> parties(List<CaseRequests.Party> parties) {
        return parties == null ? List.of() : parties.stream()
                .map(p -> new CaseOpening.Party(p.name(), p.type(), blankToNull(p.idNumber()), blankToNull(p.address())))
                .toList();
    }

    static CaseView toView(EnforcementCase c, LocalDate today) {
        return toView(c, today, true);
    }

    /** A case in a list: its parties by name and type only (ID numbers and addresses are read one case at a time). */
    static CaseView toSummary(EnforcementCase c, LocalDate today) {
        return toView(c, today, false);
    }

    private static CaseView toView(EnforcementCase c, LocalDate today, boolean whole) {
        SourceJudgment j = c.judgment();
        return new CaseView(c.id(), c.agencyCode(), c.decisionNumber(), c.decisionDate(), c.kind(),
                new CaseRequests.Judgment(j.courtCode(), j.courtName(), j.number(), j.effectiveDate()),
                partyViews(c.parties(PartyRole.CREDITOR), whole), partyViews(c.parties(PartyRole.DEBTOR), whole),
                c.moneyAmount(), c.otherObligations(), new java.util.TreeSet<>(c.categories()), c.courtJudgmentId(), c.status(), c.classification(),
                c.lastVerifiedOn(), c.noConditionsDecisionNumber(), c.noConditionsDecisionDate(), c.officer() == null ? null : c.officer().id(), c.outstandingAmount(), c.collectedAmount(),
                c.reducedAmount(), c.flags(today), c.overdueRules(), c.complaintCount(), c.closedOn(), c.closureOutcome(), c.delegatedTo(),
                c.delegatedFrom(), c.debtorNotifiedOn(), c.requestReceivedOn(), c.version());
    }

    private static List<CaseRequests.Party> partyViews(List<CaseParty> parties, boolean whole) {
        return parties.stream().map(p -> new CaseRequests.Party(p.name(), p.type(), whole ? p.idNumber() : null,
                whole ? p.address() : null)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
