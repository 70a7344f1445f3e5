package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** domain.md §2 on the shipped province list (QĐ 19/2025/QĐ-TTg codes) and the demo's local offices. */
class OrgUnitsTest {

    private static final LocalDate BEFORE = LocalDate.of(2017, 9, 30);
    private static final LocalDate LAST_DAY_OF_63 = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY_OF_34 = LocalDate.of(2025, 7, 1);
    private static final LocalDate AFTER = LocalDate.of(2026, 3, 31);

    private final OrgUnits orgUnits = new OrgUnits(Optional.of("classpath:reference/local-offices.csv"));

    @Test
    void theUnitsThatHeldARecordOfADateAndThoseThatCameAfterIt() {
        LocalDate march2025 = LocalDate.of(2025, 3, 10);
        // Phủ Lý's office (35.01) until 30 June 2025, then Ninh Bình's office 2 (37.02)
        assertThat(orgUnits.predecessorsOn("37.02", march2025)).containsExactly("35.01");
        assertThat(orgUnits.predecessorsOn("37.02", FIRST_DAY_OF_34)).isEmpty();
        assertThat(orgUnits.laterHoldersOf("35.01", march2025)).containsExactly("37.02");
        assertThat(orgUnits.laterHoldersOf("35.01", FIRST_DAY_OF_34)).isEmpty();
        // Hà Nam (35) merged into Ninh Bình, whose code (37) existed before the merger too: no later holder
        assertThat(orgUnits.laterHoldersOf("35", march2025)).isEmpty();
        assertThat(orgUnits.laterHoldersOf("19.05", march2025)).isEmpty();
    }

    @Test
    void sixtyThreeProvincesBeforeTheMergerAndThirtyFourAfter() {
        assertThat(orgUnits.children(OrgUnits.NATIONAL, LAST_DAY_OF_63)).hasSize(63);
        assertThat(orgUnits.children(OrgUnits.NATIONAL, FIRST_DAY_OF_34)).hasSize(34);
    }

    @Test
    void aCodeKeepsItsUnitAndTheUnitsNameHasAHistory() {
        assertThat(orgUnits.nameOn("15", LAST_DAY_OF_63)).isEqualTo("Yên Bái");
        assertThat(orgUnits.nameOn("15", FIRST_DAY_OF_34)).isEqualTo("Lào Cai");
        assertThat(orgUnits.nameOn("10", LAST_DAY_OF_63)).isEqualTo("Lào Cai");
        assertThat(orgUnits.nameOn("24", BEFORE)).isEqualTo("Bắc Giang");
        assertThat(orgUnits.nameOn("24", AFTER)).isEqualTo("Bắc Ninh");
        assertThat(orgUnits.nameOn("46", LocalDate.of(2024, 12, 31))).isEqualTo("Thừa Thiên Huế");
        assertThat(orgUnits.nameOn("46", LocalDate.of(2025, 1, 1))).isEqualTo("Huế");
        assertThat(orgUnits.nameOn("77", BEFORE)).isEqualTo("Bà Rịa - Vũng Tàu");
        // a closed unit keeps the name it closed with, for history
        assertThat(orgUnits.nameOn("35", AFTER)).isEqualTo("Hà Nam");
        assertThat(orgUnits.nameOn(OrgUnits.NATIONAL, LocalDate.of(2024, 6, 30))).isEqualTo("Tổng cục Thi hành án dân sự");
        assertThat(orgUnits.nameOn(OrgUnits.NATIONAL, AFTER)).isEqualTo("Cục Quản lý thi hành án dân sự");
        // 15 exists throughout; 10 closed into it
        assertThat(orgUnits.find("15")).map(OrgUnit::validTo).isEmpty();
        assertThat(orgUnits.find("10")).map(OrgUnit::successorCode).contains("15");
    }

    @Test
    void aPredecessorIsInsideItsSuccessorOnlyAtDatesWhenItNoLongerExists() {
        assertThat(orgUnits.compositionOn("37", BEFORE).units()).containsExactly("37");
        assertThat(orgUnits.compositionOn("37", AFTER).units()).containsExactlyInAnyOrder("37", "35", "36");
        assertThat(orgUnits.compositionOn("35", BEFORE).units()).containsExactly("35");
        assertThat(orgUnits.compositionOn("15", LAST_DAY_OF_63).units()).containsExactly("15");
        assertThat(orgUnits.compositionOn("15", FIRST_DAY_OF_34).units()).containsExactlyInAnyOrder("15", "10");
        assertThat(orgUnits.compositionOn("25", AFTER).units()).containsExactlyInAnyOrder("25", "26", "17");
        // a local office with the district office merged into it, and Vĩnh Yên's cases inside Phú Thọ after the merger
        assertThat(orgUnits.compositionOn("19.05", AFTER).units()).containsExactlyInAnyOrder("19.05", "19.90");
        assertThat(orgUnits.compositionOn("25", AFTER).covers("26.01")).isTrue();
        assertThat(orgUnits.compositionOn("25", LAST_DAY_OF_63).covers("26.01")).isFalse();
        // a closed unit asked about later is taken as it was on its last day
        assertThat(orgUnits.compositionOn("35", AFTER).units()).containsExactly("35");
    }

    @Test
    void onEveryDateEveryAgencyCountsInExactlyOneProvinceOfThatDate() {
        List<String> agencies = List.of("01", "10", "15", "24", "27", "35", "37", "44", "45", "46", "52", "64", "80", "72", "82",
                "87", "89", "91", "19.90", "06.01", "26.01", "74.01", "19.05");
        for (LocalDate date : List.of(BEFORE, LocalDate.of(2024, 12, 31), LAST_DAY_OF_63, FIRST_DAY_OF_34, AFTER)) {
            List<OrgUnit> provinces = orgUnits.children(OrgUnits.NATIONAL, date);
            for (String agency : agencies) {
                assertThat(provinces.stream().filter(p -> orgUnits.compositionOn(p.code(), date).covers(agency)).map(OrgUnit::code))
                        .as(agency + " on " + date).containsExactly(orgUnits.provinceOn(agency, date));
            }
        }
        assertThat(orgUnits.provinceOn("35", BEFORE)).isEqualTo("35");
        assertThat(orgUnits.provinceOn("35", AFTER)).isEqualTo("37");
        assertThat(orgUnits.provinceOn("06.01", AFTER)).isEqualTo("19");
    }

    @Test
    void aUsersScopeIncludesEveryUnitMergedIntoTheirs() {
        assertThat(orgUnits.withPredecessors("79")).containsExactlyInAnyOrder("79", "74", "77");
        assertThat(orgUnits.withPredecessors("15")).containsExactlyInAnyOrder("15", "10");
        assertThat(orgUnits.withPredecessors("01")).containsExactly("01");
    }

    @Test
    void referenceDataWithAGapBetweenNamePeriodsIsRefused() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("offices", ".csv");
        java.nio.file.Files.writeString(file, "code,name,valid_from,valid_to,successor_code\n"
                + "19.07,A,2008-01-01,2020-12-31,\n19.07,B,2021-02-01,,\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OrgUnits(Optional.of(file.toString())))
                .hasMessageContaining("19.07");
    }
}
