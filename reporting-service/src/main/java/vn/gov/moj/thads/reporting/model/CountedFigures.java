package vn.gov.moj.thads.reporting.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The counted figures of domain.md §6 (the others derive from them, see {@link Figures}) as a
 * {@code long[]}: the eight civil figures in cases at 0..7 and in VND at 8..15, then the
 * administrative judgments monitored (§3: never in the civil figures) at 16..18, then the money
 * relieved by exemptions and reductions (miễn, giảm: a part of money done) at 19, then the
 * administrative judgments complied, compelled and reported at 20..22. It is the shape
 * of a case's share, of a day's change and of an agency's total, and of the columns of the daily
 * figures tables. Sums are exact: an overflow throws, it never wraps into a wrong figure.
 */
public final class CountedFigures {

    public static final int CARRIED_IN = 0;
    public static final int NEWLY_ACCEPTED = 1;
    public static final int DELEGATED = 2;
    public static final int WITHOUT_CONDITIONS = 3;
    public static final int COMPLETED = 4;
    public static final int TERMINATED = 5;
    public static final int POSTPONED = 6;
    public static final int SUSPENDED = 7;
    /** Offset of the money figures: {@code MONEY + COMPLETED} holds the money collected in the year (money done by collection). */
    public static final int MONEY = 8;
    public static final int ADMINISTRATIVE_CARRIED_IN = 16;
    public static final int ADMINISTRATIVE_NEWLY_ACCEPTED = 17;
    /** Administrative judgments whose monitoring ended (closed or handed to another agency). */
    public static final int ADMINISTRATIVE_FINISHED = 18;
    /** Money relieved in the year by exemptions and reductions of state-budget obligations (a part of money done). */
    public static final int MONEY_REDUCED = 19;
    /** Administrative judgments whose authority complied in the year (their monitoring ended so). */
    public static final int ADMINISTRATIVE_COMPLIED = 20;
    /** Administrative judgments with a court decision compelling compliance dated in the year. */
    public static final int ADMINISTRATIVE_COMPELLED = 21;
    /** Administrative judgments reported to the higher authority in the year. */
    public static final int ADMINISTRATIVE_REPORTED = 22;
    public static final int SIZE = 23;

    private static final List<String> FIGURES = List.of("carried_in", "newly_accepted", "delegated", "without_conditions",
            "completed", "terminated", "postponed", "suspended");

    /** The table columns in vector order: cases_carried_in … money_suspended, administrative_…. */
    public static final List<String> COLUMNS = Stream.of(FIGURES.stream().map(f -> "cases_" + f), FIGURES.stream().map(f -> "money_" + f),
            Stream.of("administrative_carried_in", "administrative_newly_accepted", "administrative_finished",
            "money_reduced", "administrative_complied", "administrative_compelled", "administrative_reported")).flatMap(s -> s).toList();

    private CountedFigures() {
    }

    public static long[] minus(long[] a, long[] b) {
        long[] r = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            r[i] = Math.subtractExact(a[i], b[i]);
        }
        return r;
    }

    public static void addTo(long[] sum, long[] v) {
        for (int i = 0; i < SIZE; i++) {
            sum[i] = Math.addExact(sum[i], v[i]);
        }
    }

    /** A count or a sum read from the database (a {@code numeric} sum): a sum beyond a long is an error, never a wrapped figure. */
    public static long exact(Object value) {
        if (value == null) {
            return 0;
        }
        return value instanceof java.math.BigDecimal d ? d.longValueExact()
                : value instanceof java.math.BigInteger i ? i.longValueExact() : ((Number) value).longValue();
    }

    public static boolean isZero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    public static Figures cases(long[] v) {
        return Figures.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], 0);
    }

    public static Figures money(long[] v) {
        return Figures.of(v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[MONEY_REDUCED]);
    }

    public static AdministrativeFigures administrative(long[] v) {
        return AdministrativeFigures.of(v[ADMINISTRATIVE_CARRIED_IN], v[ADMINISTRATIVE_NEWLY_ACCEPTED], v[ADMINISTRATIVE_FINISHED],
                v[ADMINISTRATIVE_COMPLIED], v[ADMINISTRATIVE_COMPELLED], v[ADMINISTRATIVE_REPORTED]);
    }
}
