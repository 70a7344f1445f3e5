package vn.gov.moj.thads.complaints.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.FinalDecision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.complaints.model.Phase;
import vn.gov.moj.thads.complaints.model.SubjectKind;
import vn.gov.moj.thads.platform.problem.ProblemException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.moj.thads.complaints.rules.ShippedRules.RULES;

/**
 * The jurisdiction table of domain.md §4 for each subject × round × level, with the units as they
 * were on the receipt date, before and after the 2025-07-01 merger; which decisions are final.
 * Plain JUnit: no Quarkus.
 */
class JurisdictionRulesTest {

    /** Before the merger: 63 provinces; Đại Từ district (19.90) and Bắc Kạn city (06.01) exist. */
    private static final LocalDate IN_2017 = LocalDate.of(2017, 5, 2);
    /** After it: 34 provinces; 19.90 is in 19.05, 06.01 in 19.02, Hà Nam (35) in Ninh Bình (37). */
    private static final LocalDate IN_2026 = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{4}: {0} about the {1} of {3}, round {2}: head of {5}")
    @CsvSource({
            // after 2025-07-01: local office 19.05, province 19
            "COMPLAINT,    OFFICER,     1, 19.05, 2026-03-02, 19.05",
            "COMPLAINT,    OFFICER,     2, 19.05, 2026-03-02, 19",
            "COMPLAINT,    AGENCY_HEAD, 1, 19.05, 2026-03-02, 19",
            "COMPLAINT,    AGENCY_HEAD, 2, 19.05, 2026-03-02, VN",
            "COMPLAINT,    OFFICER,     1, 19,    2026-03-02, 19",
            "COMPLAINT,    OFFICER,     2, 19,    2026-03-02, VN",
            "COMPLAINT,    AGENCY_HEAD, 1, 19,    2026-03-02, VN",
            "DENUNCIATION, OFFICER,     1, 19.05, 2026-03-02, 19.05",
            "DENUNCIATION, AGENCY_HEAD, 1, 19.05, 2026-03-02, 19",
            "DENUNCIATION, OFFICER,     1, 19,    2026-03-02, 19",
            "DENUNCIATION, AGENCY_HEAD, 1, 19,    2026-03-02, VN",
            "PETITION,     OFFICER,     1, 79.02, 2026-03-02, 79.02",
            // a petition about a head: its head cannot decide it, so the level above does
            "PETITION,     AGENCY_HEAD, 1, 19.05, 2026-03-02, 19",
            "PETITION,     AGENCY_HEAD, 1, 19,    2026-03-02, VN",
            // units merged away before the receipt are replaced by their successor on that day
            "COMPLAINT,    OFFICER,     1, 06.01, 2026-03-02, 19.02",
            "COMPLAINT,    AGENCY_HEAD, 1, 06.01, 2026-03-02, 19",
            "COMPLAINT,    OFFICER,     2, 06,    2026-03-02, VN",
            "COMPLAINT,    OFFICER,     1, 35,    2026-03-02, 37",
            "DENUNCIATION, OFFICER,     1, 19.90, 2026-03-02, 19.05",
            // before 2025-07-01: the units of that day, even those that closed since
            "COMPLAINT,    OFFICER,     1, 19.90, 2017-05-02, 19.90",
            "COMPLAINT,    OFFICER,     2, 19.90, 2017-05-02, 19",
            "COMPLAINT,    AGENCY_HEAD, 1, 19.90, 2017-05-02, 19",
            "COMPLAINT,    AGENCY_HEAD, 2, 19.90, 2017-05-02, VN",
            "COMPLAINT,    OFFICER,     1, 06.01, 2017-05-02, 06.01",
            "COMPLAINT,    OFFICER,     2, 06.01, 2017-05-02, 06",
            "COMPLAINT,    AGENCY_HEAD, 1, 06.01, 2017-05-02, 06",
            "COMPLAINT,    AGENCY_HEAD, 2, 06.01, 2017-05-02, VN",
            "COMPLAINT,    OFFICER,     1, 35,    2017-05-02, 35",
            "COMPLAINT,    OFFICER,     2, 35,    2017-05-02, VN",
            "COMPLAINT,    AGENCY_HEAD, 1, 35,    2017-05-02, VN",
            "DENUNCIATION, OFFICER,     1, 06.01, 2017-05-02, 06.01",
            "DENUNCIATION, AGENCY_HEAD, 1, 06.01, 2017-05-02, 06",
            "DENUNCIATION, OFFICER,     1, 35,    2017-05-02, 35",
            "DENUNCIATION, AGENCY_HEAD, 1, 35,    2017-05-02, VN",
            "PETITION,     OFFICER,     1, 35,    2017-05-02, 35",
            // the last day before the merger and the first day after it
            "COMPLAINT,    OFFICER,     1, 35,    2025-06-30, 35",
            "COMPLAINT,    OFFICER,     1, 35,    2025-07-01, 37",
    })
    void competentAgency(ComplaintType type, SubjectKind subject, int round, String agency, LocalDate receivedOn, String competent) {
        assertThat(RULES.competentAgency(type, subject, round, agency, receivedOn)).isEqualTo(competent);
    }

