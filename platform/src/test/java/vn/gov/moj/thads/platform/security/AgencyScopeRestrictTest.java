package vn.gov.moj.thads.platform.security;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The query condition of a scope (plain JUnit): the province column is tested only for the provinces among the units. */
class AgencyScopeRestrictTest {

    private static final AgencyScope.Columns CASES = new AgencyScope.Columns("c.agencyCode", "c.provinceCode");

    @Test
    void localOfficesAreTestedOnTheAgencyColumnAlone() {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        new AgencyScope(false, Set.of("19.05")).restrict(where, params, "units", CASES);
        assertThat(where).hasToString(" and (c.agencyCode in :units)");
        assertThat(params).containsOnly(Map.entry("units", List.of("19.05")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProvinceAlsoCoversItsOfficesThroughTheProvinceColumn() {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        new AgencyScope(false, Set.of("19", "06", "19.05")).restrict(where, params, "units", CASES);
        assertThat(where).hasToString(" and (c.agencyCode in :units or c.provinceCode in :unitsProvinces)");
        assertThat((List<Object>) params.get("units")).containsExactlyInAnyOrder("19", "06", "19.05");
        assertThat(params.get("unitsProvinces")).isEqualTo(List.of("06", "19"));
    }

    @Test
    void noUnitsMatchNothingAndNationwideAddsNothing() {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        AgencyScope.none().restrict(where, params, "units", CASES);
        assertThat(where).hasToString(" and (c.agencyCode in :units)");
        assertThat(params).containsOnly(Map.entry("units", List.of("-")));
        StringBuilder national = new StringBuilder();
        AgencyScope.national().restrict(national, new HashMap<>(), "units", CASES);
        assertThat(national).isEmpty();
    }

    @Test
    void agenciesAloneAreTestedOnTheAgencyColumnAndCoverNoOfficeBelow() {
        AgencyScope province = new AgencyScope(false, Set.of("19", "06"));
        AgencyScope agencyAlone = province.withoutOfficesBelow();
        assertThat(agencyAlone.covers("19")).isTrue();
        assertThat(agencyAlone.covers("06")).isTrue();
        assertThat(agencyAlone.covers("19.05")).isFalse();
        assertThat(province.covers("19.05")).isTrue();
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        agencyAlone.restrict(where, params, "units", CASES);
        assertThat(where).hasToString(" and (c.agencyCode in :units)");
        assertThat(params).containsOnlyKeys("units");
        // with a scope of units: the offices below the units, not below the agencies alone
        AgencyScope both = agencyAlone.union(new AgencyScope(false, Set.of("25")));
        assertThat(both.covers("25.02")).isTrue();
        assertThat(both.covers("19.05")).isFalse();
        StringBuilder bothWhere = new StringBuilder();
        Map<String, Object> bothParams = new HashMap<>();
        both.restrict(bothWhere, bothParams, "units", CASES);
        assertThat(bothWhere).hasToString(" and (c.agencyCode in :units or c.provinceCode in :unitsProvinces)");
        assertThat(bothParams.get("unitsProvinces")).isEqualTo(List.of("25"));
    }
}
