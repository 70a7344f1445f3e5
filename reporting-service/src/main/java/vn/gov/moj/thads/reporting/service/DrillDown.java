package vn.gov.moj.thads.reporting.service;

import vn.gov.moj.thads.reporting.model.CountedFigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.reporting.model.CaseTimeline;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cases behind one figure of a report (domain.md §6: "any figure can be drilled down"),
 * computed case by case in SQL from the dated facts, independently of the daily figures the
 * report sums (and of {@code CaseTimeline}): the list's count equals the report's figure in
 * cases, and its money total the figure in VND.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DrillDown {

    /**
     * A case behind a figure: its money this work year (amount at the year's start or opening,
     * collected in the year, outstanding at the as-of date) and its share of the figure in VND.
     */
    public record CaseRow(UUID caseId, String agencyCode, LocalDate openedOn, long moneyAmount, long amountThisYear,
                          long collectedThisYear, long outstanding, String classification, String lastStatusChange,
                          LocalDate delegatedOn, LocalDate closedOn, String outcome, long figureMoney) {
    }

    /** A page of the cases behind a figure; {@code moneyTotal} is the figure in VND (all pages). */
    public record FigurePage(String figure, String measure, List<CaseRow> items, long total, BigInteger moneyTotal, int page, int size) {
    }

    /** An officer's month: the cases they completed or terminated and the money they collected. */
    public record MonthWork(long done, BigInteger collected) {
        public static final MonthWork NONE = new MonthWork(0, BigInteger.ZERO);
    }

    /** A drill-down's totals: the figure in cases (or the cases with a share of it) and in VND. */
    private record Totals(long cases, BigInteger money) {
    }

    /** Which totals: kept under the view's version, which every write of the figures and of the cases' facts moves (V8, V9). */
    private record TotalsOf(String orgUnit, int workYear, LocalDate asOf, String figure, String measure) {
    }

    /** A figure: which cases it counts, and each case's share of it in VND. */
    record Definition(String cases, String money) {
    }

    /**
     * Every figure of a report, by its definition (§6 and §3): administrative judgments are never
     * in the civil figures and have figures of their own. {@code collected} lists the cases behind
     * money done by collection (money.completed).
     */
    static final Map<String, Definition> FIGURES = new LinkedHashMap<>();

    static {
        String toEnforceMoney = "case when delegated then collected + reduced else amount end";
        String withMoney = "case when delegated or without then collected + reduced else amount end";
        String doneMoney = "collected + reduced + case when terminated then outstanding else 0 end";
        String pausedMoney = "case when postponed or suspended then outstanding else 0 end";
        FIGURES.put("carriedIn", new Definition("civil and carried_in", "case when carried_in then amount else 0 end"));
        FIGURES.put("newlyAccepted", new Definition("civil and not carried_in", "case when carried_in then 0 else amount end"));
        FIGURES.put("accepted", new Definition("civil", "amount"));
        FIGURES.put("delegated", new Definition("civil and delegated", "case when delegated then outstanding else 0 end"));
        FIGURES.put("toEnforce", new Definition("civil and not delegated", toEnforceMoney));
        FIGURES.put("withoutConditions", new Definition("civil and without", "case when without then outstanding else 0 end"));
        FIGURES.put("withConditions", new Definition("civil and not delegated and not without", withMoney));
        FIGURES.put("completed", new Definition("civil and completed", "collected"));
        FIGURES.put("terminated", new Definition("civil and terminated", "case when terminated then outstanding else 0 end"));
        // in cases always 0 (a reduction finishes no case; an exempted case is completed): the cases behind it are read in money
        FIGURES.put("reduced", new Definition("false", "reduced"));
        FIGURES.put("done", new Definition("civil and (completed or terminated)", doneMoney));
        FIGURES.put("postponed", new Definition("civil and postponed", "case when postponed then outstanding else 0 end"));
        FIGURES.put("suspended", new Definition("civil and suspended", "case when suspended then outstanding else 0 end"));
        FIGURES.put("inProgress", new Definition("civil and open and not without and not postponed and not suspended",
                "(" + withMoney + ") - (" + doneMoney + ") - (" + pausedMoney + ")"));
        FIGURES.put("carriedOver", new Definition("civil and open", "(" + toEnforceMoney + ") - (" + doneMoney + ")"));
        FIGURES.put("collected", new Definition("civil and collected > 0", "collected"));
        FIGURES.put("administrativeCarriedIn", new Definition("administrative and carried_in", "0"));
        FIGURES.put("administrativeNewlyAccepted", new Definition("administrative and not carried_in", "0"));
        FIGURES.put("administrativeAccepted", new Definition("administrative", "0"));
        FIGURES.put("administrativeFinished", new Definition("administrative and not open", "0"));
        FIGURES.put("administrativeComplied", new Definition("administrative and completed", "0"));
        FIGURES.put("administrativeCompelled", new Definition("administrative and compelled_in_year", "0"));
        FIGURES.put("administrativeReported", new Definition("administrative and reported_in_year", "0"));
        FIGURES.put("administrativeMonitored", new Definition("administrative and open", "0"));
    }

    /**
     * Each case of the unit in the work year as of the date, with what every figure needs; %s: the unit's scope.
     * Each of a case's dated tables is read once, by a lateral join (an aggregate: one row, dropped when no figure
     * reads it). Written as subqueries in the select list, PostgreSQL inlined each one wherever a figure used it and
     * read the status changes up to seven times a case: a province of 210,000 cases took 7 s for a total, now 4.7 s,
     * and a page 4 s, now 0.3 s (the laterals run for the page's rows only; docs/performance-log.md).
     */
    private static final String FACTS = """
            with unit_cases as (
                select f.* from case_fact f
                where f.opened_on <= :asOf %s and (f.final_on is null or f.final_on >= :yearStart)
            ), dated as (
                select c.case_id, c.agency_code, c.opened_on, c.money_amount, c.delegated_on, c.closed_on, c.outcome, c.kind, c.categories,
                       c.first_categories, c.first_at,
                       c.administrative, c.opened_on < :yearStart as carried_in,
                       c.delegated_on is not null and c.delegated_on <= :asOf as delegated,
                       c.delegated_on is null and c.closed_on is not null and c.closed_on <= :asOf as closed,
                       c.money_amount - case when c.opened_on < :yearStart then k.before_year + r.before_year else 0 end as amount,
                       k.in_year as collected, r.in_year as reduced, v.result as classification, s.last_change,
                       s.compelled_in_year, s.reported_in_year, a.officer_id
                from unit_cases c
                left join lateral (select coalesce(sum(k.amount) filter (where k.collected_on < :yearStart), 0) as before_year,
                                          coalesce(sum(k.amount) filter (where k.collected_on >= :yearStart
                                              and k.collected_on <= least(:asOf, coalesce(c.final_on, :asOf))), 0) as in_year
                                   from case_collection k where k.case_id = c.case_id) k on true
                left join lateral (select coalesce(sum(r.amount) filter (where r.reduced_on < :yearStart), 0) as before_year,
                                          coalesce(sum(r.amount) filter (where r.reduced_on >= :yearStart
                                              and r.reduced_on <= least(:asOf, coalesce(c.final_on, :asOf))), 0) as in_year
                                   from case_reduction r where r.case_id = c.case_id) r on true
                left join lateral (select (array_agg(v.result order by v.verified_on desc, v.occurred_at desc))[1] as result
                                   from case_verification v where v.case_id = c.case_id and v.verified_on <= :asOf) v on true
                left join lateral (select (array_agg(s.change order by s.effective_on desc, s.occurred_at desc))[1] as last_change,
                                          coalesce(bool_or(s.change = 'COMPELLED' and s.effective_on >= :yearStart), false) as compelled_in_year,
                                          coalesce(bool_or(s.change = 'REPORTED' and s.effective_on >= :yearStart), false) as reported_in_year
                                   from case_status_change s where s.case_id = c.case_id and s.effective_on <= :asOf) s on true
                left join lateral (select (array_agg(a.officer_id order by a.assigned_on desc, a.occurred_at desc))[1] as officer_id
                                   from case_assignment a where a.case_id = c.case_id and a.assigned_on <= :asOf) a on true
            ), facts as (
                select d.*, not d.administrative as civil, not d.delegated and not d.closed as open,
                       d.amount - d.collected - d.reduced as outstanding,
                       d.closed and d.outcome = 'COMPLETED' as completed, d.closed and d.outcome = 'TERMINATED' as terminated,
                       not d.delegated and not d.closed and coalesce(d.last_change = 'POSTPONED', false) as postponed,
                       not d.delegated and not d.closed and coalesce(d.last_change = 'SUSPENDED', false) as suspended,
                       not d.delegated and not d.closed and coalesce(d.last_change not in ('POSTPONED', 'SUSPENDED'), true)
                           and coalesce(d.classification = 'NO_CONDITIONS', false) as without
                from dated d
            )
            """;

    /** The eight counted figures in cases and in VND of {@code CountedFigures}, in its order. */
    private static final List<String> COUNTED = List.of("carriedIn", "newlyAccepted", "delegated", "withoutConditions", "completed",
            "terminated", "postponed", "suspended");

    @Inject EntityManager em;
    @Inject OrgUnits orgUnits;
    @Inject ReportAnswers answers;

    /**
     * The counted civil figures (cases, then VND) of the cases each officer of an agency held on {@code asOf}: the
     * agency's own cases (with those of the units merged into it), not its local offices' (a provincial agency's
     * officers report was everyone's in the province).
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, BigInteger[]> byOfficer(String agency, int workYear, LocalDate asOf) {
        return grouped(orgUnits.compositionOn(agency, asOf).withoutOfficesBelow(), workYear, asOf, "select officer_id" + COUNTED_COLUMNS + " from facts where officer_id is not null"
                + " group by officer_id", r -> (UUID) r[0]);
    }

    /**
     * The counted figures of a unit by kind ({@code kind:EX_OFFICIO}, {@code kind:ON_REQUEST},
     * {@code kind:UNKNOWN} for a case applied before kinds were kept) and by category
     * ({@code category:BANK_CREDIT} …; a case with several categories counts in each), computed
     * case by case: a local office's breakdown, and any unit's while the kept rows are not whole
     * ({@link FigureQuery#breakdown} reads those).
     */
    public Map<String, BigInteger[]> breakdown(String orgUnit, int workYear, LocalDate asOf) {
        String categories = "array_remove(string_to_array(coalesce(categories_on, ''), ','), 'LARGE_VALUE')"
                + " || case when money_amount > " + CaseTimeline.LARGE_VALUE_ABOVE + " then array['LARGE_VALUE'] else array[]::text[] end";
        return grouped(orgUnits.compositionOn(orgUnit, asOf), workYear, asOf, CLASS_ON_AS_OF + "select 'kind:' || coalesce(kind_on, 'UNKNOWN')" + COUNTED_COLUMNS
                + " from classed group by 1 union all select 'category:' || category" + COUNTED_COLUMNS + " from classed cross join lateral unnest("
                + categories + ") category where category in ('" + String.join("', '", CaseTimeline.CATEGORIES) + "') group by 1",
                r -> (String) r[0]);
    }

    /**
     * Each case's categories on the as-of date: those of the latest change of them dated then or
     * before (as {@code CaseTimeline.categoriesOn}, ties alike), or those of the earliest event about it
     * (for a case stored before V11, the ones it had then: first_categories without first_at; untouched
     * since, the latest's).
     */
    private static final String CLASS_ON_AS_OF = """
            , classed as (
                select f.*, f.kind as kind_on,
                       case when p.case_id is not null then p.categories
                            when f.first_at is not null or f.first_categories is not null then f.first_categories
                            else f.categories end as categories_on
                from facts f left join lateral (select q.case_id, q.categories from case_categorisation q
                    where q.case_id = f.case_id and q.categorised_on <= :asOf order by q.categorised_on desc, q.categorised_at desc, q.event_id desc limit 1) p on true
            )
            """;

    /** count(*) and sum(money) of each counted figure: the columns of a {@code CountedFigures} vector's civil part. */
    private static final String COUNTED_COLUMNS;

    static {
        StringBuilder select = new StringBuilder();
        COUNTED.forEach(f -> select.append(", count(*) filter (where ").append(FIGURES.get(f).cases()).append(")"));
        COUNTED.forEach(f -> select.append(", coalesce(sum(").append(FIGURES.get(f).money()).append(") filter (where civil), 0)"));
        select.append(", coalesce(sum(reduced) filter (where civil), 0)");
        COUNTED_COLUMNS = select.toString();
    }

    /** Rows of a key (the first column), the counted figures and the money reduced, as vectors by key. */
    @SuppressWarnings("unchecked")
    private <K> Map<K, BigInteger[]> grouped(AgencyScope counted, int workYear, LocalDate asOf, String select,
                                             java.util.function.Function<Object[], K> key) {
        Map<String, Object> params = new HashMap<>(Map.of("asOf", asOf, "yearStart", FigureQuery.yearStart(workYear)));
        var query = em.createNativeQuery(facts(counted, params) + select);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<K, BigInteger[]> result = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            BigInteger[] v = CountedFigures.zero();
            for (int i = 1; i <= 2 * COUNTED.size(); i++) {
                v[i - 1] = CountedFigures.exact(row[i]);
            }
            v[CountedFigures.MONEY_REDUCED] = CountedFigures.exact(row[row.length - 1]);
            result.put(key.apply(row), v);
        }
        return result;
    }

    /**
     * What each officer did from {@code from} to {@code to}: the cases completed or terminated and
     * the money collected, each counted for whoever held the case on that day; a collection on the day of a handover, for
     * whoever held it when it was recorded (before, a reassignment dated that day took the collections recorded before it;
     * one stored before its recording time was kept goes to the later holder, as then), and one recorded before the case's
     * first officer was assigned that day, for that officer.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, MonthWork> monthWorkByOfficer(String agency, LocalDate from, LocalDate to) {
        String holder = "(select a.officer_id from case_assignment a where a.case_id = c.case_id and a.assigned_on <= %s"
                + " order by a.assigned_on desc, a.occurred_at desc limit 1)";
        // held: the assignment was in force when the collection was recorded (dated before its day, or that day and recorded
        // before it); the latest of those, or else the first assignment made later that day (the case had no officer yet)
        String held = "(a.assigned_on < k.collected_on or k.occurred_at is null or a.occurred_at <= k.occurred_at)";
        String collector = "(select a.officer_id from case_assignment a where a.case_id = c.case_id and a.assigned_on <= k.collected_on"
                + " order by " + held + " desc, case when " + held + " then a.assigned_on end desc, case when " + held
                + " then a.occurred_at end desc, a.occurred_at limit 1)";
        StringBuilder scope = new StringBuilder(" not c.administrative");
        Map<String, Object> params = new HashMap<>(Map.of("from", from, "to", to));
        orgUnits.compositionOn(agency, to).withoutOfficesBelow()
                .restrict(scope, params, "units", new AgencyScope.Columns("c.agency_code", "c.province_code"));
        var query = em.createNativeQuery("select officer_id, sum(done), sum(collected) from ("
                        + " select " + holder.formatted("c.closed_on") + " as officer_id, 1 as done, 0 as collected from case_fact c"
                        + " where" + scope + " and c.delegated_on is null and c.closed_on between :from and :to"
                        + " union all select " + collector + ", 0, k.amount from case_collection k"
                        + " join case_fact c on c.case_id = k.case_id where" + scope + " and k.collected_on between :from and :to"
                        + " and (c.final_on is null or k.collected_on <= c.final_on)"
                        + ") w where officer_id is not null group by officer_id");
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<UUID, MonthWork> result = new java.util.TreeMap<>();
        rows.forEach(r -> result.put((UUID) r[0], new MonthWork(n(r[1]), CountedFigures.exact(r[2]))));
        return result;
    }

    /**
     * The cases behind a figure, paged. {@code measure} = cases (default): the cases counted in
     * the figure; money: the cases with a share of the figure in VND (money done by collection
     * includes collections on cases still open).
     */
    @SuppressWarnings("unchecked")
    public FigurePage cases(String orgUnit, int workYear, LocalDate asOf, String figure, String measure, int page, int size) {
        Definition definition = requireDrillable(orgUnit, figure, measure);
        String money = "(" + definition.money() + ")";
        String filter = "cases".equals(measure) ? definition.cases() : definition.cases().startsWith("administrative") ? "false"
                : "civil and " + money + " <> 0";
        Map<String, Object> params = new HashMap<>(Map.of("asOf", asOf, "yearStart", FigureQuery.yearStart(workYear)));
        String facts = facts(orgUnits.compositionOn(orgUnit, asOf), params);
        // The totals read every case of the unit through the facts (4.7 s for a province of 210,000 cases), a page only
        // the rows its order reaches (0.3 s): the totals are kept while the view's data has not changed, as the reports are.
        Totals total = answers.answer(new TotalsOf(orgUnit, workYear, asOf, figure, measure), Totals.class, () -> {
            var totals = em.createNativeQuery(facts + "select count(*), coalesce(sum(" + money + "), 0) from facts where " + filter);
            params.forEach(totals::setParameter);
            Object[] row = (Object[]) totals.getSingleResult();
            return new Totals(n(row[0]), CountedFigures.exact(row[1]));
        });
        if ((long) page * size >= total.cases()) {
            // past the last case: nothing to list, and the list's offset would read every case of the unit to skip them
            return new FigurePage(figure, measure, List.of(), total.cases(), total.money(), page, size);
        }
        var list = em.createNativeQuery(facts + "select case_id, agency_code, opened_on, money_amount, amount, collected,"
                + " outstanding, classification, last_change, delegated_on, closed_on, outcome, " + money + " from facts where " + filter
                + " order by opened_on, case_id offset :offset limit :limit");
        params.forEach(list::setParameter);
        list.setParameter("offset", (long) page * size).setParameter("limit", size);
        List<CaseRow> rows = ((List<Object[]>) list.getResultList()).stream().map(r -> new CaseRow((UUID) r[0], (String) r[1],
                date(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), (String) r[7], (String) r[8], date(r[9]), date(r[10]),
                (String) r[11], n(r[12]))).toList();
        return new FigurePage(figure, measure, rows, total.cases(), total.money(), page, size);
    }

    /**
     * The figure's definition, or 400 for a figure, measure or unit a drill-down does not list: checked before the
     * drill-down waits for its turn (CaseByCase), so that bad input is a 400 however busy the service is.
     */
    public static Definition requireDrillable(String orgUnit, String figure, String measure) {
        Definition definition = FIGURES.get(figure);
        if (definition == null) {
            throw ProblemException.invalidField("figure", "must be one of " + String.join(", ", FIGURES.keySet()));
        }
        if (!"cases".equals(measure) && !"money".equals(measure)) {
            throw ProblemException.invalidField("measure", "must be cases or money");
        }
        if (OrgUnits.NATIONAL.equals(orgUnit)) {
            // every case of the country through the facts' subqueries: 17 s at 2 million cases, over the statement timeout at 5 million
            throw ProblemException.invalidField("orgUnit", "a drill-down lists the cases of a province or an agency;"
                    + " the country's figures per province are in /api/v1/reports/enforcement/children");
        }
        return definition;
    }

    /** The cases' facts, restricted to {@code counted}: the agencies whose cases count in a unit on a date (domain.md §2). */
    private String facts(AgencyScope counted, Map<String, Object> params) {
        StringBuilder scope = new StringBuilder();
        counted.restrict(scope, params, "units", CASE_FACTS);
        return FACTS.formatted(scope);
    }

    private static final AgencyScope.Columns CASE_FACTS = new AgencyScope.Columns("f.agency_code", "f.province_code");

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A count, or one case's amount (within the amount bound). */
    private static long n(Object value) {
        return CountedFigures.exact(value).longValueExact();
    }
}
