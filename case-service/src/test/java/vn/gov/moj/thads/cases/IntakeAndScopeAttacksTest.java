package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * What a compromised court system, a token with roles that do not fit together, or a curious
 * officer tried (issue 12, items 2, 5, 6 and 9), performed through the HTTP API.
 */
@QuarkusTest
class IntakeAndScopeAttacksTest {

    private static Map<String, Object> judgment(String court, String number, String debtorId) {
        return Map.of("courtCode", court, "courtName", "Tòa án nhân dân " + court, "number", number,
                "effectiveDate", TODAY.minusDays(10).toString(), "agencyCode", "19.05", "moneyAmount", 12_000_000,
                "debtors", List.of(Map.of("name", "Phùng Văn Khải", "type", "PERSON", "idNumber", debtorId, "address", "Tổ 5, Tân Thịnh")));
    }

    @Test
    void aCourtSystemSubmitsAndReadsOnlyForItsOwnCourts() {
        Api.User thaiNguyen = Api.courtOf("19", "TAND-TN-A");
        Api.User other = Api.courtOf("19", "TAND-HB-A"); // sends to the same province: refused for the court alone
        String number = Api.unique("15/2026/DS-ST");
        String id = thaiNguyen.request().body(judgment("TAND-TN-A", number, "019088000111")).post("/api/v1/court-judgments")
                .then().statusCode(201).extract().path("id");
        // another court resending it (the old idempotency key) gets nothing of it
        other.request().body(judgment("TAND-TN-A", number, "019088000111")).post("/api/v1/court-judgments")
                .then().statusCode(403).body(not(containsString("019088000111")));
        other.request().get("/api/v1/court-judgments/" + id).then().statusCode(404);
        // squatting a number another court will send is refused, and the real court's submission is its own
        String later = Api.unique("16/2026/DS-ST");
        other.request().body(judgment("TAND-TN-A", later, "000000000000")).post("/api/v1/court-judgments").then().statusCode(403);
        thaiNguyen.request().body(judgment("TAND-TN-A", later, "019088000222")).post("/api/v1/court-judgments")
                .then().statusCode(201).body("submission.debtors[0].idNumber", equalTo("019088000222"));
        // an identical resend answers the first record; other content for the same number is a conflict showing nothing stored
        thaiNguyen.request().body(judgment("TAND-TN-A", number, "019088000111")).post("/api/v1/court-judgments")
                .then().statusCode(200).body("id", equalTo(id));
        thaiNguyen.request().body(judgment("TAND-TN-A", number, "019088000999")).post("/api/v1/court-judgments")
                .then().statusCode(409).body("type", equalTo("urn:thads:problem:judgment-resubmitted-differently"))
                .body(not(containsString("019088000111")));
        // a court system's token without courts submits nothing
        new Api.User("court-without-courts", null, "COURT_CLIENT").request().body(judgment("TAND-TN-A", Api.unique("17"), "1"))
                .post("/api/v1/court-judgments").then().statusCode(403);
    }

