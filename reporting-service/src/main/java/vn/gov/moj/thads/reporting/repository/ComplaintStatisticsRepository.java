package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.reporting.api.ComplaintStatistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Complaint statistics (domain.md §6) from the petitions' facts: received, accepted, resolved
 * (and how, and on time), transferred, over-level, repeat and withdrawn in the period, and
 * overdue as at its end: the due date a petition had then ({@code complaint_due}) had passed.
 * Each count falls to the agency competent on its own date (received on the receipt's day,
 * resolved on the decision's, overdue at the period's end), so that a past period never changes
 * because of something dated later: a transfer after a merger moves a petition's later counts,
 * not those of the months before it.
 */
@ApplicationScoped
public class ComplaintStatisticsRepository {

    /** What is counted, on which date, with which detail: a petition counts once per line whose condition it meets. */
    private static final String COUNTED = "select 'received' measure, type detail, received_on on_day, complaint_id, competent_agency"
            + " from petitions where received_on between :from and :to"
            + " union all select 'overLevel', null, received_on, complaint_id, competent_agency from petitions"
            + " where received_on between :from and :to and jurisdiction = 'OVER_LEVEL'"
            + " union all select 'repeat', null, received_on, complaint_id, competent_agency from petitions"
            + " where received_on between :from and :to and repeat"
            + " union all select 'accepted', null, accepted_on, complaint_id, competent_agency from petitions"
            + " where accepted_on between :from and :to"
            + " union all select 'resolved', decision, resolved_on, complaint_id, competent_agency from petitions"
            + " where resolved_on between :from and :to"
            + " union all select 'resolvedOnTime', null, resolved_on, complaint_id, competent_agency from petitions"
            + " where resolved_on between :from and :to and on_time"
            + " union all select 'transferred', null, transferred_on, complaint_id, competent_agency from petitions"
            + " where transferred_on between :from and :to"
            + " union all select 'withdrawn', null, withdrawn_on, complaint_id, competent_agency from petitions"
            + " where withdrawn_on between :from and :to"
            // still open at the period's end (a withdrawal or decision dated by then ends the due date, whatever was
            // recorded after it: a withdrawal letter dated before the acceptance) and past its due date then
            + " union all select 'overdue', null, cast(:to as date), complaint_id, competent_agency from petitions c"
            + " where received_on <= :to and (resolved_on is null or resolved_on > :to) and (withdrawn_on is null or withdrawn_on > :to)"
            + " and (select d.due_on from complaint_due d where d.complaint_id = c.complaint_id and d.effective_on <= :to"
            + " order by d.effective_on desc, d.occurred_at desc limit 1) < :to";

    @Inject EntityManager em;

    /** The statistics of the petitions whose competent agency, on each count's date, is in {@code units}. */
    @SuppressWarnings("unchecked")
    public ComplaintStatistics of(String orgUnit, AgencyScope units, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        // only petitions with a date in the period, or open at its end, can count in it; and in a unit only those
        // competent in it at some time (nothing to restrict nationwide)
        StringBuilder petitions = new StringBuilder("select * from complaint_fact where received_on <= :to and (greatest(received_on,"
                + " accepted_on, transferred_on, resolved_on, withdrawn_on) >= :from or (resolved_on is null and withdrawn_on is null))");
        StringBuilder due = new StringBuilder();
        units.restrict(due, params, "units", AgencyScope.Columns.of("d.competent_agency"));
        if (!due.isEmpty()) {
            StringBuilder fact = new StringBuilder();
            units.restrict(fact, params, "units", AgencyScope.Columns.of("f.competent_agency"));
            StringBuilder owed = new StringBuilder();
            units.restrict(owed, params, "units", AgencyScope.Columns.of("d.owed_by"));
            petitions.append(" and complaint_id in (select complaint_id from complaint_due d where true").append(due)
                    .append(" union select complaint_id from complaint_due d where d.owed_by is not null").append(owed)
                    .append(" union select complaint_id from complaint_fact f where true").append(fact).append(")");
        }
        // the agency on the count's date; a petition's events before due dates were kept have none: its latest agency. An
        // overdue petition waiting at a desk not competent for it is that desk's (ComplaintFactRepository.owedByTheDesk).
        StringBuilder counted = new StringBuilder(" where true");
        units.restrict(counted, params, "units", AgencyScope.Columns.of("case when k.measure = 'overdue' then coalesce(a.owed_by,"
                + " a.competent_agency, k.competent_agency) else coalesce(a.competent_agency, k.competent_agency) end"));
        var query = em.createNativeQuery("with petitions as (" + petitions + "),"
                + " counted as (" + COUNTED + ")"
                + " select k.measure, k.detail, count(*) from counted k"
                + " left join lateral (select d.competent_agency, d.owed_by from complaint_due d where d.complaint_id = k.complaint_id"
                + " and d.effective_on <= k.on_day order by d.effective_on desc, d.occurred_at desc limit 1) a on true"
                + counted + " group by k.measure, k.detail");
        params.forEach(query::setParameter);
        Map<String, Long> total = new HashMap<>();
        Map<String, Map<String, Long>> byDetail = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            String measure = (String) row[0];
            long count = ((Number) row[2]).longValue();
            total.merge(measure, count, Long::sum);
            if (row[1] != null) {
                byDetail.computeIfAbsent(measure, m -> new TreeMap<>()).put((String) row[1], count);
            }
        }
        return new ComplaintStatistics(orgUnit, from, to, total.getOrDefault("received", 0L),
                new LinkedHashMap<>(byDetail.getOrDefault("received", Map.of())), total.getOrDefault("accepted", 0L),
                total.getOrDefault("resolved", 0L), new LinkedHashMap<>(byDetail.getOrDefault("resolved", Map.of())),
                total.getOrDefault("resolvedOnTime", 0L), total.getOrDefault("overdue", 0L), total.getOrDefault("transferred", 0L),
                total.getOrDefault("overLevel", 0L), total.getOrDefault("repeat", 0L), total.getOrDefault("withdrawn", 0L));
    }
}
