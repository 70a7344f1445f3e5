package vn.gov.moj.thads.cases;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thads.deploy.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The case API as the tests' users call it: people with roles in agencies, and their requests. */
final class Api {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Where a case of office 19.05 decided on {@code date} is recorded: Đại Từ's office (19.90) before 19.05 existed. */
    static String officeOf1905On(LocalDate date) {
        return date.isBefore(LocalDate.of(2025, 7, 1)) ? "19.90" : "19.05";
    }

    private Api() {
    }

    /** A caller; a court system's token names the courts it submits for. */
    record User(String subject, String agencyCode, List<String> courtCodes, String... roles) {
        User(String subject, String agencyCode, String... roles) {
            this(subject, agencyCode, List.of(), roles);
        }

        RequestSpecification request() {
            String token = courtCodes.isEmpty() ? TestTokens.bearer(subject, agencyCode, roles)
                    : TestTokens.courtBearer(subject, agencyCode, courtCodes.toArray(String[]::new));
            return given().header("Authorization", token).contentType("application/json");
        }
    }

    static User head(String agency) {
        return new User("head-" + agency + "-" + UUID.randomUUID(), agency, "AGENCY_HEAD");
    }

    static User officer(String agency) {
        return new User("officer-" + UUID.randomUUID(), agency, "OFFICER");
    }

    static User province(String province) {
        return new User("province-" + UUID.randomUUID(), province, "PROVINCE");
    }

    static User ministry() {
        return new User("ministry-" + UUID.randomUUID(), "VN", "MINISTRY");
    }

    /** The court system of the courts the tests' judgments come from, registered for the whole country. */
    static User court() {
        return courtOf("VN", "TAND-HN", "TAND-TN", "TAND-19");
    }

    /** A court system registered for {@code territory} (a province, VN for the whole country, null for none). */
    static User courtOf(String territory, String... courtCodes) {
        return new User("court-system-" + UUID.randomUUID(), territory, List.of(courtCodes), "COURT_CLIENT");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A case body; callers change what their test is about. */
    static Map<String, Object> caseBody(String agency, String decisionNumber, LocalDate decisionDate, long money) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyCode", agency);
        body.put("decisionNumber", decisionNumber);
        body.put("decisionDate", decisionDate.toString());
        body.put("kind", "ON_REQUEST");
        body.put("judgment", Map.of("courtCode", "TAND-TN", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                "number", unique("BA"), "effectiveDate", decisionDate.minusDays(20).toString()));
        body.put("creditors", List.of(Map.of("name", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "type", "ORGANIZATION",
                "idNumber", "0100150619", "address", "Tháp BIDV, 194 Trần Quang Khải, Hà Nội")));
        body.put("debtors", new ArrayList<>(List.of(Map.of("name", "Nguyễn Văn Đức", "type", "PERSON",
                "idNumber", "019085001234", "address", "Tổ 5, phường Hoàng Văn Thụ, Thái Nguyên"))));
        body.put("moneyAmount", money);
        body.put("categories", List.of("BANK_CREDIT"));
        return body;
    }

    /** Opens a case and answers its id. */
    static String open(User user, Map<String, Object> body) {
        return user.request().body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    /** A case opened by {@code head} from a judgment {@code court} pushed for {@code agency}, 40 days old: {judgment id, case id}. */
    record FromJudgment(String judgmentId, String caseId) {
    }

    static FromJudgment caseFromAJudgment(User court, String courtCode, String courtName, User head, String agency, long money) {
        String judgmentId = court.request().body(Map.of("courtCode", courtCode, "courtName", courtName,
                        "number", unique("20/2026/DS-ST"), "effectiveDate", TODAY.minusDays(40).toString(), "agencyCode", agency,
                        "debtors", List.of(Map.of("name", "Hà Văn Tùng", "type", "PERSON")), "moneyAmount", money))
                .post("/api/v1/court-judgments").then().statusCode(201).extract().path("id");
        Map<String, Object> body = caseBody(agency, unique("QĐ-THA"), TODAY.minusDays(30), money);
        body.remove("judgment");
        body.put("courtJudgmentId", judgmentId);
        return new FromJudgment(judgmentId, open(head, body));
    }

    static String etag(User user, String caseId) {
        return user.request().get("/api/v1/cases/" + caseId).then().statusCode(200).extract().header("ETag");
    }

    /** A transition with the current ETag, as a front end does after reading the case. */
    static Response transition(User user, String caseId, String transition, Map<String, ?> body) {
        return user.request().header("If-Match", etag(user, caseId)).body(body)
                .post("/api/v1/cases/" + caseId + "/" + transition);
    }

    static String createOfficer(User head, String agency) {
        return head.request().body(Map.of("agencyCode", agency, "subject", "cbv-" + UUID.randomUUID(),
                        "fullName", "Chấp hành viên Trần Thị Hồng Nhung"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
    }

    /** An officer with a login, created by the head and assigned to the case. */
    static User assignNewOfficer(User head, String caseId, String agency) {
        String subject = "cbv-" + UUID.randomUUID();
        String officerId = head.request().body(Map.of("agencyCode", agency, "subject", subject, "fullName", "Lê Minh Tuấn"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        transition(head, caseId, "assignment", Map.of("officerId", officerId)).then().statusCode(200);
        return new User(subject, agency, "OFFICER");
    }
}
