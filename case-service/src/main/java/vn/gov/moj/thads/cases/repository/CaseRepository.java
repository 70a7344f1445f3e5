package vn.gov.moj.thads.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import vn.gov.moj.thads.cases.model.CaseFlag;
import vn.gov.moj.thads.cases.model.CaseParty;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.PartyRole;
import vn.gov.moj.thads.cases.model.VerificationResult;
import vn.gov.moj.thads.cases.service.CaseSearch;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.calendar.WorkYear;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<EnforcementCase, UUID> {

    private static final Map<String, String> SORTABLE = Map.of(
            "decisionDate", "c.decisionDate",
            "decisionNumber", "c.decisionNumber",
            "moneyAmount", "c.moneyAmount",
            "outstandingAmount", "(c.moneyAmount - c.collectedAmount)",
            "status", "c.status");

    private final OrgUnits orgUnits;

    public CaseRepository(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    /**
     * One indexed row at most, from a query whose translation Hibernate caches: Panache's
     * {@code count(...)} builds a new count query each call (10 % of an opening's CPU under load).
     */
    public boolean existsDecision(String agencyCode, String decisionNumber) {
        return !getEntityManager().createQuery("select 1 from EnforcementCase c where c.agencyCode = ?1 and c.decisionNumber = ?2",
                        Integer.class)
                .setParameter(1, agencyCode).setParameter(2, decisionNumber).setMaxResults(1).getResultList().isEmpty();
    }

    public void forceVersionIncrement(EnforcementCase c) {
        getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Cases, money and money collected per status, of every agency or of those in {@code units} (codes or provinces). */
    public List<Object[]> countsByStatus(AgencyScope unit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        unit.restrict(where, params, "units", CASES);
        var query = getEntityManager().createQuery("select c.status, count(c), sum(c.moneyAmount), sum(c.collectedAmount)"
                + " from EnforcementCase c" + where + " group by c.status order by c.status", Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static final AgencyScope.Columns CASES = new AgencyScope.Columns("c.agencyCode", "c.provinceCode");

    /**
     * The case list: always inside the caller's scope (and, for an officer, their own cases), then
     * the filters. {@code assignedTo} is the subject of an officer limited to their cases.
     */
    public Page<EnforcementCase> search(CaseSearch search, AgencyScope scope, String assignedTo, LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.restrict(where, params, "scopeUnits", CASES);
        if (assignedTo != null) {
            where.append(" and c.officer.subject = :assignedTo");
            params.put("assignedTo", assignedTo);
        }
        if (search.agencyCode() != null && !OrgUnits.NATIONAL.equals(search.agencyCode())) {
            orgUnits.scopeOf(search.agencyCode()).restrict(where, params, "agencyUnits", CASES);
        }
        if (search.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", search.status());
        }
        if (search.category() != null) {
            where.append(" and :category member of c.categories");
            params.put("category", search.category());
        }
        if (search.flag() == CaseFlag.OLD) {
            where.append(" and c.status not in :finalStatuses and (c.classification is null or c.classification = :withConditions)"
                    + " and c.decisionDate < :yearAgo");
            params.put("finalStatuses", CaseStatus.FINAL);
            params.put("withConditions", VerificationResult.HAS_CONDITIONS);
            params.put("yearAgo", today.minusYears(1));
        } else if (search.flag() == CaseFlag.MANY_COMPLAINTS) {
            where.append(" and c.complaintCount >= 2");
        } else if (search.flag() == CaseFlag.OVERDUE) {
            where.append(" and c.overdueRules is not null");
        }
        if (search.officerId() != null) {
            where.append(" and c.officer.id = :officerId");
            params.put("officerId", search.officerId());
        }
        if (search.workYear() != null) {
            // the year's caseload: opened by its end and not finished before its start
            where.append(" and c.decisionDate <= :yearEnd and (c.closedOn is null or c.closedOn >= :yearStart)");
            params.put("yearStart", new WorkYear(search.workYear()).start());
            params.put("yearEnd", new WorkYear(search.workYear()).end());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (lower(c.decisionNumber) like :decisionText or exists (select p from CaseParty p"
                    + " where p.enforcementCase = c and p.role = :debtor and p.nameSearch like :nameText))");
            params.put("decisionText", VietnameseText.containsPattern(search.text().strip().toLowerCase(Locale.ROOT)));
            params.put("nameText", VietnameseText.containsPattern(CaseParty.searchable(search.text())));
            params.put("debtor", PartyRole.DEBTOR);
        }

        var em = getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(c) from EnforcementCase c" + where, Long.class);
        TypedQuery<EnforcementCase> page = em.createQuery("select c from EnforcementCase c" + where + orderBy(search.sort()),
                EnforcementCase.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<EnforcementCase> items = page.setFirstResult(search.page() * search.size()).setMaxResults(search.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), search.page(), search.size());
    }

    /** {@code decisionDate,desc} style; the id breaks ties so pages never overlap. */
    private static String orderBy(String sort) {
        String field = "decisionDate";
        String direction = "desc";
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            field = parts[0].strip();
            direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (!SORTABLE.containsKey(field) || !(direction.equals("asc") || direction.equals("desc"))) {
                throw ProblemException.invalidField("sort", "must be one of " + String.join(", ", SORTABLE.keySet())
                        + ", optionally followed by ,asc or ,desc");
            }
        }
        return " order by " + SORTABLE.get(field) + " " + direction + ", c.id";
    }
}
