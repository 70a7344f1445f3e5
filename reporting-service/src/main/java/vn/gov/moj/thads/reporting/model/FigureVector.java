package vn.gov.moj.thads.reporting.model;

import java.util.List;

/**
 * The eight counted figures of domain.md §6 (the others derive from them, see {@link Figures}),
 * in cases at 0..7 and in VND at 8..15, as a {@code long[]}: the shape of a case's share, of a
 * day's change and of an agency's total, and of the columns of the daily figures tables.
 */
public final class FigureVector {

    public static final int CARRIED_IN = 0;
    public static final int NEWLY_ACCEPTED = 1;
    public static final int DELEGATED = 2;
    public static final int WITHOUT_CONDITIONS = 3;
    public static final int COMPLETED = 4;
    public static final int TERMINATED = 5;
    public static final int POSTPONED = 6;
    public static final int SUSPENDED = 7;
    public static final int MONEY = 8;
    public static final int SIZE = 16;

    private static final List<String> FIGURES = List.of("carried_in", "newly_accepted", "delegated", "without_conditions",
            "completed", "terminated", "postponed", "suspended");

    /** The table columns in vector order: cases_carried_in … money_suspended. */
    public static final List<String> COLUMNS = java.util.stream.Stream.concat(
            FIGURES.stream().map(f -> "cases_" + f), FIGURES.stream().map(f -> "money_" + f)).toList();

    private FigureVector() {
    }

    public static long[] minus(long[] a, long[] b) {
        long[] r = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    public static void addTo(long[] sum, long[] v) {
        for (int i = 0; i < SIZE; i++) {
            sum[i] += v[i];
        }
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
        return Figures.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    public static Figures money(long[] v) {
        return Figures.of(v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
    }
}
