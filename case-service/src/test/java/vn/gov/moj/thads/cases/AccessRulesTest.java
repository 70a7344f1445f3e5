package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** domain.md §7 and issue 3's access rules, role by role. */
@QuarkusTest
class AccessRulesTest {

    private final Api.User head = Api.head("19.05");

    @Test
    void anOfficerSeesAndWorksOnlyTheCasesAssignedToThem() {
        String number = Api.unique("QĐ");
        String mine = Api.open(head, Api.caseBody("19.05", number + "-A", TODAY.minusDays(5), 10_000_000L));
        String notMine = Api.open(head, Api.caseBody("19.05", number + "-B", TODAY.minusDays(5), 10_000_000L));
        Api.User officer = Api.assignNewOfficer(head, mine, "19.05");

        officer.request().get("/api/v1/cases/" + mine).then().statusCode(200);
        officer.request().get("/api/v1/cases/" + notMine).then().statusCode(404);
        officer.request().queryParam("q", number).get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(mine));
        Api.transition(officer, mine, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200);
        // decisions are the head's
        Api.transition(officer, mine, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(403);
        Api.transition(officer, mine, "assignment", Map.of("officerId", java.util.UUID.randomUUID().toString()))
                .then().statusCode(403);
    }

    @Test
    void anotherAgencysUsersCannotFindTheCase() {
        String number = Api.unique("QĐ");
        String id = Api.open(head, Api.caseBody("19.05", number, TODAY.minusDays(5), 10_000_000L));

        Api.User otherHead = Api.head("19.01");
        otherHead.request().get("/api/v1/cases/" + id).then().statusCode(404);
        otherHead.request().header("If-Match", "\"0\"").body(Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .post("/api/v1/cases/" + id + "/verifications").then().statusCode(404);
        otherHead.request().queryParam("q", number).get("/api/v1/cases").then().body("total", equalTo(0)).body("items", empty());
        Api.province("01").request().get("/api/v1/cases/" + id).then().statusCode(404);
        Api.province("01").request().get("/api/v1/cases/" + id + "/history").then().statusCode(404);
    }

    @Test
    void provinceAndMinistryReadButDoNotWrite() {
        String number = Api.unique("QĐ");
        String id = Api.open(head, Api.caseBody("19.05", number, TODAY.minusDays(5), 10_000_000L));

        Api.User province = Api.province("19");
        province.request().get("/api/v1/cases/" + id).then().statusCode(200);
        province.request().queryParam("q", number).get("/api/v1/cases").then().body("total", equalTo(1));
        Api.transition(province, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(403);
        Api.ministry().request().get("/api/v1/cases/" + id).then().statusCode(200);
        Api.court().request().get("/api/v1/cases/" + id).then().statusCode(403);
    }

    @Test
    void theHeadOfAProvincialAgencyDecidesForItsLocalOffices() {
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(5), 10_000_000L));
        Api.transition(Api.head("19"), id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(),
                "reason", "Theo chỉ đạo của Thi hành án dân sự tỉnh")).then().statusCode(200);
    }

    @Test
    void staffOpenCasesOnlyInTheirOwnAgency() {
        head.request().body(Api.caseBody("01.01", Api.unique("QĐ"), TODAY, 1_000L)).post("/api/v1/cases")
                .then().statusCode(403);
        Api.officer("19.05").request().body(Api.caseBody("19.05", Api.unique("QĐ"), TODAY, 1_000L)
                        .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                e -> e.getKey().equals("categories") ? java.util.List.of("COMPLEX") : e.getValue())))
                .post("/api/v1/cases").then().statusCode(403);
        // an officer of a provincial agency works in that agency, not in the offices below it (its head does)
        Api.officer("19").request().body(Api.caseBody("19.05", Api.unique("QĐ"), TODAY, 1_000L)).post("/api/v1/cases")
                .then().statusCode(403);
        Api.officer("19").request().body(Api.caseBody("19", Api.unique("QĐ"), TODAY, 1_000L)).post("/api/v1/cases")
                .then().statusCode(201);
        Api.head("19").request().body(Api.caseBody("19.05", Api.unique("QĐ"), TODAY, 1_000L)).post("/api/v1/cases")
                .then().statusCode(201);
    }

    @Test
    void noTokenNoCase() {
        io.restassured.RestAssured.given().get("/api/v1/cases").then().statusCode(401);
    }
}
