package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
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

    private static final String SCOPE = " from complaint_fact c where (:national or c.competent_agency in (:units)"
            + " or split_part(c.competent_agency, '.', 1) in (:units))";

    private final EntityManager em;

    public ComplaintStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** The statistics of the petitions whose competent agency is in {@code units}. */
    public ComplaintStatistics of(String orgUnit, AgencyScope units, LocalDate from, LocalDate to) {
        List<String> codes = units.nationwide() ? List.of("-") : List.copyOf(units.units());
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where received_on between :from and :to),"
                        + " count(*) filter (where accepted_on between :from and :to),"
                        + " count(*) filter (where resolved_on between :from and :to),"
                        + " count(*) filter (where resolved_on between :from and :to and on_time),"
                        + " count(*) filter (where received_on <= :to and (select d.due_on from complaint_due d"
                        + " where d.complaint_id = c.complaint_id and d.effective_on <= :to"
                        + " order by d.effective_on desc, d.occurred_at desc limit 1) < :to),"
                        + " count(*) filter (where transferred_on between :from and :to),"
                        + " count(*) filter (where received_on between :from and :to and jurisdiction = 'OVER_LEVEL'),"
                        + " count(*) filter (where received_on between :from and :to and repeat),"
                        + " count(*) filter (where withdrawn_on between :from and :to)" + SCOPE)
                .setParameter("national", units.nationwide()).setParameter("units", codes)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new ComplaintStatistics(orgUnit, from, to, n(row[0]), grouped("type", "received_on", units, codes, from, to), n(row[1]),
                n(row[2]), grouped("decision", "resolved_on", units, codes, from, to), n(row[3]), n(row[4]), n(row[5]), n(row[6]),
                n(row[7]), n(row[8]));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String column, String dateColumn, AgencyScope units, List<String> codes, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select " + column + ", count(*)" + SCOPE + " and " + dateColumn
                        + " between :from and :to group by " + column + " order by " + column)
                .setParameter("national", units.nationwide()).setParameter("units", codes)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], n(r[1])));
        return result;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
