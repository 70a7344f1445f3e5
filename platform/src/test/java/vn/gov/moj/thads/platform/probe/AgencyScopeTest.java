package vn.gov.moj.thads.platform.probe;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** "May this caller see this agency", from the verified token, for each role. */
@QuarkusTest
class AgencyScopeTest {

    @ParameterizedTest(name = "{0} of {1} sees {2}: {3}")
    @CsvSource({
            "MINISTRY,          VN,    20.01, true",
            "STATISTICS_CLIENT, ,      79,    true",
            "PROVINCE,          19,    19.05, true",
            "PROVINCE,          19.05, 19.07, true",
            // Bắc Kạn (06) merged into Thái Nguyên (19) on 2025-07-01: its old cases stay visible
            "PROVINCE,          19,    06.02, true",
            "PROVINCE,          19,    20.01, false",
            "AGENCY_HEAD,       19,    19.05, true",
            "AGENCY_HEAD,       19.05, 19.05, true",
            "AGENCY_HEAD,       19.05, 19.06, false",
            "AGENCY_HEAD,       19.05, 19,    false",
            "OFFICER,           19.05, 19.05, true",
            "OFFICER,           19.05, 01.01, false",
            "COURT_CLIENT,      ,      19.05, false",
            // a court system sends judgments to its province's agencies, and reads none of their records
            "COURT_CLIENT,      19,    19.05, false",
            "COURT_CLIENT,      VN,    19.05, false",
            "OFFICER,           ,      19.05, false",
    })
    void scopeFollowsRoleAndAgency(String role, String agency, String target, boolean expected) {
        given().header("Authorization", TestTokens.bearer("user", agency, role))
                .when().get("/api/v1/probes/scope/" + target)
                .then().statusCode(200)
                .body("covers", equalTo(expected));
    }
}