    @Test
    void aComplaintReceivedAtHaNamIn2017AboutAHaNamOfficerStaysAtHaNam() {
        String competent = RULES.competentAgency(ComplaintType.COMPLAINT, SubjectKind.OFFICER, 1, "35", IN_2017);
        assertThat(competent).isEqualTo("35");
        assertThat(RULES.jurisdiction("35", competent)).isEqualTo(Jurisdiction.WITHIN);
        RULES.requireFiledAtExisting("35", IN_2017);
    }

    @Test
    void aPetitionFiledAtAUnitClosedOnItsReceiptDateIsRefusedNamingTheSuccessor() {
        assertThatThrownBy(() -> RULES.requireFiledAtExisting("35", LocalDate.of(2025, 7, 1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    var problem = e.toProblem(null);
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.type()).isEqualTo("urn:thads:problem:unit-closed-on-receipt-date");
                    assertThat(problem.properties()).containsEntry("successorAgencyCode", "37")
                            .containsEntry("successorAgencyName", "Ninh Bình");
                });
        RULES.requireFiledAtExisting("35", LocalDate.of(2025, 6, 30));
        // a unit created after the receipt date cannot have received it either
        assertThatThrownBy(() -> RULES.requireFiledAtExisting("19.05", IN_2017))
                .isInstanceOfSatisfying(ProblemException.class, e ->
                        assertThat(e.toProblem(null).type()).isEqualTo("urn:thads:problem:unit-not-open-on-receipt-date"));
        RULES.requireFiledAtExisting("19.05", IN_2026);
    }

    @ParameterizedTest(name = "filed at {0}, competent {1}: {2}")
    @CsvSource({
            "19.05, 19.05, WITHIN",
            "19,    19.05, OVER_LEVEL",
            "VN,    19.05, OVER_LEVEL",
            "VN,    19,    OVER_LEVEL",
            "19.01, 19.05, OUT_OF_JURISDICTION",
            "01,    19.05, OUT_OF_JURISDICTION",
            "19.05, 19,    OUT_OF_JURISDICTION",
            "37,    35,    OUT_OF_JURISDICTION",
            "19,    19.90, OVER_LEVEL",
    })
    void whereItWasFiled(String filedAt, String competent, Jurisdiction expected) {
        assertThat(RULES.jurisdiction(filedAt, competent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} round {1}, {2}, resolved by {3}: final = {4}")
    @CsvSource({
            "COMPLAINT,    1, BEFORE_MEASURES,  19.05, ",
            "COMPLAINT,    1, COERCION,         19,    ",
            "COMPLAINT,    1, AFTER_COERCION,   19,    ",
            // the head of the national agency on a complaint about the head of a provincial agency
            "COMPLAINT,    1, BEFORE_MEASURES,  VN,    NATIONAL_AGENCY",
            "COMPLAINT,    1, COERCION,         VN,    NATIONAL_AGENCY",
            // security measures: the first decision is final
            "COMPLAINT,    1, SECURITY_MEASURE, 19.05, SECURITY_MEASURE",
            "COMPLAINT,    1, ACCOUNT_FREEZE,   19.05, SECURITY_MEASURE",
            "COMPLAINT,    1, SECURITY_MEASURE, 19,    SECURITY_MEASURE",
            "COMPLAINT,    2, COERCION,         19,    SECOND_COMPLAINT",
            "COMPLAINT,    2, BEFORE_MEASURES,  VN,    SECOND_COMPLAINT",
            "DENUNCIATION, 1,                 , 19,    ",
            "PETITION,     1,                 , 19.05, ",
    })
    void finalDecisions(ComplaintType type, int round, Phase phase, String competent, FinalDecision expected) {
        assertThat(RULES.finalDecision(type, round, phase, competent).orElse(null)).isEqualTo(expected);
    }
}
