package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.reporting.api.ComplaintStatistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Complaint statistics (domain.md §6) from the petitions' facts: received, accepted, resolved
 * (and how, and on time), transferred, over-level, repeat and withdrawn in the period, and
 * overdue as at its end: the due date a petition had then ({@code complaint_due}) had passed, so
 * that a past period never changes because of something dated later.
 */
@ApplicationScoped
public class ComplaintStatisticsRepository {

    @Inject EntityManager em;

    /** The statistics of the petitions whose competent agency is in {@code units}. */
    public ComplaintStatistics of(String orgUnit, AgencyScope units, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" from complaint_fact c where true");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        units.restrict(where, params, "units", AgencyScope.Columns.of("c.competent_agency"));
        String scope = where.toString();
        var query = em.createNativeQuery("select"
                        + " count(*) filter (where received_on between :from and :to),"
                        + " count(*) filter (where accepted_on between :from and :to),"
                        + " count(*) filter (where resolved_on between :from and :to),"
                        + " count(*) filter (where resolved_on between :from and :to and on_time),"
                        // still open at the period's end (a withdrawal or decision dated by then ends the due date, whatever
                        // was recorded after it: a withdrawal letter dated before the acceptance) and past its due date then
                        + " count(*) filter (where received_on <= :to and (resolved_on is null or resolved_on > :to)"
                        + " and (withdrawn_on is null or withdrawn_on > :to) and (select d.due_on from complaint_due d"
                        + " where d.complaint_id = c.complaint_id and d.effective_on <= :to"
                        + " order by d.effective_on desc, d.occurred_at desc limit 1) < :to),"
                        + " count(*) filter (where transferred_on between :from and :to),"
                        + " count(*) filter (where received_on between :from and :to and jurisdiction = 'OVER_LEVEL'),"
                        + " count(*) filter (where received_on between :from and :to and repeat),"
                        + " count(*) filter (where withdrawn_on between :from and :to)" + scope);
        params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        return new ComplaintStatistics(orgUnit, from, to, n(row[0]), grouped("type", "received_on", scope, params), n(row[1]),
                n(row[2]), grouped("decision", "resolved_on", scope, params), n(row[3]), n(row[4]), n(row[5]), n(row[6]),
                n(row[7]), n(row[8]));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String column, String dateColumn, String scope, Map<String, Object> params) {
        var query = em.createNativeQuery("select " + column + ", count(*)" + scope + " and " + dateColumn
                + " between :from and :to group by " + column + " order by " + column);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], n(r[1])));
        return result;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
