package vn.gov.moj.thads.platform.security;

/** The roles of domain.md §7, as they appear in the token's {@code groups} claim. */
public final class Role {

    public static final String OFFICER = "OFFICER";
    public static final String AGENCY_HEAD = "AGENCY_HEAD";
    public static final String PROVINCE = "PROVINCE";
    public static final String MINISTRY = "MINISTRY";
    public static final String STATISTICS_CLIENT = "STATISTICS_CLIENT";
    public static final String COURT_CLIENT = "COURT_CLIENT";

    /** Roles of people (web and mobile front ends). */
    public static final java.util.Set<String> PEOPLE = java.util.Set.of(OFFICER, AGENCY_HEAD, PROVINCE, MINISTRY);
    /** Roles of other systems: a token carries one, and no role of a person. */
    public static final java.util.Set<String> MACHINES = java.util.Set.of(STATISTICS_CLIENT, COURT_CLIENT);
    public static final java.util.Set<String> ALL = java.util.Set.of(OFFICER, AGENCY_HEAD, PROVINCE, MINISTRY, STATISTICS_CLIENT, COURT_CLIENT);
    /**
     * The roles whose tokens may name the whole country (agencyCode VN); AGENCY_HEAD only beside MINISTRY, for the head
     * of the national agency (who decides the petitions it is competent for and sees who wrote them); COURT_CLIENT for the
     * system of courts whose judgments go to any province (the supreme and high courts').
     */
    public static final java.util.Set<String> NATIONWIDE = java.util.Set.of(MINISTRY, STATISTICS_CLIENT, AGENCY_HEAD, COURT_CLIENT);

    private Role() {
    }
}
