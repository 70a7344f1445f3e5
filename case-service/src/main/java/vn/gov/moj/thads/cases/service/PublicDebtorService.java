package vn.gov.moj.thads.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moj.thads.cases.model.CaseParty;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.PartyRole;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public list of debtors without conditions to enforce: cases classified NO_CONDITIONS now,
 * with the debtor's name, the agency, the decision and an amount band. Never an ID number or an
 * address. A case leaves the list as soon as it is reclassified or final.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicDebtorService {

    /**
     * The trigram index narrows a search only by a word of three letters or digits: without one
     * ("Lê", "a b c", "%%%") every debtor of the list would be read, for anyone who asks.
     */
    private static final java.util.regex.Pattern SEARCHABLE_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]{3}");

    @Inject java.time.Clock clock;
    /**
     * Anyone may ask this list: it shows the first this many matches (a page starts within them) and
     * counts its total up to this many and one more, "more than that". An exact count or a deep page
     * of the national list read every debtor on it (1.3 s at 2 million cases) on each request.
     */
    @ConfigProperty(name = "thads.public-debtors.shown-up-to", defaultValue = "1000") int shownUpTo;

    public enum AmountBand { UNDER_10_MILLION, FROM_10_TO_100_MILLION, FROM_100_MILLION_TO_1_BILLION, OVER_1_BILLION }

    /**
     * A debtor on the public list: the enforcement decision, and the published decision that the
     * debtor has no conditions to enforce ({@code noConditionsDecisionNumber}, {@code …Date}).
     */
    public record PublicDebtor(String debtorName, String agencyCode, String agencyName, String decisionNumber,
                               LocalDate decisionDate, String noConditionsDecisionNumber, LocalDate noConditionsDecisionDate,
                               AmountBand amountBand) {
    }

    @Inject EntityManager entityManager;
    @Inject OrgUnits orgUnits;

    public Page<PublicDebtor> list(String name, String provinceCode, int page, int size) {
        if ((long) page * size >= shownUpTo) {
            throw ProblemException.invalidField("page", "the public list shows its first " + shownUpTo
                    + " debtors; narrow the search by name or province");
        }
        StringBuilder where = new StringBuilder(" from CaseParty p join p.enforcementCase c"
                + " where c.status = :status and p.role = :debtor"
                // only while something is owed: a debtor whose money was paid in full is no debtor to publish
                + " and (" + EnforcementCase.OUTSTANDING_JPQL + " > 0"
                + " or (c.otherObligations is not null and trim(c.otherObligations) <> ''))");
        Map<String, Object> params = new HashMap<>();
        params.put("status", CaseStatus.NO_CONDITIONS);
        params.put("debtor", PartyRole.DEBTOR);
        if (name != null && !name.isBlank()) {
            if (!SEARCHABLE_WORD.matcher(CaseParty.searchable(name)).find()) {
                throw ProblemException.invalidField("name", "give a word of the name with at least 3 letters");
            }
            where.append(" and p.nameSearch like :name");
            params.put("name", VietnameseText.containsPattern(CaseParty.searchable(name)));
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            orgUnits.scopeOf(provinceCode.strip()).restrict(where, params, "provinces",
                    new AgencyScope.Columns("c.agencyCode", "c.provinceCode"));
        }
        var counted = entityManager.createQuery("select p.id" + where, java.util.UUID.class);
        var rows = entityManager.createQuery("select p.name, c.agencyCode, c.decisionNumber, c.decisionDate,"
                + " c.noConditionsDecisionNumber, c.noConditionsDecisionDate, " + EnforcementCase.OUTSTANDING_JPQL + where + " order by c.decisionDate desc, p.id", Object[].class);
        params.forEach((key, value) -> {
            counted.setParameter(key, value);
            rows.setParameter(key, value);
        });
        LocalDate today = LocalDate.now(clock);
        // today's list names the agency that holds each case today: a case recorded at a unit closed since (Phủ Lý's office,
        // 35.01) is enforced by its successor (37.02), which a debtor or creditor would look for
        List<PublicDebtor> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> {
                    String holder = orgUnits.representativeOn((String) row[1], today);
                    return new PublicDebtor((String) row[0], holder, orgUnits.nameOn(holder, today),
                            (String) row[2], (LocalDate) row[3], (String) row[4], (LocalDate) row[5], band(((Number) row[6]).longValue()));
                })
                .toList();
        return new Page<>(items, counted.setMaxResults(shownUpTo + 1).getResultList().size(), page, size);
    }

    static AmountBand band(long outstanding) {
        if (outstanding < 10_000_000L) {
            return AmountBand.UNDER_10_MILLION;
        }
        if (outstanding < 100_000_000L) {
            return AmountBand.FROM_10_TO_100_MILLION;
        }
        if (outstanding < 1_000_000_000L) {
            return AmountBand.FROM_100_MILLION_TO_1_BILLION;
        }
        return AmountBand.OVER_1_BILLION;
    }
}
