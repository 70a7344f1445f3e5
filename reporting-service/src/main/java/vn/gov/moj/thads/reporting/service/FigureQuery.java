package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.model.Figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Computes the figures in one set-based query over the dated facts of the unit's cases (those
 * opened by the as-of date and not final before the year started), using the indexes on
 * (province_code, opened_on) and (agency_code, opened_on) and per-case lookups of verifications,
 * collections and pauses up to the as-of date.
 */
@ApplicationScoped
public class FigureQuery {

    /** A case's amount this year: what was outstanding at the year's start, or its full amount if new. */
    private static final String SQL = """
            with unit_cases as (
                select f.* from case_fact f
                where (:national or f.province_code in (:units) or f.agency_code in (:units))
                  and f.opened_on <= :asOf and (f.final_on is null or f.final_on >= :yearStart)
            ), facts as (
                select c.case_id, c.outcome,
                       c.opened_on < :yearStart as carried_in,
                       c.delegated_on is not null and c.delegated_on <= :asOf as delegated,
                       c.closed_on is not null and c.closed_on <= :asOf as closed,
                       c.money_amount - case when c.opened_on < :yearStart then coalesce((select sum(k.amount) from case_collection k
                           where k.case_id = c.case_id and k.collected_on < :yearStart), 0) else 0 end as amount,
                       c.money_amount,
                       coalesce((select sum(k.amount) from case_collection k
                           where k.case_id = c.case_id and k.collected_on >= :yearStart and k.collected_on <= :asOf), 0) as collected,
                       (select v.result from case_verification v where v.case_id = c.case_id and v.verified_on <= :asOf
                           order by v.verified_on desc, v.occurred_at desc limit 1) as classification,
                       (select s.change from case_status_change s where s.case_id = c.case_id and s.effective_on <= :asOf
                           order by s.effective_on desc, s.occurred_at desc limit 1) as last_change
                from unit_cases c
            )
            select
              count(*) filter (where carried_in),
              count(*) filter (where not carried_in),
              count(*) filter (where delegated),
              count(*) filter (where not delegated and not closed and classification = 'NO_CONDITIONS'),
              count(*) filter (where not delegated and closed and outcome = 'COMPLETED'),
              count(*) filter (where not delegated and closed and outcome = 'TERMINATED'),
              count(*) filter (where not delegated and not closed and last_change = 'POSTPONED'),
              count(*) filter (where not delegated and not closed and last_change = 'SUSPENDED'),
              coalesce(sum(amount) filter (where carried_in), 0),
              coalesce(sum(amount) filter (where not carried_in), 0),
              coalesce(sum(amount) filter (where delegated), 0),
              coalesce(sum(amount) filter (where not delegated and not closed and classification = 'NO_CONDITIONS'), 0),
              coalesce(sum(collected) filter (where not delegated), 0),
              coalesce(sum(amount - collected) filter (where not delegated and closed and outcome = 'TERMINATED'), 0),
              coalesce(sum(amount - collected) filter (where not delegated and not closed and last_change = 'POSTPONED'), 0),
              coalesce(sum(amount - collected) filter (where not delegated and not closed and last_change = 'SUSPENDED'), 0)
            from facts
            """;

    public record CasesAndMoney(Figures cases, Figures money) {
    }

    private final EntityManager em;
    private final OrgUnits orgUnits;

    public FigureQuery(EntityManager em, OrgUnits orgUnits) {
        this.em = em;
        this.orgUnits = orgUnits;
    }

    public static LocalDate yearStart(int workYear) {
        return LocalDate.of(workYear - 1, 10, 1);
    }

    public CasesAndMoney figures(String orgUnit, int workYear, LocalDate asOf) {
        boolean national = OrgUnits.NATIONAL.equals(orgUnit);
        Set<String> units = national ? Set.of("-") : orgUnits.withPredecessors(orgUnit);
        Object[] row = (Object[]) em.createNativeQuery(SQL)
                .setParameter("national", national)
                .setParameter("units", List.copyOf(units))
                .setParameter("asOf", asOf)
                .setParameter("yearStart", yearStart(workYear))
                .getSingleResult();
        long[] v = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            v[i] = ((Number) row[i]).longValue();
        }
        return new CasesAndMoney(Figures.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]),
                Figures.of(v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]));
    }
}
