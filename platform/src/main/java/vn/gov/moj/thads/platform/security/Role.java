package vn.gov.moj.thads.platform.security;

/** The roles of domain.md §7, as they appear in the token's {@code groups} claim. */
public final class Role {

    public static final String OFFICER = "OFFICER";
    public static final String AGENCY_HEAD = "AGENCY_HEAD";
    public static final String PROVINCE = "PROVINCE";
    public static final String MINISTRY = "MINISTRY";
    public static final String STATISTICS_CLIENT = "STATISTICS_CLIENT";
    public static final String COURT_CLIENT = "COURT_CLIENT";

    private Role() {
    }
}
