package vn.gov.moj.thads.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import vn.gov.moj.thads.cases.model.AssetStage;
import vn.gov.moj.thads.cases.model.CaseFlag;
import vn.gov.moj.thads.cases.model.Category;
import vn.gov.moj.thads.cases.model.CoercionPlan;
import vn.gov.moj.thads.cases.model.Pipeline;
import vn.gov.moj.thads.cases.model.SteeringDirection;
import vn.gov.moj.thads.cases.model.CaseParty;
import vn.gov.moj.thads.cases.model.CaseStatus;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.OfficerLogin;
import vn.gov.moj.thads.cases.model.VerificationResult;
import vn.gov.moj.thads.cases.service.CaseSearch;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.calendar.WorkYear;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.text.VietnameseText;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<EnforcementCase, UUID> {

    private static final Map<String, String> SORTABLE = Map.of(
            "decisionDate", "c.decisionDate",
            "decisionNumber", "c.decisionNumber",
            "moneyAmount", "c.moneyAmount",
            "outstandingAmount", EnforcementCase.OUTSTANDING_JPQL,
            "status", "c.status");

    @Inject OrgUnits orgUnits;

    /**
     * Decision numbers are unique per agency and calendar year: numbering restarts each year. One row
     * at most, found through the unique index (agency, decision_year, decision_number): the year is the
     * stored generated column (V5), not the year of decision_date, which no index covers (a query on
     * it read every case of the agency, and an opening cost PostgreSQL more with each case the office
     * had: 6 ms at 97,000). Native SQL: nothing to translate on each call.
     */
    public boolean existsDecision(java.util.Collection<String> agencyCodes, String decisionNumber, int year) {
        return !getEntityManager().createNativeQuery("select 1 from enforcement_case where agency_code = any(cast(?1 as varchar[]))"
                        + " and decision_year = ?2 and decision_number = ?3 limit 1")
                .setParameter(1, agencyCodes.toArray(String[]::new)).setParameter(2, year).setParameter(3, decisionNumber)
                .getResultList().isEmpty();
    }

    /** The case opened from the delegated case {@code delegatedId}, if any (one at most: a unique index). */
    public Optional<UUID> openedFrom(UUID delegatedId) {
        return find("delegatedFrom", delegatedId).firstResultOptional().map(EnforcementCase::id);
    }

    /** Delegated cases whose receiving agency is in {@code scope} and that no case enforces yet. */
    public Page<EnforcementCase> delegationsAwaitingOpening(AgencyScope scope, int page, int size) {
        // the status a literal, so that PostgreSQL plans with the partial index on delegated_to (V13) however often it runs
        StringBuilder where = new StringBuilder("c.status = vn.gov.moj.thads.cases.model.CaseStatus.DELEGATED"
                + " and not exists (select 1 from EnforcementCase r where r.delegatedFrom = c.id)");
        Map<String, Object> params = new HashMap<>();
        scope.restrict(where, params, "scopeUnits", AgencyScope.Columns.of("c.delegatedTo"));
        return Listing.page(EnforcementCase.class, "c", where.toString(), params, "c.closedOn, c.id", page, size);
    }

    public void forceVersionIncrement(EnforcementCase c) {
        getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * Cases, money and money collected per status, of every agency or of those in {@code units} (codes or provinces); the
     * sums as BigInteger: a unit's money can pass a long (about 9,200 cases at the 10^15 VND bound).
     */
    public List<Object[]> countsByStatus(AgencyScope unit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        unit.restrict(where, params, "units", CASES);
        singleValued(where, params);
        var query = getEntityManager().createQuery("select c.status, count(c), sum(cast(c.moneyAmount as BigInteger)), sum(cast(c.collectedAmount as BigInteger)),"
                + " sum(cast(c.reducedAmount as BigInteger))"
                + " from EnforcementCase c" + where + " group by c.status order by c.status", Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static final AgencyScope.Columns CASES = new AgencyScope.Columns("c.agencyCode", "c.provinceCode");

    /**
     * The case list: always inside the caller's scope (and, for an officer, their own cases), then
     * the filters. {@code assignedTo}: an officer limited to their cases.
     */
    public Page<EnforcementCase> search(CaseSearch search, AgencyScope scope, OfficerLogin assignedTo, LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        restrict(search, scope, assignedTo, today, where, params);

        var em = getEntityManager();
        // count(*), not count(c): PostgreSQL counts from the scope's index alone (index-only scan) instead of
        // reading every case of the scope for its id (a province's count: 276 ms at 2 million cases, 8 ms)
        TypedQuery<Long> count = em.createQuery("select count(*) from EnforcementCase c" + where, Long.class);
        // the officer in the page's own row; the parties and categories of the whole page in one query each (@BatchSize)
        TypedQuery<EnforcementCase> page = em.createQuery("select c from EnforcementCase c left join fetch c.officer" + where
                + orderBy(search.sort()), EnforcementCase.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<EnforcementCase> items = page.setFirstResult(search.page() * search.size()).setMaxResults(search.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), search.page(), search.size());
    }

    /** How many cases of each agency a pipeline holds, with the filters of the case list (in agency order). */
    public Map<String, Long> pipelineCounts(CaseSearch search, AgencyScope scope, OfficerLogin assignedTo, LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        restrict(search, scope, assignedTo, today, where, params);
        var query = getEntityManager().createQuery("select c.agencyCode, count(*) from EnforcementCase c" + where
                + " group by c.agencyCode order by c.agencyCode", Object[].class);
        params.forEach(query::setParameter);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        query.getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** A direction left unresolved on a case that has ended no longer asks anything of the agency (domain.md §8.5). */
    private static final List<CaseStatus> FINAL_STATUSES = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isFinal).toList();

    /** The directions not yet resolved on cases in the caller's scope and the list's filters, not final: the first {@code limit} by deadline. */
    public List<SteeringDirection> openDirections(CaseSearch search, AgencyScope scope, OfficerLogin assignedTo, LocalDate today, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        restrict(search, scope, assignedTo, today, where, params);
        params.put("finalStatuses", FINAL_STATUSES);
        var query = getEntityManager().createQuery("select d from SteeringDirection d join d.enforcementCase c" + where
                + " and d.resolvedOn is null and c.status not in :finalStatuses order by d.deadline, d.id", SteeringDirection.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** How many of those directions there are, and how many are past their deadline on {@code today}. */
    public long[] openDirectionCounts(CaseSearch search, AgencyScope scope, OfficerLogin assignedTo, LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        restrict(search, scope, assignedTo, today, where, params);
        params.put("directionsToday", today);
        params.put("finalStatuses", FINAL_STATUSES);
        var query = getEntityManager().createQuery("select count(d), coalesce(sum(case when d.deadline < :directionsToday then 1 else 0 end), 0)"
                + " from SteeringDirection d join d.enforcementCase c" + where + " and d.resolvedOn is null and c.status not in :finalStatuses",
                Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The case list's scope and filters, as a JPQL condition on {@code c}. */
    private void restrict(CaseSearch search, AgencyScope scope, OfficerLogin assignedTo, LocalDate today, StringBuilder where,
                          Map<String, Object> params) {
        boolean picked = search.agencyCode() != null && !OrgUnits.NATIONAL.equals(search.agencyCode());
        scope.restrict(where, params, picked ? orgUnits.scopeOf(search.agencyCode()) : null, CASES);
        if (assignedTo != null) {
            // a deactivated officer's cases are not theirs to work on any more (CaseAccess)
            where.append(" and ").append(assignedTo.heldBy("c.officer", params));
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
            // both columns of the case row, each with a trigram index: PostgreSQL combines them with the scope's index
            where.append(" and (lower(c.decisionNumber) like :decisionText or c.debtorNames like :nameText)");
            // the number as it is kept (composed, spaces folded): a pasted one with a no-break space found nothing
            params.put("decisionText", VietnameseText.containsPattern(VietnameseText.visible(search.text()).toLowerCase(Locale.ROOT)));
            params.put("nameText", VietnameseText.containsPattern(CaseParty.searchable(search.text())));
        }
        if (search.pipeline() != null) {
            where.append(" and c.status not in :pipelineFinal and ").append(PIPELINES.get(search.pipeline()));
            params.put("pipelineFinal", CaseStatus.FINAL);
            switch (search.pipeline()) {
                case SEIZED_NOT_VALUED -> params.put("stage", AssetStage.SEIZED);
                case VALUED_NOT_AUCTIONED -> params.put("stage", AssetStage.VALUED);
                case AUCTION_UNSOLD -> params.put("stage", AssetStage.AUCTION_UNSOLD);
                case SOLD_NOT_HANDED_OVER -> params.put("stage", AssetStage.SOLD);
                case COMPLEX_DIRECTION_OPEN -> params.put("complex", Category.COMPLEX);
                case COERCION_PLANNED -> params.put("planned", EnumSet.of(CoercionPlan.Status.PROPOSED, CoercionPlan.Status.APPROVED));
            }
        }
        singleValued(where, params);
    }

    /**
     * Binds each list parameter (a scope's units, a set of statuses) as one parameter per element,
     * {@code in :units} becoming {@code in (:units_0, :units_1)}: the same SQL, but Hibernate caches
     * no query plan for a query with a list parameter and translated it from HQL to SQL on every
     * call (a fifth of the case list's CPU), while a query of single values is translated once per
     * shape (the list sizes: a handful per scope).
     */
    static void singleValued(StringBuilder where, Map<String, Object> params) {
        for (String name : List.copyOf(params.keySet())) {
            if (!(params.get(name) instanceof java.util.Collection<?> values) || values.isEmpty()) {
                continue;
            }
            params.remove(name);
            java.util.StringJoiner each = new java.util.StringJoiner(", ", "(", ")");
            int i = 0;
            for (Object value : values) {
                each.add(":" + name + "_" + i);
                params.put(name + "_" + i++, value);
            }
            String condition = where.toString().replaceAll(":" + name + "(?![A-Za-z0-9_])",
                    java.util.regex.Matcher.quoteReplacement(each.toString()));
            where.setLength(0);
            where.append(condition);
        }
    }

    /** Each pipeline's condition on a case still being enforced (its parameter is set in {@link #restrict}). */
    private static final Map<Pipeline, String> PIPELINES = Map.of(
            Pipeline.SEIZED_NOT_VALUED, "c.assetStage = :stage",
            Pipeline.VALUED_NOT_AUCTIONED, "c.assetStage = :stage",
            Pipeline.AUCTION_UNSOLD, "c.assetStage = :stage",
            Pipeline.SOLD_NOT_HANDED_OVER, "c.assetStage = :stage",
            Pipeline.COMPLEX_DIRECTION_OPEN, ":complex member of c.categories and exists (select d from SteeringDirection d"
                    + " where d.enforcementCase = c and d.resolvedOn is null)",
            Pipeline.COERCION_PLANNED, "exists (select p from CoercionPlan p where p.enforcementCase = c and p.status in :planned)");

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
