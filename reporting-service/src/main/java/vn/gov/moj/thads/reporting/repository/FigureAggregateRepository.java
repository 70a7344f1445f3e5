package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.FigureVector;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The daily and monthly per-agency figures (agency_day_figures, agency_month_figures): changes
 * are added to both, and a figure as of D in work year Y is the sum of Y's month rows before D's
 * month and of the day rows of D's month up to D, at most 12 + 31 rows per agency.
 */
@ApplicationScoped
public class FigureAggregateRepository {

    /** An agency's figures for a work year as of a date. */
    public record AgencyFigures(String agencyCode, String provinceCode, long[] figures) {
    }

    private static final String COLUMNS = String.join(", ", FigureVector.COLUMNS);
    private static final String SUMS = FigureVector.COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));

    private final EntityManager em;

    public FigureAggregateRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds the changes to the day and month rows, in key order so concurrent writers do not deadlock. */
    public void add(Map<CaseTimeline.DayKey, long[]> changes) {
        Map<CaseTimeline.DayKey, long[]> byMonth = new TreeMap<>();
        changes.forEach((key, change) -> FigureVector.addTo(
                byMonth.computeIfAbsent(new CaseTimeline.DayKey(key.day().withDayOfMonth(1), key.agencyCode()),
                        k -> new long[FigureVector.SIZE]), change));
        upsert("agency_day_figures", "day", changes);
        upsert("agency_month_figures", "month", byMonth);
    }

    private void upsert(String table, String dayColumn, Map<CaseTimeline.DayKey, long[]> changes) {
        List<Map.Entry<CaseTimeline.DayKey, long[]>> rows = changes.entrySet().stream()
                .filter(e -> !FigureVector.isZero(e.getValue())).sorted(Map.Entry.comparingByKey()).toList();
        String sql = "insert into " + table + " (" + dayColumn + ", agency_code, province_code, " + COLUMNS + ") values (?, ?, ?"
                + ", ?".repeat(FigureVector.SIZE) + ") on conflict (" + dayColumn + ", agency_code) do update set "
                + FigureVector.COLUMNS.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c).collect(Collectors.joining(", "));
        em.unwrap(Session.class).doWork(c -> Jdbc.batch(c, sql, rows, (s, row) -> {
            s.setObject(1, row.getKey().day());
            s.setString(2, row.getKey().agencyCode());
            s.setString(3, OrgUnits.provinceOf(row.getKey().agencyCode()));
            long[] v = row.getValue();
            for (int i = 0; i < FigureVector.SIZE; i++) {
                s.setLong(4 + i, v[i]);
            }
        }));
    }

    /**
     * Each agency's figures for the work year as of the date: every agency of the country, or
     * those whose code or province code is one of {@code units}.
     */
    public List<AgencyFigures> figures(int workYear, LocalDate asOf, boolean national, Collection<String> units) {
        LocalDate yearStart = CaseTimeline.yearStart(workYear);
        LocalDate monthStart = asOf.withDayOfMonth(1);
        String scope = national ? "" : " and (province_code = any(?) or agency_code = any(?))";
        String sql = "select agency_code, province_code, " + SUMS + " from ("
                + "select agency_code, province_code, " + COLUMNS + " from agency_month_figures where month >= ? and month < ?" + scope
                + " union all select agency_code, province_code, " + COLUMNS + " from agency_day_figures where day >= ? and day <= ?" + scope
                + ") f group by agency_code, province_code order by agency_code";
        List<AgencyFigures> result = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                s.setObject(i++, yearStart);
                s.setObject(i++, monthStart);
                if (!national) {
                    java.sql.Array codes = c.createArrayOf("varchar", units.toArray());
                    s.setArray(i++, codes);
                    s.setArray(i++, codes);
                }
                s.setObject(i++, monthStart);
                s.setObject(i++, asOf);
                if (!national) {
                    java.sql.Array codes = c.createArrayOf("varchar", units.toArray());
                    s.setArray(i++, codes);
                    s.setArray(i, codes);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long[] v = new long[FigureVector.SIZE];
                        for (int k = 0; k < FigureVector.SIZE; k++) {
                            v[k] = r.getLong(3 + k);
                        }
                        result.add(new AgencyFigures(r.getString(1), r.getString(2), v));
                    }
                }
            }
        });
        return result;
    }

    /** Empties both tables (the view is rebuilt). */
    public void clear() {
        em.createNativeQuery("truncate agency_day_figures, agency_month_figures").executeUpdate();
    }
}
