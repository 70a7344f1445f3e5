package vn.gov.moj.thads.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * A login is an officer's in one agency's line, not across the country (heir's review of session 24). Logins are the
 * identity provider's: a head of Thái Nguyên's office 5 (19.05) made a record for a login of Hồ Chí Minh City's office 1
 * (79.01), and 79.01's head could then never register that staff member (409 duplicate-officer); an officer moved to
 * another province could not be registered there either. And the records under one login were told apart by the login
 * alone in three places: the case list, the court judgments an officer reads, and an officer's workload.
 */
@QuarkusTest
class OfficerLoginPerAgencyTest {

    private final Api.User squatter = Api.head("19.05");
    private final Api.User realHead = Api.head("79.01");

    @Inject AgroalDataSource dataSource;

    private static String create(Api.User head, String agency, String login, int status) {
        return head.request().body(Map.of("agencyCode", agency, "subject", login, "fullName", "Phan Thị Mai"))
                .post("/api/v1/officers").then().statusCode(status).extract().path("id");
    }

    @Test
    void anotherProvincesRecordUnderTheLoginBlocksNothingAndGivesNothing() {
        String login = "cbv-79-" + UUID.randomUUID();
        String squatted = create(squatter, "19.05", login, 201);
        String real = create(realHead, "79.01", login, 201);
        // one record for a login in an agency: the real head twice, or the province's head at the same office
        realHead.request().body(Map.of("agencyCode", "79.01", "subject", login, "fullName", "x")).post("/api/v1/officers").then()
                .statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-officer"))
                .body("detail", equalTo("Đơn vị 79.01 đã có chấp hành viên với tên đăng nhập " + login));
        Api.User provinceHead = Api.head("79");
        provinceHead.request().body(Map.of("agencyCode", "79.01", "subject", login, "fullName", "x")).post("/api/v1/officers").then()
                .statusCode(409);

        // the squatted record, seconded to 79.01 and given a 79.01 case there, is not the 79.01 person's
        squatter.request().body(Map.of("hostAgencyCode", "79.01", "from", TODAY.minusDays(5).toString(), "to", TODAY.plusDays(30).toString(),
                "decisionNumber", Api.unique("QĐ-BP"))).post("/api/v1/officers/" + squatted + "/secondments").then().statusCode(201);
        var fromJudgment = Api.caseFromAJudgment(Api.courtOf("79", "TAND-HCM"), "TAND-HCM", "Tòa án nhân dân Thành phố Hồ Chí Minh",
                realHead, "79.01", 45_000_000L);
        String judgment = fromJudgment.judgmentId();
        String heldBySquatted = fromJudgment.caseId();
        Api.transition(realHead, heldBySquatted, "assignment", Map.of("officerId", squatted)).then().statusCode(200);
        String heldByReal = Api.open(realHead, Api.caseBody("79.01", Api.unique("QĐ"), TODAY.minusDays(20), 12_000_000L));
        Api.transition(realHead, heldByReal, "assignment", Map.of("officerId", real)).then().statusCode(200);

        Api.User person = new Api.User(login, "79.01", "OFFICER");
        person.request().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(heldByReal)).body("items.id", not(hasItem(heldBySquatted)));
        person.request().get("/api/v1/cases/" + heldBySquatted).then().statusCode(404);
        person.request().get("/api/v1/court-judgments/" + judgment).then().statusCode(404);
        person.request().queryParam("size", 100).get("/api/v1/court-judgments").then().statusCode(200)
                .body("items.id", not(hasItem(judgment)));
        // 19.05's figures under the login are 19.05's
        person.request().get("/api/v1/officers/" + squatted + "/workload").then().statusCode(403);
        person.request().get("/api/v1/officers/" + real + "/workload").then().statusCode(200).body("openCases", equalTo(1));

        // 19.05 deactivating its record takes nothing from the 79.01 person, and 19.05 reaches nothing of 79.01's record
        String etag = squatter.request().get("/api/v1/officers/" + squatted).then().statusCode(200).extract().header("ETag");
        squatter.request().header("If-Match", etag).post("/api/v1/officers/" + squatted + "/deactivation").then().statusCode(200);
        person.request().get("/api/v1/cases/" + heldByReal).then().statusCode(200);
        squatter.request().get("/api/v1/officers/" + real).then().statusCode(404);
        new Api.User(login, "19.05", "OFFICER").request().get("/api/v1/cases").then().statusCode(403);
    }

    /**
     * A login as the identity provider signs it: one with a zero-width space read as a colleague's in the officer list
     * (red team of session 25), and a name is kept as seen, as a party's.
     */
    @Test
    void aLookAlikeLoginOrAnInvisibleCharacterInANameIsRefused() {
        for (String login : List.of("cbv-\u200b" + UUID.randomUUID(), "cbv " + UUID.randomUUID(), "cbv-\u0007" + UUID.randomUUID(),
                "cbv-\u3164" + UUID.randomUUID(), "cbv-\u034f" + UUID.randomUUID(), "cbv-e\u0301" + UUID.randomUUID())) {
            realHead.request().body(Map.of("agencyCode", "79.01", "subject", login, "fullName", "Phan Thị Mai")).post("/api/v1/officers")
                    .then().statusCode(400).body("errors[0].field", equalTo("subject"));
        }
        realHead.request().body(Map.of("agencyCode", "79.01", "subject", "cbv-" + UUID.randomUUID(), "fullName", "Phan Thị\u001b[8m Mai"))
                .post("/api/v1/officers").then().statusCode(400).body("errors[0].field", equalTo("fullName"));
        String id = create(realHead, "79.01", " cbv-" + UUID.randomUUID() + " ", 201);
        realHead.request().get("/api/v1/officers/" + id).then().statusCode(200).body("subject", org.hamcrest.Matchers.startsWith("cbv-"));
    }

    /**
     * A token of Ninh Bình's office 37.02 counts the records of Hà Nam's office 35.01, which it took over on 1 July 2025, as
     * its own: a second record there for a login 35.01 had would be one person twice, and one deactivated would take the
     * other's powers away.
     */
    @Test
    void aLoginTheOfficeTookOverIsNotRegisteredTwice() throws Exception {
        String login = "cbv-35-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into officer (id, agency_code, subject,"
                + " full_name, active, created_at, version) values (?, '35.01', ?, 'Đinh Văn Lực', true, now(), 0)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, login);
            s.executeUpdate();
        }
        Api.head("37.02").request().body(Map.of("agencyCode", "37.02", "subject", login, "fullName", "Đinh Văn Lực"))
                .post("/api/v1/officers").then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-officer"));
        create(Api.head("37.01"), "37.01", login, 201);
    }
}
