package vn.gov.moj.thads.platform.security;

import java.util.Set;

/**
 * The agencies a caller may see: everything, nothing, or the units in {@code units} and the local
 * offices below them. {@code units} holds a unit with the units merged into it (a province's
 * predecessors), so that its users still see the cases those carried over.
 *
 * <p>In SQL: {@code agency_code in (:units) or province_code in (:units)} unless nationwide.
 */
public record AgencyScope(boolean nationwide, Set<String> units) {

    public static AgencyScope national() {
        return new AgencyScope(true, Set.of());
    }

    public static AgencyScope none() {
        return new AgencyScope(false, Set.of());
    }

    /** What either scope covers. */
    public AgencyScope union(AgencyScope other) {
        if (nationwide || other.nationwide) {
            return national();
        }
        java.util.Set<String> all = new java.util.HashSet<>(units);
        all.addAll(other.units);
        return new AgencyScope(false, Set.copyOf(all));
    }

    public boolean covers(String agencyCode) {
        if (nationwide) {
            return true;
        }
        if (agencyCode == null) {
            return false;
        }
        int dot = agencyCode.indexOf('.');
        return units.contains(agencyCode) || (dot > 0 && units.contains(agencyCode.substring(0, dot)));
    }
}
