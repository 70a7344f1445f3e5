package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OrgUnitsTest {

    private final OrgUnits orgUnits = new OrgUnits(Optional.empty());

    @Test
    void sixtyThreeProvincesBeforeTheMergerAndThirtyFourAfter() {
        assertThat(orgUnits.children(OrgUnits.NATIONAL, LocalDate.of(2025, 6, 30))).hasSize(63);
        assertThat(orgUnits.children(OrgUnits.NATIONAL, LocalDate.of(2025, 7, 1))).hasSize(34);
    }

    @Test
    void aSurvivingProvinceIncludesEveryProvinceMergedIntoIt() {
        assertThat(orgUnits.withPredecessors("79")).containsExactlyInAnyOrder("79", "74", "77");
        assertThat(orgUnits.withPredecessors("19")).containsExactlyInAnyOrder("19", "06");
        assertThat(orgUnits.withPredecessors("01")).containsExactly("01");
    }

    @Test
    void namesKeepTheirDiacritics() {
        assertThat(orgUnits.find("77")).map(OrgUnit::name).contains("Bà Rịa - Vũng Tàu");
        assertThat(orgUnits.find("46")).map(OrgUnit::name).contains("Huế");
    }
}
