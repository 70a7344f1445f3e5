package vn.gov.moj.thads.cases.model;

import java.util.EnumSet;
import java.util.Set;

public enum Category {
    BANK_CREDIT, LARGE_VALUE, COMPLEX, STATE_BUDGET, ADMINISTRATIVE;

    /** LARGE_VALUE: money to enforce above 500,000,000 VND (domain.md §3); derived, never typed in. */
    public static final long LARGE_VALUE_THRESHOLD = 500_000_000L;
    /** Set only by an agency head. */
    public static final Set<Category> HEAD_ONLY = EnumSet.of(COMPLEX);

    public static boolean isLargeValue(long moneyAmount) {
        return moneyAmount > LARGE_VALUE_THRESHOLD;
    }
}
