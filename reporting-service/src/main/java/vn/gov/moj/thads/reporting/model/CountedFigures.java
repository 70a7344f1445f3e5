package vn.gov.moj.thads.reporting.model;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;

/**
 * The counted figures of domain.md §6 (the others derive from them, see {@link Figures}) as a
 * vector: the eight civil figures in cases at 0..7 and in VND at 8..15, then the
 * administrative judgments monitored (§3: never in the civil figures) at 16..18, then the money
 * relieved by exemptions and reductions (miễn, giảm: a part of money done) at 19, then the
 * administrative judgments complied, compelled and reported at 20..22. It is the shape
 * of a case's share, of a day's change and of an agency's total, and of the columns of the daily
 * figures tables. A case's share is a {@code long[]} (every amount is bounded); a sum over cases a
 * {@code BigInteger[]}, exact at any size: a figure never wraps and a report never fails for its size.
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

    /** A case's share or a change of one case: every amount is within {@code Money.MAX_AMOUNT}, so a long holds it. */
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

    /** Adds {@code v} to {@code sum} unless a figure would pass a long: then false, and {@code sum} is as it was. */
    public static boolean addIfNoOverflow(long[] sum, long[] v) {
        for (int i = 0; i < SIZE; i++) {
            long r = sum[i] + v[i];
            if (((sum[i] ^ r) & (v[i] ^ r)) < 0) { // both operands' sign differs from the result's (Math.addExact's test)
                return false;
            }
        }
        for (int i = 0; i < SIZE; i++) {
            sum[i] += v[i];
        }
        return true;
    }

    /**
     * Figures summed over cases: a unit's money can pass a long (about 9,200 cases at the 10^15 VND bound), so
     * sums over cases are {@link BigInteger}s, exact at any size, and the tables' money columns are {@code numeric}.
     */
    public static BigInteger[] zero() {
        BigInteger[] v = new BigInteger[SIZE];
        java.util.Arrays.fill(v, BigInteger.ZERO);
        return v;
    }

    public static BigInteger[] sumOf(long[] v) {
        BigInteger[] sum = zero();
        addTo(sum, v);
        return sum;
    }

    public static void addTo(BigInteger[] sum, long[] v) {
        for (int i = 0; i < SIZE; i++) {
            if (v[i] != 0) {
                sum[i] = sum[i].add(BigInteger.valueOf(v[i]));
            }
        }
    }

    public static void addTo(BigInteger[] sum, BigInteger[] v) {
        for (int i = 0; i < SIZE; i++) {
            sum[i] = sum[i].add(v[i]);
        }
    }

    public static BigInteger[] minus(BigInteger[] a, BigInteger[] b) {
        BigInteger[] r = new BigInteger[SIZE];
        for (int i = 0; i < SIZE; i++) {
            r[i] = a[i].subtract(b[i]);
        }
        return r;
    }

    /** A count or a sum read from the database ({@code numeric} for a sum), exact at any size. */
    public static BigInteger exact(Object value) {
        if (value == null) {
            return BigInteger.ZERO;
        }
        return value instanceof java.math.BigDecimal d ? d.toBigIntegerExact()
                : value instanceof BigInteger i ? i : BigInteger.valueOf(((Number) value).longValue());
    }

    public static boolean isZero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean isZero(BigInteger[] v) {
        for (BigInteger x : v) {
            if (x.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    public static Figures cases(BigInteger[] v) {
        return Figures.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], BigInteger.ZERO);
    }

    public static Figures money(BigInteger[] v) {
        return Figures.of(v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[MONEY_REDUCED]);
    }

    /** One case's figures (its share as of a date). */
    public static Figures cases(long[] v) {
        return cases(sumOf(v));
    }

    /** One case's figures (its share as of a date). */
    public static Figures money(long[] v) {
        return money(sumOf(v));
    }

    /** One case's figures (its share as of a date). */
    public static AdministrativeFigures administrative(long[] v) {
        return administrative(sumOf(v));
    }

    /** Counts of judgments, never past a long (one row each in the case service). */
    public static AdministrativeFigures administrative(BigInteger[] v) {
        return AdministrativeFigures.of(v[ADMINISTRATIVE_CARRIED_IN].longValueExact(), v[ADMINISTRATIVE_NEWLY_ACCEPTED].longValueExact(),
                v[ADMINISTRATIVE_FINISHED].longValueExact(), v[ADMINISTRATIVE_COMPLIED].longValueExact(),
                v[ADMINISTRATIVE_COMPELLED].longValueExact(), v[ADMINISTRATIVE_REPORTED].longValueExact());
    }
}
