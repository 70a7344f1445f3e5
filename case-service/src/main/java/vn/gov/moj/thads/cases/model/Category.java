package vn.gov.moj.thads.cases.model;

import java.util.EnumSet;
import java.util.Set;

public enum Category {
    BANK_CREDIT, LARGE_VALUE, COMPLEX, STATE_BUDGET, ADMINISTRATIVE;

    /** LARGE_VALUE: money to enforce above 500,000,000 VND (domain.md §3); derived, never typed in. */
    public static final long LARGE_VALUE_THRESHOLD = 500_000_000L;
    /**
     * Set only by an agency head: COMPLEX, and ADMINISTRATIVE, which takes the case out of every civil figure (domain.md
     * §3), so an officer would otherwise drop a civil judgment from the reports by ticking it.
     */
    public static final Set<Category> HEAD_ONLY = EnumSet.of(COMPLEX, ADMINISTRATIVE);
    /**
     * What the judgment and the decision say (whose claim, which kind of judgment), fixed at opening: a case opened from a
     * delegation keeps the delegated case's. An ADMINISTRATIVE one would leave every civil figure on both sides; a
     * STATE_BUDGET one could be exempted.
     */
    public static final Set<Category> OF_THE_JUDGMENT = EnumSet.of(STATE_BUDGET, ADMINISTRATIVE);

    public static boolean isLargeValue(long moneyAmount) {
        return moneyAmount > LARGE_VALUE_THRESHOLD;
    }
}
