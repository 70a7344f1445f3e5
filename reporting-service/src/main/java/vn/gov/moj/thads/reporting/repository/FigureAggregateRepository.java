package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The daily and monthly figures per agency and per province (agency_/province_ day_/month_figures):
 * changes are added to all four, and a figure as of D in work year Y is the sum of Y's month rows
 * before D's month and of the day rows of D's month up to D: at most 11 + 31 rows per agency, or
 * per province for the country.
 */
@ApplicationScoped
public class FigureAggregateRepository {

    /** An agency's figures for a work year as of a date. */
    public record AgencyFigures(String agencyCode, String provinceCode, BigInteger[] figures) {
    }

    private static final String COLUMNS = String.join(", ", CountedFigures.COLUMNS);
    private static final String SUMS = CountedFigures.COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));

    @Inject EntityManager em;

    /**
     * The breakdown row not kept: every case is of one kind, so on request = the unit's total − ex
     * officio − unknown ({@code FigureQuery#breakdown}). It is the kind most cases are, so that
     * ingestion writes a third fewer breakdown rows.
     */
    public static final String DERIVED_ROW = "kind:ON_REQUEST";

    /** A day's change of a province's figures in one row of the breakdown ({@code kind:…} or {@code category:…}). */
    public record BreakdownDay(LocalDate day, String provinceCode, String row) {
        /** As {@link CaseTimeline.AgencyDay#hashCode}: the day mixed first, so nearby days do not share buckets. */
        @Override
        public int hashCode() {
            return Long.hashCode(day.toEpochDay() * 0x9E3779B97F4A7C15L) ^ provinceCode.hashCode() ^ row.hashCode() * 31;
        }
    }

    /** The tables of kept figures: their day column, and whether a row of theirs is one of the breakdown's. */
    private enum FigureTable {
        AGENCY_DAY("agency_day_figures", "day", false),
        AGENCY_MONTH("agency_month_figures", "month", false),
        PROVINCE_DAY("province_day_figures", "day", false),
        PROVINCE_MONTH("province_month_figures", "month", false),
        PROVINCE_BREAKDOWN_DAY("province_breakdown_day_figures", "day", true);

        final String table;
        final String dayColumn;
        final boolean breakdown;

        FigureTable(String table, String dayColumn, boolean breakdown) {
            this.table = table;
            this.dayColumn = dayColumn;
            this.breakdown = breakdown;
        }
    }

    /** A figure row to add to: its day (or month), its agency (or province) and, for the breakdown's rows, which. */
    private record Key(LocalDate day, String agencyCode, String row) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int c = day.compareTo(other.day);
            if (c == 0) {
                c = agencyCode.compareTo(other.agencyCode);
            }
            return c != 0 || row == null ? c : row.compareTo(other.row);
        }
    }

    /**
     * Adds the changes to the day and month rows of the agency and of its province, and the
     * breakdown's changes to its provinces' day rows, in key order so concurrent writers do not deadlock.
     */
    public void add(Map<CaseTimeline.AgencyDay, BigInteger[]> changes, Map<BreakdownDay, BigInteger[]> breakdown) {
        Map<Key, BigInteger[]> byMonth = new TreeMap<>();
        Map<Key, BigInteger[]> byProvinceDay = new TreeMap<>();
        Map<Key, BigInteger[]> byProvinceMonth = new TreeMap<>();
        changes.forEach((key, change) -> {
            String province = OrgUnits.provinceOf(key.agencyCode());
            LocalDate month = key.day().withDayOfMonth(1);
            addTo(byMonth, new Key(month, key.agencyCode(), null), change);
            addTo(byProvinceDay, new Key(key.day(), province, null), change);
            addTo(byProvinceMonth, new Key(month, province, null), change);
        });
        addToDays(changes, breakdown);
        upsert(FigureTable.AGENCY_MONTH, byMonth);
        upsert(FigureTable.PROVINCE_DAY, byProvinceDay);
        upsert(FigureTable.PROVINCE_MONTH, byProvinceMonth);
    }

    private static void addTo(Map<Key, BigInteger[]> rows, Key key, BigInteger[] change) {
        CountedFigures.addTo(rows.computeIfAbsent(key, k -> CountedFigures.zero()), change);
    }

    /**
     * Adds the changes to the agencies' day rows and the breakdown's to its day rows: a rebuild,
     * which then writes the other rows once ({@link #deriveFromDays}).
     */
    public void addToDays(Map<CaseTimeline.AgencyDay, BigInteger[]> changes, Map<BreakdownDay, BigInteger[]> breakdown) {
        Map<Key, BigInteger[]> days = new TreeMap<>();
        changes.forEach((key, change) -> days.put(new Key(key.day(), key.agencyCode(), null), change));
        upsert(FigureTable.AGENCY_DAY, days);
        Map<Key, BigInteger[]> breakdownDays = new TreeMap<>();
        breakdown.forEach((key, change) -> breakdownDays.put(new Key(key.day(), key.provinceCode(), key.row()), change));
        upsert(FigureTable.PROVINCE_BREAKDOWN_DAY, breakdownDays);
    }

    /**
     * Writes the month rows and the provinces' rows, emptied by {@link #clear}, as the sums of the
     * agencies' day rows: what {@link #add} would have added to them. The provinces' month rows are
     * summed from the agencies' month rows, a tenth as many.
     */
    public void deriveFromDays() {
        String month = "cast(date_trunc('month', day) as date)";
        for (String[] target : new String[][] {{"agency_month_figures", "month", month, "agency_code", "agency_day_figures"},
                {"province_day_figures", "day", "day", "province_code", "agency_day_figures"},
                {"province_month_figures", "month", "month", "province_code", "agency_month_figures"}}) {
            em.createNativeQuery("insert into " + target[0] + " (" + target[1] + ", agency_code, province_code, " + COLUMNS + ") select "
                    + target[2] + ", " + target[3] + ", province_code, " + SUMS + " from " + target[4] + " group by " + target[2] + ", "
                    + target[3] + ", province_code").executeUpdate();
        }
    }

    /**
     * One statement per table whatever the number of rows: the rows go as one array per column
     * (unnest), which PostgreSQL parses and plans once, where a batch of multi-row inserts costs it
     * a parse of every row's two dozen parameters. Rows in key order (the maps are sorted). A row of
     * the same table and key twice in one statement would be an error: the maps hold each once.
     */
    private void upsert(FigureTable target, Map<Key, BigInteger[]> changes) {
        List<Map.Entry<Key, BigInteger[]>> rows = changes.entrySet().stream().filter(e -> !CountedFigures.isZero(e.getValue())).toList();
        if (rows.isEmpty()) {
            return;
        }
        String table = target.table;
        String dayColumn = target.dayColumn;
        boolean breakdown = target.breakdown;
        String sql = "insert into " + table + " (" + dayColumn + ", agency_code, province_code, " + (breakdown ? "breakdown_row, " : "")
                + COLUMNS + ") select * from unnest(cast(? as date[]), cast(? as varchar[]), cast(? as varchar[])"
                + (breakdown ? ", cast(? as varchar[])" : "") + ", cast(? as numeric[])".repeat(CountedFigures.SIZE)
                + ") on conflict (agency_code, " + (breakdown ? "breakdown_row, " : "") + dayColumn + ") do update set "
                + CountedFigures.COLUMNS.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c).collect(Collectors.joining(", "));
        int n = rows.size();
        Object[] days = new Object[n];
        Object[] agencies = new Object[n];
        Object[] provinces = new Object[n];
        Object[] breakdownRows = new Object[n];
        BigInteger[][] figures = new BigInteger[CountedFigures.SIZE][n];
        for (int i = 0; i < n; i++) {
            Key key = rows.get(i).getKey();
            days[i] = key.day().toString();
            agencies[i] = key.agencyCode();
            provinces[i] = OrgUnits.provinceOf(key.agencyCode());
            breakdownRows[i] = key.row();
            BigInteger[] v = rows.get(i).getValue();
            for (int k = 0; k < CountedFigures.SIZE; k++) {
                figures[k][i] = v[k];
            }
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int p = 1;
                s.setArray(p++, c.createArrayOf("date", days));
                s.setArray(p++, c.createArrayOf("varchar", agencies));
                s.setArray(p++, c.createArrayOf("varchar", provinces));
                if (breakdown) {
                    s.setArray(p++, c.createArrayOf("varchar", breakdownRows));
                }
                for (int k = 0; k < CountedFigures.SIZE; k++) {
                    s.setObject(p++, column(c, figures[k]));
                }
                s.executeUpdate();
            }
        });
    }

    /**
     * A column of changes as PostgreSQL takes it: a {@code long[]} in binary form, neither side writing or parsing the
     * numbers as text, unless a change is past a long (a money column), then as {@code numeric} text.
     */
    private static Object column(java.sql.Connection c, BigInteger[] values) throws java.sql.SQLException {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i].bitLength() > 63) {
                return c.createArrayOf("numeric", Arrays.stream(values).map(java.math.BigDecimal::new).toArray());
            }
            longs[i] = values[i].longValue();
        }
        return longs;
    }

    /** A work year's figures as of a date. */
    public record Period(int workYear, LocalDate asOf) {
    }

    /**
     * Figures for the work year as of the date: per province for the whole country
     * ({@code provinces} null), per agency of the given provinces, or per agency for the given
     * agency codes (local offices).
     */
    public List<AgencyFigures> figures(int workYear, LocalDate asOf, Scope scope, Collection<String> codes) {
        return figures(List.of(new Period(workYear, asOf)), scope, codes).get(0);
    }

    /** As {@link #figures(int, LocalDate, Scope, Collection)} for several periods at once: one statement, one list per period. */
    public List<List<AgencyFigures>> figures(List<Period> periods, Scope scope, Collection<String> codes) {
        String prefix = scope == Scope.COUNTRY ? "province" : "agency";
        String filter = switch (scope) {
            case COUNTRY -> "";
            case PROVINCES -> " and province_code = any(?)";
            case AGENCIES -> " and agency_code = any(?)";
        };
        StringBuilder rows = new StringBuilder();
        for (int part = 0; part < periods.size(); part++) {
            rows.append(part == 0 ? "" : " union all ")
                    .append("select ").append(part).append(" as part, agency_code, province_code, ").append(COLUMNS).append(" from ")
                    .append(prefix).append("_month_figures where month >= ? and month < ?").append(filter)
                    .append(" union all select ").append(part).append(", agency_code, province_code, ").append(COLUMNS).append(" from ")
                    .append(prefix).append("_day_figures where day >= ? and day <= ?").append(filter);
        }
        String sql = "select part, agency_code, province_code, " + SUMS + " from (" + rows
                + ") f group by part, agency_code, province_code order by part, agency_code";
        List<List<AgencyFigures>> result = new ArrayList<>();
        periods.forEach(p -> result.add(new ArrayList<>()));
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                java.sql.Array array = c.createArrayOf("varchar", codes.toArray());
                int i = 1;
                for (Period period : periods) {
                    LocalDate monthStart = period.asOf().withDayOfMonth(1);
                    s.setObject(i++, CaseTimeline.yearStart(period.workYear()));
                    s.setObject(i++, monthStart);
                    if (scope != Scope.COUNTRY) {
                        s.setArray(i++, array);
                    }
                    s.setObject(i++, monthStart);
                    s.setObject(i++, period.asOf());
                    if (scope != Scope.COUNTRY) {
                        s.setArray(i++, array);
                    }
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.get(r.getInt(1)).add(new AgencyFigures(r.getString(2), r.getString(3), sums(r, 4)));
                    }
                }
            }
        });
        return result;
    }

    /** Which rows a report reads: the provinces' for the country, or the agencies' of some provinces or of some agencies. */
    public enum Scope { COUNTRY, PROVINCES, AGENCIES }

    /** The counted figures summed in the result's columns from {@code first} on. */
    private static BigInteger[] sums(ResultSet r, int first) throws java.sql.SQLException {
        BigInteger[] v = new BigInteger[CountedFigures.SIZE];
        for (int k = 0; k < CountedFigures.SIZE; k++) {
            // sum() is numeric, exact at any size
            v[k] = r.getBigDecimal(first + k).toBigIntegerExact();
        }
        return v;
    }

    /** A province's figures in one row of the breakdown ({@code kind:…}, {@code category:…}) for a work year as of a date. */
    public record BreakdownFigures(String provinceCode, String row, BigInteger[] figures) {
    }

    /**
     * Every province's figures by kind and by category for the work year as of the date: the sums
     * of the year's day rows up to the date (at most 34 × 6 × 365 rows), whatever the number of cases.
     */
    public List<BreakdownFigures> breakdown(int workYear, LocalDate asOf) {
        String sql = "select agency_code, breakdown_row, " + SUMS + " from province_breakdown_day_figures where day >= ? and day <= ?"
                + " group by agency_code, breakdown_row";
        List<BreakdownFigures> result = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, CaseTimeline.yearStart(workYear));
                s.setObject(2, asOf);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.add(new BreakdownFigures(r.getString(1), r.getString(2), sums(r, 3)));
                    }
                }
            }
        });
        return result;
    }

    /**
     * Whether the breakdown's rows hold every case of the view: from a view started empty on migration
     * V10 on, or after a rebuild; a view that held cases before V10 has them only after its next rebuild.
     */
    public boolean breakdownKept() {
        return (Boolean) em.createNativeQuery("select kept from breakdown_figures_state").getSingleResult();
    }

    /** The breakdown's rows are whole (a rebuild's end, in its transaction). */
    public void breakdownIsKept() {
        em.createNativeQuery("update breakdown_figures_state set kept = true where not kept").executeUpdate();
    }

    /** Empties the tables (the view is rebuilt), visibly to readers only when the transaction commits. */
    public void clear() {
        for (FigureTable target : FigureTable.values()) {
            em.createNativeQuery("delete from " + target.table).executeUpdate();
        }
    }
}
