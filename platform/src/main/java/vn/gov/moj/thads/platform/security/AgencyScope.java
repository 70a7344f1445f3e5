package vn.gov.moj.thads.platform.security;

import java.util.Set;

/**
 * The agencies a caller may see: everything, nothing, or the units in {@code units} and the local
 * offices below them, and the agencies in {@code agencies} alone (a provincial agency's officer works
 * in that agency, not in the offices below it). Both hold a unit with the units merged into it (a
 * province's predecessors), so that its users still see the cases those carried over.
 *
 * <p>In a query, {@link #restrict} is the one way to keep rows inside a scope (JPQL or SQL alike).
 */
public record AgencyScope(boolean nationwide, Set<String> units, Set<String> agencies) {

    /** The units and the local offices below them. */
    public AgencyScope(boolean nationwide, Set<String> units) {
        this(nationwide, units, Set.of());
    }

    /** The same agencies without the local offices below them; nationwide stays nationwide. */
    public AgencyScope withoutOfficesBelow() {
        if (nationwide || units.isEmpty()) {
            return this;
        }
        java.util.Set<String> all = new java.util.HashSet<>(units);
        all.addAll(agencies);
        return new AgencyScope(false, Set.of(), Set.copyOf(all));
    }

    /** Where a query's rows name an agency: its code, and its province's (a column, or {@code substring(code, 1, 2)}). */
    public record Columns(String agency, String province) {

        /** The province of an agency code in the same row: its first two characters. */
        public static Columns of(String agencyColumn) {
            return new Columns(agencyColumn, "substring(" + agencyColumn + ", 1, 2)");
        }
    }

    public static AgencyScope national() {
        return new AgencyScope(true, Set.of());
    }

    public static AgencyScope none() {
        return new AgencyScope(false, Set.of());
    }

    /**
     * Keeps a query inside this scope: appends {@code and (…)} to {@code where}, true for a row
     * whose agency (in any of {@code columns}) is one of the units or is below one of them, and
     * binds {@code :parameter}; appends nothing nationwide. The same test as {@link #covers}.
     */
    public void restrict(StringBuilder where, java.util.Map<String, Object> params, String parameter, Columns... columns) {
        if (nationwide) {
            return;
        }
        // A province column holds province codes only, so only the provinces among the units can
        // match it: a scope of local offices tests the agency column alone, which the agency
        // indexes serve (with the province test as well, PostgreSQL scanned the whole table).
        java.util.List<String> provinces = units.stream().filter(u -> u.indexOf('.') < 0).sorted().toList();
        java.util.Set<String> named = new java.util.HashSet<>(units);
        named.addAll(agencies);
        java.util.StringJoiner any = new java.util.StringJoiner(" or ", " and (", ")");
        for (Columns c : columns) {
            any.add(c.agency() + " in :" + parameter);
            if (!provinces.isEmpty()) {
                any.add(c.province() + " in :" + parameter + "Provinces");
            }
        }
        where.append(any);
        params.put(parameter, named.isEmpty() ? java.util.List.of("-") : java.util.List.copyOf(named));
        if (!provinces.isEmpty()) {
            params.put(parameter + "Provinces", provinces);
        }
    }

    /**
     * A list inside this scope (the caller's, bound as {@code :scopeUnits}) and, when the caller
     * picked an org unit to list, inside {@code picked} too ({@code :agencyUnits}; null for none).
     */
    public void restrict(StringBuilder where, java.util.Map<String, Object> params, AgencyScope picked, Columns... columns) {
        restrict(where, params, "scopeUnits", columns);
        if (picked != null) {
            picked.restrict(where, params, "agencyUnits", columns);
        }
    }

    /** What either scope covers. */
    public AgencyScope union(AgencyScope other) {
        if (nationwide || other.nationwide) {
            return national();
        }
        java.util.Set<String> all = new java.util.HashSet<>(units);
        all.addAll(other.units);
        java.util.Set<String> alone = new java.util.HashSet<>(agencies);
        alone.addAll(other.agencies);
        return new AgencyScope(false, Set.copyOf(all), Set.copyOf(alone));
    }

    public boolean covers(String agencyCode) {
        if (nationwide) {
            return true;
        }
        if (agencyCode == null) {
            return false;
        }
        int dot = agencyCode.indexOf('.');
        return units.contains(agencyCode) || agencies.contains(agencyCode) || (dot > 0 && units.contains(agencyCode.substring(0, dot)));
    }
}
