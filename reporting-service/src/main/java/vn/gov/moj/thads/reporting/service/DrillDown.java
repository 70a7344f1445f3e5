package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cases behind one figure of a report (domain.md §6: "any figure can be drilled down"),
 * computed case by case from the dated facts, independently of the daily figures the report
 * sums: the list's total equals the report's figure.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DrillDown {

    /** A case behind a figure, with its money this work year (amount, collected in the year, left at the as-of date). */
    public record CaseRow(UUID caseId, String agencyCode, LocalDate openedOn, long moneyAmount, long amountThisYear,
                          long collectedThisYear, long outstanding, String classification, String lastStatusChange,
                          LocalDate delegatedOn, LocalDate closedOn, String outcome) {
    }

    /** Which cases make each case figure (the derived ones by their definitions). */
    static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("carriedIn", "carried_in"),
            Map.entry("newlyAccepted", "not carried_in"),
            Map.entry("accepted", "true"),
            Map.entry("delegated", "delegated"),
            Map.entry("toEnforce", "not delegated"),
            Map.entry("withoutConditions", "not delegated and not closed and not paused and classification = 'NO_CONDITIONS'"),
            Map.entry("withConditions", "not delegated and (closed or paused or classification is distinct from 'NO_CONDITIONS')"),
            Map.entry("completed", "not delegated and closed and outcome = 'COMPLETED'"),
            Map.entry("terminated", "not delegated and closed and outcome = 'TERMINATED'"),
            Map.entry("done", "not delegated and closed"),
            Map.entry("postponed", "not delegated and not closed and last_change = 'POSTPONED'"),
            Map.entry("suspended", "not delegated and not closed and last_change = 'SUSPENDED'"),
            Map.entry("inProgress", "not delegated and not closed and not paused and classification is distinct from 'NO_CONDITIONS'"),
            Map.entry("carriedOver", "not delegated and not closed"),
            // the cases behind money done by collection: collections this year on cases not delegated away
            Map.entry("collected", "not delegated and collected > 0"));

    private static final String FACTS = """
            with unit_cases as (
                select f.* from case_fact f
                where (:national or f.province_code in (:units) or f.agency_code in (:units))
                  and f.opened_on <= :asOf and (f.final_on is null or f.final_on >= :yearStart)
            ), case_facts as (
                select c.case_id, c.agency_code, c.officer_id, c.opened_on, c.money_amount, c.delegated_on, c.closed_on, c.outcome,
                       c.opened_on < :yearStart as carried_in,
                       c.delegated_on is not null and c.delegated_on <= :asOf as delegated,
                       c.closed_on is not null and c.closed_on <= :asOf as closed,
                       c.money_amount - case when c.opened_on < :yearStart then coalesce((select sum(k.amount) from case_collection k
                           where k.case_id = c.case_id and k.collected_on < :yearStart), 0) else 0 end as amount,
                       coalesce((select sum(k.amount) from case_collection k
                           where k.case_id = c.case_id and k.collected_on >= :yearStart and k.collected_on <= :asOf), 0) as collected,
                       (select v.result from case_verification v where v.case_id = c.case_id and v.verified_on <= :asOf
                           order by v.verified_on desc, v.occurred_at desc limit 1) as classification,
                       (select s.change from case_status_change s where s.case_id = c.case_id and s.effective_on <= :asOf
                           order by s.effective_on desc, s.occurred_at desc limit 1) as last_change
                from unit_cases c
            ), facts as (
                select f.*, coalesce(f.last_change in ('POSTPONED', 'SUSPENDED'), false) as paused from case_facts f
            )
            """;

    private final EntityManager em;
    private final OrgUnits orgUnits;

    public DrillDown(EntityManager em, OrgUnits orgUnits) {
        this.em = em;
        this.orgUnits = orgUnits;
    }

    /** The eight counted figures (cases, then VND) of each officer's cases in an agency, case by case. */
    @SuppressWarnings("unchecked")
    public Map<UUID, long[]> byOfficer(String agency, int workYear, LocalDate asOf) {
        StringBuilder select = new StringBuilder("select officer_id");
        List<String> counted = List.of("carriedIn", "newlyAccepted", "delegated", "withoutConditions", "completed", "terminated",
                "postponed", "suspended");
        counted.forEach(f -> select.append(", count(*) filter (where ").append(FIGURES.get(f)).append(")"));
        // money: the year's amount, money done by collection on cases not delegated away, what is left
        List<String> money = List.of("amount", "amount", "amount", "amount", "collected", "amount - collected",
                "amount - collected", "amount - collected");
        for (int i = 0; i < counted.size(); i++) {
            String filter = counted.get(i).equals("completed") ? "not delegated" : FIGURES.get(counted.get(i));
            select.append(", coalesce(sum(").append(money.get(i)).append(") filter (where ").append(filter).append("), 0)");
        }
        List<Object[]> rows = em.createNativeQuery(FACTS + select + " from facts where officer_id is not null group by officer_id")
                .setParameter("national", false).setParameter("units", List.copyOf(orgUnits.withPredecessors(agency)))
                .setParameter("asOf", asOf).setParameter("yearStart", FigureQuery.yearStart(workYear)).getResultList();
        Map<UUID, long[]> result = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            long[] v = new long[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                v[i - 1] = n(row[i]);
            }
            result.put((UUID) row[0], v);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public Page<CaseRow> cases(String orgUnit, int workYear, LocalDate asOf, String figure, int page, int size) {
        String filter = FIGURES.get(figure);
        if (filter == null) {
            throw ProblemException.invalidField("figure", "must be one of " + String.join(", ", FIGURES.keySet().stream().sorted().toList()));
        }
        boolean national = OrgUnits.NATIONAL.equals(orgUnit);
        List<String> units = national ? List.of("-") : List.copyOf(orgUnits.withPredecessors(orgUnit));
        var count = em.createNativeQuery(FACTS + "select count(*) from facts where " + filter);
        var list = em.createNativeQuery(FACTS + "select case_id, agency_code, opened_on, money_amount, amount, collected,"
                + " amount - collected, classification, last_change, delegated_on, closed_on, outcome from facts where " + filter
                + " order by opened_on, case_id offset :offset limit :limit");
        for (var query : List.of(count, list)) {
            query.setParameter("national", national).setParameter("units", units)
                    .setParameter("asOf", asOf).setParameter("yearStart", FigureQuery.yearStart(workYear));
        }
        list.setParameter("offset", (long) page * size).setParameter("limit", size);
        long total = ((Number) count.getSingleResult()).longValue();
        List<CaseRow> rows = ((List<Object[]>) list.getResultList()).stream().map(r -> new CaseRow((UUID) r[0], (String) r[1],
                date(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), (String) r[7], (String) r[8], date(r[9]), date(r[10]),
                (String) r[11])).toList();
        return new Page<>(rows, total, page, size);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
