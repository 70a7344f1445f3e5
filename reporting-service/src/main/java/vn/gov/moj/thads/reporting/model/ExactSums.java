package vn.gov.moj.thads.reporting.model;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Figure vectors ({@link CountedFigures}) summed by key, exact at any size: as longs while every figure of a key fits
 * one, as BigIntegers from the addition that would not (a unit's money passes 2^63 only past about 9,200 cases at the
 * 10^15 VND bound). A rebuild adds each case's share of each day here hundreds of thousands of times: in longs it makes
 * no BigInteger for each figure of each addition (session 29 measured no difference in rebuild rate beyond the host's
 * spread either way: README, "Where it stands").
 */
public final class ExactSums<K> {

    private final Map<K, long[]> small = new HashMap<>();
    private final Map<K, BigInteger[]> large = new HashMap<>();

    public void add(K key, long[] change) {
        BigInteger[] big = large.get(key);
        if (big != null) {
            CountedFigures.addTo(big, change);
            return;
        }
        long[] sum = small.get(key);
        if (sum == null) {
            small.put(key, change.clone());
        } else if (!CountedFigures.addIfNoOverflow(sum, change)) {
            BigInteger[] moved = CountedFigures.sumOf(sum);
            CountedFigures.addTo(moved, change);
            small.remove(key);
            large.put(key, moved);
        }
    }

    public int size() {
        return small.size() + large.size();
    }

    public void clear() {
        small.clear();
        large.clear();
    }

    /** Every key's sum. */
    public Map<K, BigInteger[]> sums() {
        Map<K, BigInteger[]> sums = new HashMap<>(large);
        small.forEach((key, sum) -> sums.put(key, CountedFigures.sumOf(sum)));
        return sums;
    }
}
