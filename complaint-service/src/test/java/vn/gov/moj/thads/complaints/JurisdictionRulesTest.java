package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.complaints.model.SubjectKind;
import vn.gov.moj.thads.complaints.service.ComplaintRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The jurisdiction table of domain.md §4, for each subject × round × level. */
@QuarkusTest
class JurisdictionRulesTest {

    @Inject
    ComplaintRules rules;

    @ParameterizedTest(name = "{0} about the {1} of {3}, round {2}: head of {4}")
    @CsvSource({
            "COMPLAINT,    OFFICER,     1, 19.05, 19.05",
            "COMPLAINT,    OFFICER,     2, 19.05, 19",
            "COMPLAINT,    AGENCY_HEAD, 1, 19.05, 19",
            "COMPLAINT,    AGENCY_HEAD, 2, 19.05, VN",
            "COMPLAINT,    OFFICER,     1, 19,    19",
            "COMPLAINT,    OFFICER,     2, 19,    VN",
            "COMPLAINT,    AGENCY_HEAD, 1, 19,    VN",
            // the ministry caps it
            "COMPLAINT,    AGENCY_HEAD, 2, 19,    VN",
            "DENUNCIATION, OFFICER,     1, 19.05, 19.05",
            "DENUNCIATION, AGENCY_HEAD, 1, 19.05, 19",
            "DENUNCIATION, AGENCY_HEAD, 1, 19,    VN",
            "PETITION,     OFFICER,     1, 79.02, 79.02",
            // Bắc Kạn (06) merged into Thái Nguyên (19): its old units' cases go to the successor
            "COMPLAINT,    AGENCY_HEAD, 1, 06.01, 19",
            "COMPLAINT,    OFFICER,     1, 06,    19",
    })
    void competentAgency(ComplaintType type, SubjectKind subject, int round, String agency, String competent) {
        assertThat(rules.competentAgency(type, subject, round, agency)).isEqualTo(competent);
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
    })
    void whereItWasFiled(String filedAt, String competent, Jurisdiction expected) {
        assertThat(rules.jurisdiction(filedAt, competent)).isEqualTo(expected);
    }
}
