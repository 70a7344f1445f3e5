package vn.gov.moj.thads.platform.money;

import vn.gov.moj.thads.platform.domain.RuleViolation;

/**
 * Money is an integer number of VND. Every amount a record carries is bounded, so that the sums
 * of a whole country's cases stay far inside a {@code long} (9.2 × 10^18) and any overflow is a
 * refused input, never a wrong figure.
 */
public final class Money {

    /** 10^15 VND: the largest judgments enforced are below it (issue "figures that stay true", item 6). */
    public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private Money() {
    }

    public static boolean isValidAmount(long amount) {
        return amount >= 0 && amount <= MAX_AMOUNT;
    }

    /** 422 {@code amount-too-large} naming the field and the limit, when {@code amount} exceeds it. */
    public static void requireWithinLimit(String field, long amount) {
        if (amount > MAX_AMOUNT) {
            throw RuleViolation.rule("amount-too-large", field + " must not exceed "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_AMOUNT) + " VND").with("field", field).with("limit", MAX_AMOUNT);
        }
    }
}
