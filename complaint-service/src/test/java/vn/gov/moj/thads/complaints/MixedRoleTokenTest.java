package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Issue 12, item 5: an officer's token that also carried STATISTICS_CLIENT read every petition
 * in the country with the petitioners' ID numbers, phones and addresses (the machine role's
 * national scope widened the person's). Such a token is refused before it reads anything.
 */
@QuarkusTest
class MixedRoleTokenTest {

    @Test
    void anOfficerWithAStatisticsRoleReadsNothing() {
        Desk.receive("OFFICER", "01.01", Desk.complaint("01.01", null, "OFFICER", "01.01", "BEFORE_MEASURES")).statusCode(201);
        Desk.as("STATISTICS_CLIENT", null).queryParam("size", 200).get("/api/v1/complaints").then().statusCode(403);
        io.restassured.RestAssured.given().header("Authorization", vn.gov.moj.thads.deploy.testing.TestTokens.bearer(
                        "officer-with-statistics", "19.05", "OFFICER", "STATISTICS_CLIENT")).queryParam("size", 200)
                .get("/api/v1/complaints").then().statusCode(403)
                .body("type", equalTo("urn:thads:problem:token-not-accepted"))
                .body(not(containsString("Lương Thị Mai")));
    }
}