    /** A compromised court's control characters (an escape sequence, a line break into a log or a list) reach nothing. */
    @Test
    void aCourtsControlCharactersInANameAreRefused() {
        Api.User court = Api.courtOf("19", "TAND-TN-A");
        for (String field : List.of("courtName", "otherObligations")) {
            Map<String, Object> body = new java.util.HashMap<>(judgment("TAND-TN-A", Api.unique("18/2026/DS-ST"), "019088000333"));
            body.put(field, "Tòa án\u0007 nhân dân \u001b[31m");
            court.request().body(body).post("/api/v1/court-judgments").then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        Map<String, Object> body = new java.util.HashMap<>(judgment("TAND-TN-A", Api.unique("18/2026/DS-ST"), "019088000333"));
        body.put("debtors", List.of(Map.of("name", "Phùng\bVăn Khải", "type", "PERSON")));
        court.request().body(body).post("/api/v1/court-judgments").then().statusCode(400).body("errors[0].field", equalTo("debtors[0].name"));
    }

    @Test
    void aNumberThatOnlyLooksTheSameIsNoSecondJudgmentOrCase() {
        Api.User court = Api.courtOf("19", "TAND-TN-A");
        String number = Api.unique("15/2026/HNGĐ-ST Ư");
        String id = court.request().body(judgment("TAND-TN-A", number, "019088000333")).post("/api/v1/court-judgments")
                .then().statusCode(201).extract().path("id");
        // before, each was a second PENDING judgment, twice the money, that looked the same in the agency's list: the
        // number with an invisible character, with a no-break space, with its marks decomposed (U+0055 U+031B for Ư)
        for (String lookAlike : List.of(number.replace("ST", "S\u200BT"), number.replace(' ', '\u00A0'),
                java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFD))) {
            Map<String, Object> twice = new java.util.HashMap<>(judgment("TAND-TN-A", lookAlike, "019088000333"));
            twice.put("moneyAmount", 24_000_000);
            court.request().body(twice).post("/api/v1/court-judgments").then().statusCode(409)
                    .body("type", equalTo("urn:thads:problem:judgment-resubmitted-differently"));
        }
        // another script's look-alike letters or full-width digits: refused, not a second judgment (review of session 31)
        for (String lookAlike : List.of(number.replace("ST", "\u0405\u0422"), number.replace("15", "\uFF11\uFF15"))) {
            court.request().body(judgment("TAND-TN-A", lookAlike, "019088000333")).post("/api/v1/court-judgments").then().statusCode(400)
                    .body("errors[0].field", containsString("number"));
        }
        // and a right-to-left override in a debtor's name, kept as sent in the submission officers read
        Map<String, Object> reversed = new java.util.HashMap<>(judgment("TAND-TN-A", Api.unique("18/2026"), "019088000444"));
        reversed.put("debtors", List.of(Map.of("name", "Phùng \u202EiảhK năV", "type", "PERSON", "idNumber", "019088000444")));
        court.request().body(reversed).post("/api/v1/court-judgments").then().statusCode(400)
                .body("errors[0].field", containsString("name"));
        // a control character is refused, and so is a long number ending in one, at once (the first check, a regular
        // expression, took seconds for 20,000 characters and hours for a few hundred thousand: a worker thread held)
        court.request().body(judgment("TAND-TN-A", number + "\u0007", "019088000333")).post("/api/v1/court-judgments")
                .then().statusCode(400).body("errors[0].field", containsString("number"));
        court.request().body(judgment("TAND-TN-A", "9".repeat(300_000) + "\u0001", "019088000333")).post("/api/v1/court-judgments")
                .then().statusCode(400).body("errors.field", hasItem(containsString("number")));
        // a number that composes past its column (each U+FB2C is three characters composed): 400, not the database's 500
        court.request().body(judgment("TAND-TN-A", "\uFB2C".repeat(50), "019088000333")).post("/api/v1/court-judgments")
                .then().statusCode(400).body("errors.field", hasItem(containsString("number")));
        Api.head("19.05").request().queryParam("agency", "19.05").queryParam("size", 200).get("/api/v1/court-judgments").then()
                .statusCode(200).body("items.findAll { it.number.endsWith('" + number.substring(number.length() - 8) + "') }.id",
                        equalTo(List.of(id)));
        // a case of a decision number typed again with a no-break space, or its marks decomposed: the same decision
        Api.User head = Api.head("19.05");
        String decision = Api.unique("QĐ Ư 7");
        Api.open(head, Api.caseBody("19.05", decision, TODAY.minusDays(2), 12_000_000L));
        for (String lookAlike : List.of(decision.replace(' ', '\u00A0'), java.text.Normalizer.normalize(decision, java.text.Normalizer.Form.NFD))) {
            head.request().body(Api.caseBody("19.05", lookAlike, TODAY.minusDays(2), 12_000_000L)).post("/api/v1/cases")
                    .then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-decision"));
            // and a search by it finds the case
            head.request().queryParam("q", lookAlike).get("/api/v1/cases").then().statusCode(200).body("total", equalTo(1));
        }
    }

    @Test
    void aCourtSystemSendsJudgmentsOnlyToTheAgenciesOfItsTerritory() {
        // Thái Nguyên's courts' system, compromised, fills a Hà Nội office's intake with a judgment of one of its courts
        Api.User thaiNguyen = Api.courtOf("19", "TAND-TN-C");
        String number = Api.unique("40/2026/DS-ST");
        Map<String, Object> toHanoi = new java.util.HashMap<>(judgment("TAND-TN-C", number, "019088000444"));
        toHanoi.put("agencyCode", "01.01");
        thaiNguyen.request().body(toHanoi).post("/api/v1/court-judgments")
                .then().statusCode(403).body("type", equalTo("urn:thads:problem:forbidden"))
                .body("detail", containsString("01.01")).body(not(containsString("019088000444")));
        Api.head("01.01").request().get("/api/v1/court-judgments?agency=01.01&size=100")
                .then().statusCode(200).body("items.number", not(hasItem(number)));
        // nothing of it was kept: the same number to its own province's office is a first submission, not a resend
        thaiNguyen.request().body(judgment("TAND-TN-C", number, "019088000444")).post("/api/v1/court-judgments")
                .then().statusCode(201).body("agencyCode", equalTo("19.05"));
        // a court system registered for no territory sends nowhere; the supreme and high courts' system anywhere
        Api.courtOf(null, "TAND-TN-C").request().body(judgment("TAND-TN-C", Api.unique("41/2026/DS-ST"), "1"))
                .post("/api/v1/court-judgments").then().statusCode(403);
        Map<String, Object> national = new java.util.HashMap<>(judgment("TANDCC-HN", Api.unique("42/2026/DS-PT"), "019088000555"));
        national.put("agencyCode", "01.01");
        Api.courtOf("VN", "TANDCC-HN").request().body(national).post("/api/v1/court-judgments")
                .then().statusCode(201).body("agencyCode", equalTo("01.01"));
    }

    @Test
    void aCourtSystemRetryingWhileItsFirstCallRunsGetsTheFirstRecord() throws Exception {
        // a court system's client that times out and retries at once: 8 identical calls together, 5 times over
        Api.User court = Api.courtOf("19", "TAND-TN-A");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                var body = judgment("TAND-TN-A", Api.unique("30/2026/DS-ST"), "019088000333");
                var calls = java.util.stream.IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> {
                    var answer = court.request().body(body).post("/api/v1/court-judgments").then().extract();
                    return answer.statusCode() + " " + answer.path("id");
                })).toList();
                List<String> answers = new java.util.ArrayList<>();
                for (var call : calls) {
                    answers.add(call.get());
                }
                String id = answers.stream().filter(a -> a.startsWith("201 ")).findFirst().orElseThrow().substring(4);
                org.assertj.core.api.Assertions.assertThat(answers).as("round " + round)
                        .containsOnly("201 " + id, "200 " + id).filteredOn(a -> a.startsWith("201")).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenMixingAPersonsAndAMachinesRolesIsRefused() {
        Api.User owner = Api.head("01.01");
        String caseInHanoi = Api.open(owner, Api.caseBody("01.01", Api.unique("QĐ"), TODAY.minusDays(5), 1_000_000L));
        String etag = Api.etag(owner, caseInHanoi);
        // before: STATISTICS_CLIENT gave the token a national scope, and AGENCY_HEAD made that scope a head's
        new Api.User("mixed", "19.05", "AGENCY_HEAD", "STATISTICS_CLIENT").request().header("If-Match", etag)
                .body(Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .post("/api/v1/cases/" + caseInHanoi + "/closure").then().statusCode(403)
                .body("type", equalTo("urn:thads:problem:token-not-accepted"));
        // an agency head naming the whole country
        new Api.User("head-of-vn", "VN", "AGENCY_HEAD").request().header("If-Match", etag)
                .body(Map.of("toAgencyCode", "79.01", "date", TODAY.toString(), "reason", "x"))
                .post("/api/v1/cases/" + caseInHanoi + "/delegation").then().statusCode(403)
                .body("type", equalTo("urn:thads:problem:token-not-accepted"));
        // the national agency's head (a ministry token with AGENCY_HEAD) heads no agency's cases: its role is the petitions'
        new Api.User("cuc-truong", "VN", "MINISTRY", "AGENCY_HEAD").request().header("If-Match", etag)
                .body(Map.of("toAgencyCode", "79.01", "date", TODAY.toString(), "reason", "x"))
                .post("/api/v1/cases/" + caseInHanoi + "/delegation").then().statusCode(403)
                .body("type", equalTo("urn:thads:problem:forbidden"));
        new Api.User("two-machines", null, "COURT_CLIENT", "STATISTICS_CLIENT").request().get("/api/v1/cases/counts?orgUnit=VN")
                .then().statusCode(403);
        owner.request().get("/api/v1/cases/" + caseInHanoi).then().header("ETag", etag).body("status", equalTo("RECEIVED"));
        // a provincial user who is also a head decides only for their own agency
        Api.User provinceAndHead = new Api.User("province-head", "19.05", "PROVINCE", "AGENCY_HEAD");
        String caseOfAnotherOffice = Api.open(Api.head("19.01"), Api.caseBody("19.01", Api.unique("QĐ"), TODAY.minusDays(5), 1_000_000L));
        provinceAndHead.request().get("/api/v1/cases/" + caseOfAnotherOffice).then().statusCode(200);
        provinceAndHead.request().header("If-Match", Api.etag(provinceAndHead, caseOfAnotherOffice))
                .body(Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .post("/api/v1/cases/" + caseOfAnotherOffice + "/closure").then().statusCode(403);
    }

    /**
     * A token with a province's role and an office head's opens its office's cases from its office's judgments only: it took
     * a judgment sent to another office of the province, which the province role let it read, and that office's judgment
     * was marked taken (review of session 31).
     */
    @Test
    void aProvinceAndHeadTokenOpensNoCaseFromAnotherOfficesJudgment() {
        Api.User court = Api.courtOf("19", "TAND-TN-C");
        var toAnotherOffice = new java.util.HashMap<String, Object>(judgment("TAND-TN-C", Api.unique("22/2026"), "019066000001"));
        toAnotherOffice.put("agencyCode", "19.01");
        String other = court.request().body(toAnotherOffice).post("/api/v1/court-judgments").then().statusCode(201).extract().path("id");
        Api.User provinceAndHead = new Api.User("province-head-" + java.util.UUID.randomUUID(), "19.02", "PROVINCE", "AGENCY_HEAD");
        var body = Api.caseBody("19.02", Api.unique("QĐ"), TODAY.minusDays(2), 12_000_000L);
        body.put("courtJudgmentId", other);
        provinceAndHead.request().body(body).post("/api/v1/cases").then().statusCode(404)
                .body("type", equalTo("urn:thads:problem:not-found")).body("detail", containsString(other)).body(not(containsString("019066000001")));
        Api.head("19.01").request().get("/api/v1/court-judgments/" + other).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("caseId", nullValue());
    }

    @Test
    void anOfficerReadsACourtJudgmentOnlyThroughACaseTheyWorkOn() {
        Api.User head = Api.head("19.05");
        Api.User court = Api.courtOf("19", "TAND-TN-B");
        String waiting = court.request().body(judgment("TAND-TN-B", Api.unique("20/2026"), "019077000001")).post("/api/v1/court-judgments")
                .then().statusCode(201).extract().path("id");
        String enforced = court.request().body(judgment("TAND-TN-B", Api.unique("21/2026"), "019077000002")).post("/api/v1/court-judgments")
                .then().statusCode(201).extract().path("id");
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(2), 12_000_000L);
        body.put("courtJudgmentId", enforced);
        String caseId = Api.open(head, body);
        Api.User officer = Api.assignNewOfficer(head, caseId, "19.05");
        Api.User colleague = Api.officer("19.05");
        // before: any officer of the agency read every judgment's parties
        colleague.request().get("/api/v1/court-judgments/" + enforced).then().statusCode(404);
        colleague.request().get("/api/v1/court-judgments/" + waiting).then().statusCode(404);
        colleague.request().queryParam("size", 200).get("/api/v1/court-judgments").then().statusCode(200)
                .body("items.id", not(hasItem(enforced))).body("items.id", not(hasItem(waiting)));
        // a court's claim on an officer's token (an identity provider's mapper on a shared client scope) makes no court of them
        String officerWithCourts = "Bearer " + vn.gov.moj.thads.deploy.testing.TestTokens.claims(colleague.subject(), "19.05", "OFFICER")
                .claim("courtCodes", List.of("TAND-TN-B")).sign();
        io.restassured.RestAssured.given().header("Authorization", officerWithCourts).get("/api/v1/court-judgments/" + waiting)
                .then().statusCode(404).body(not(containsString("019077000001")));
        officer.request().get("/api/v1/court-judgments/" + enforced).then().statusCode(200)
                .body("submission.debtors[0].idNumber", equalTo("019077000002"));
        officer.request().get("/api/v1/court-judgments/" + waiting).then().statusCode(404);
        officer.request().queryParam("size", 200).get("/api/v1/court-judgments").then().statusCode(200)
                .body("items.id", hasItem(enforced)).body("items.id", not(hasItem(waiting)));
        // the head sees both, and lists show no submission (parties with ID numbers are read one at a time)
        head.request().queryParam("agency", "19.05").queryParam("size", 200).get("/api/v1/court-judgments").then().statusCode(200)
                .body("items.id", hasItem(waiting)).body("items.submission", everyItem(nullValue()));
    }

    @Test
    void partiesAreLimitedAndListsCarryNoIdNumbers() {
        Api.User head = Api.head("19.05");
        var crowded = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(2), 1_000_000L);
        List<Map<String, Object>> debtors = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            debtors.add(Map.of("name", "Người phải thi hành án " + i, "type", "PERSON"));
        }
        crowded.put("debtors", debtors);
        head.request().body(crowded).post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("debtors"));
        String batch = Api.unique("DS");
        var body = Api.caseBody("19.05", batch, TODAY.minusDays(2), 1_000_000L);
        body.put("debtors", List.of(Map.of("name", "Tạ Văn Lực", "type", "PERSON", "idNumber", "019066000123", "address", "Số 3, phố X")));
        String id = Api.open(head, body);
        head.request().queryParam("q", batch).get("/api/v1/cases").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].debtors[0].name", equalTo("Tạ Văn Lực"))
                .body("items[0].debtors[0].idNumber", nullValue()).body("items[0].debtors[0].address", nullValue());
        head.request().get("/api/v1/cases/" + id).then().body("debtors[0].idNumber", equalTo("019066000123"));
    }
}
