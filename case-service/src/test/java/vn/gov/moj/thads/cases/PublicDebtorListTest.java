package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** The public list: no token, debtors without conditions now, never an ID number or address. */
@QuarkusTest
class PublicDebtorListTest {

    private final Api.User head = Api.head("19.05");

    @Test
    void aDebtorWithoutConditionsIsListedUntilReclassified() {
        String marker = Api.unique("PL");
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 250_000_000L);
        body.put("debtors", List.of(Map.of("name", "Phạm Thị Ngọc Ánh " + marker, "type", "PERSON",
                "idNumber", "019190009999", "address", "Xóm Đồng Kem, xã Tân Cương")));
        String id = Api.open(head, body);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then().statusCode(200)
                .body("total", equalTo(0));

        String decision = Api.unique("12/QĐ-CĐK");
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString(),
                        "decisionNumber", decision, "decisionDate", TODAY.minusDays(1).toString()))
                .then().statusCode(200).body("noConditionsDecisionNumber", equalTo(decision))
                .body("noConditionsDecisionDate", equalTo(TODAY.minusDays(1).toString()));
        given().queryParam("name", "pham thi ngoc anh " + marker.toLowerCase()).queryParam("province", "19")
                .get("/api/v1/public/debtors-without-conditions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].debtorName", equalTo("Phạm Thị Ngọc Ánh " + marker))
                .body("items[0].agencyCode", equalTo("19.05"))
                .body("items[0].agencyName", equalTo("Phòng Thi hành án dân sự khu vực 5 - Thái Nguyên"))
                .body("items[0].amountBand", equalTo("FROM_100_MILLION_TO_1_BILLION"))
                // the published decision that the debtor has no conditions
                .body("items[0].noConditionsDecisionNumber", equalTo(decision))
                .body("items[0].noConditionsDecisionDate", equalTo(TODAY.minusDays(1).toString()))
                .body(not(containsString("019190009999")))
                .body(not(containsString("Đồng Kem")));
        given().queryParam("name", marker).queryParam("province", "01").get("/api/v1/public/debtors-without-conditions")
                .then().body("total", equalTo(0));

        // enforcement continues: publication ends, the case no longer carries the decision
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200).body("noConditionsDecisionNumber", nullValue());
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then()
                .body("total", equalTo(0));
    }

    /**
     * A name pasted from a judgment carries what is not seen: no-break spaces, zero-width spaces, a right-to-left override.
     * Kept as it came, the debtor was published and no search found them (the search folds what a citizen types, with plain
     * spaces), and an override made the published name read as another. Kept as it is seen now; a control character (an
     * escape sequence, a backspace) in a name or the published decision number is refused, nothing kept.
     */
    @Test
    void aNamePastedWithInvisibleCharactersIsPublishedAndFoundAsItIsSeen() {
        String marker = Api.unique("VT").toLowerCase();
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 250_000_000L);
        body.put("debtors", List.of(Map.of("name", "Đ\u200bin\u200bh\u00a0Thị\u202e  Mận " + marker, "type", "PERSON")));
        String id = Api.open(head, body);
        head.request().get("/api/v1/cases/" + id).then().body("debtors[0].name", equalTo("Đinh Thị Mận " + marker));
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString(),
                "decisionNumber", "15\u202e/QĐ-CĐK " + marker, "decisionDate", TODAY.minusDays(1).toString())).then().statusCode(200);
        for (String typed : List.of("Đinh Thị Mận " + marker, "dinh thi man " + marker, "man " + marker)) {
            given().queryParam("name", typed).get("/api/v1/public/debtors-without-conditions").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].debtorName", equalTo("Đinh Thị Mận " + marker))
                    .body("items[0].noConditionsDecisionNumber", equalTo("15/QĐ-CĐK " + marker));
        }
        head.request().queryParam("q", "Đinh Thị Mận " + marker).get("/api/v1/cases").then().statusCode(200).body("total", equalTo(1));

        var escaped = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 1_000_000L);
        escaped.put("debtors", List.of(Map.of("name", "Tran Thi B\u001b[31m INJECT", "type", "PERSON")));
        head.request().body(escaped).post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("debtors[0].name"));
        String other = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 1_000_000L));
        Api.transition(head, other, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString(),
                        "decisionNumber", "CDK\b-1", "decisionDate", TODAY.minusDays(1).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber"));
        head.request().get("/api/v1/cases/" + other).then().body("status", not(equalTo("NO_CONDITIONS")));
    }

    /**
     * Red team of session 26: a case of 0 VND whose other obligation was one zero-width space passed the check that it
     * enforces something, and once found without conditions put a person who owed nothing on the public list. And an ID
     * number or address was kept with an override or an escape sequence: 111000990100 read as 001099000111. Each is 400
     * now, nothing kept.
     */
    @Test
    void anInvisibleObligationOrAnIdNumberThatReadsAsAnotherIsRefused() {
        int before = head.request().get("/api/v1/cases").then().extract().path("total");
        var invisible = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 0L);
        invisible.put("otherObligations", "\u200b");
        head.request().body(invisible).post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("otherObligations"));
        invisible.put("otherObligations", "Trả lại 01 xe máy Honda Wave");
        Api.open(head, invisible); // a real obligation: enforced, though no money

        for (Map<String, Object> party : List.<Map<String, Object>>of(
                Map.of("name", "Lê Văn Ảo", "type", "PERSON", "idNumber", "\u202e111000990100"),
                Map.of("name", "Lê Văn Ảo", "type", "PERSON", "idNumber", "=HYPERLINK(\"x\")"),
                Map.of("name", "Lê Văn Ảo", "type", "PERSON", "idNumber", "1 ".repeat(3000) + "1"), // 500 with a regular expression
                Map.of("name", "Lê Văn Ảo", "type", "PERSON", "idNumber", "019085001234", "address", "Tổ 5\u001b[2J"))) {
            var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 1_000_000L);
            body.put("debtors", List.of(party));
            head.request().body(body).post("/api/v1/cases").then().statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.startsWith("debtors[0]."));
        }
        head.request().get("/api/v1/cases").then().body("total", equalTo(before + 1));
        // an address is kept as it is seen
        var shown = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 1_000_000L);
        shown.put("debtors", List.of(Map.of("name", "Lê Văn Thật", "type", "PERSON", "idNumber", "019085001234",
                "address", "Tổ\u00a05,\u202e phường\u200b Phan Đình Phùng")));
        head.request().get("/api/v1/cases/" + Api.open(head, shown)).then().statusCode(200)
                .body("debtors[0].address", equalTo("Tổ 5, phường Phan Đình Phùng"));
        // the papers people carry: a citizen card, a passport, an enterprise code with its branch
        for (String idNumber : List.of("019085001234", "C1234567", "0101234567-001", " 019 085 001 234 ")) {
            var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 1_000_000L);
            body.put("debtors", List.of(Map.of("name", "Lê Văn Thật", "type", "PERSON", "idNumber", idNumber)));
            Api.open(head, body);
        }
    }

    @Test
    void aCaseOfAUnitClosedSinceIsListedUnderTheAgencyThatHoldsItToday() {
        // review of session 20: a Phủ Lý case of March 2025 (recorded at Hà Nam's office 35.01, as on its date) was listed
        // under 35.01, an office that has not existed since 1 July 2025
        String marker = Api.unique("PL");
        Api.User ninhBinh2 = Api.head("37.02");
        var body = Api.caseBody("35.01", Api.unique("QĐ"), java.time.LocalDate.parse("2025-03-10"), 50_000_000L);
        body.put("debtors", List.of(Map.of("name", "Trần Văn Hùng " + marker, "type", "PERSON")));
        String id = Api.open(ninhBinh2, body);
        Api.transition(ninhBinh2, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString(),
                "decisionNumber", Api.unique("3/QĐ-CĐK"), "decisionDate", TODAY.minusDays(1).toString())).then().statusCode(200);
        given().queryParam("name", marker).queryParam("province", "37").get("/api/v1/public/debtors-without-conditions").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].agencyCode", equalTo("37.02"))
                .body("items[0].agencyName", equalTo("Phòng Thi hành án dân sự khu vực 2 - Ninh Bình"));
    }

    @Test
    void aVerificationWithoutConditionsNeedsItsDecision() {
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 5_000_000L));
        // no decision: 400 naming the field
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("decisionNumber"));
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString(),
                "decisionNumber", "1/QĐ-CĐK")).then().statusCode(400).body("errors[0].field", equalTo("decisionDate"));
        // a decision before the verification it follows, or in the future: 422
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(3).toString(),
                "decisionNumber", "1/QĐ-CĐK", "decisionDate", TODAY.minusDays(4).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("decisionDate"));
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(3).toString(),
                "decisionNumber", "1/QĐ-CĐK", "decisionDate", TODAY.plusDays(1).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("decisionDate"));
        // a verification that finds conditions has no such decision
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString(),
                "decisionNumber", "1/QĐ-CĐK", "decisionDate", TODAY.toString())).then().statusCode(400);
        // another agency's head, and an officer not assigned: 404, nothing recorded
        Map<String, Object> valid = Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString(), "decisionNumber", "1/QĐ-CĐK",
                "decisionDate", TODAY.toString());
        Api.head("19.01").request().header("If-Match", Api.etag(head, id)).body(valid)
                .post("/api/v1/cases/" + id + "/verifications").then().statusCode(404);
        Api.officer("19.05").request().header("If-Match", Api.etag(head, id)).body(valid)
                .post("/api/v1/cases/" + id + "/verifications").then().statusCode(404);
        head.request().get("/api/v1/cases/" + id).then().body("status", equalTo("RECEIVED")).body("noConditionsDecisionNumber", nullValue());
    }

    @Test
    void aFinalCaseLeavesTheList() {
        String marker = Api.unique("PL");
        String id = withoutConditions("Hoàng Văn Bảy " + marker, 5_000_000L, null);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then()
                .body("items.amountBand", contains("UNDER_10_MILLION"));
        Api.transition(head, id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(200).body("noConditionsDecisionNumber", nullValue());
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then()
                .body("total", equalTo(0));
    }

    /** A case of 19.05 against {@code debtor}, found without conditions (its decision published). */
    private String withoutConditions(String debtor, long money, String otherObligations) {
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), money);
        body.put("debtors", List.of(Map.of("name", debtor, "type", "PERSON")));
        if (otherObligations != null) {
            body.put("otherObligations", otherObligations);
        }
        String id = Api.open(head, body);
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString(),
                "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.minusDays(2).toString())).then().statusCode(200);
        return id;
    }

    @Test
    void aDebtorWhoHasPaidEverythingLeavesTheList() {
        // a relative pays the 5M the debtor without conditions owed: before, they stayed published as a debtor who cannot
        // pay until the head recorded the closure, months later
        String marker = Api.unique("PL");
        String id = withoutConditions("Đinh Văn Tám " + marker, 5_000_000L, null);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then().body("total", equalTo(1));
        Api.transition(head, id, "collections", Map.of("amount", 5_000_000, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then().body("total", equalTo(0));
        // an obligation other than money (returning a plot of land) is owed whatever the money: still listed
        String other = Api.unique("PL");
        withoutConditions("Đinh Văn Chín " + other, 0L, "Trả lại thửa đất số 12, tờ bản đồ số 4");
        given().queryParam("name", other).get("/api/v1/public/debtors-without-conditions").then().body("total", equalTo(1));
    }

    /**
     * Anyone may ask this list: it shows the first matches up to a limit (3 in the tests,
     * thads.public-debtors.shown-up-to; 1,000 in production) and counts its total up to it, one more
     * meaning "more than that", so that no request makes the database read every debtor of the country.
     */
    @Test
    void aSearchAnyoneMayAskCountsNoFurtherThanItsLimit() {
        String marker = Api.unique("PL");
        for (int i = 0; i < 5; i++) {
            var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 5_000_000L);
            body.put("debtors", List.of(Map.of("name", "Trịnh Văn Tư " + marker, "type", "PERSON")));
            Api.transition(head, Api.open(head, body), "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString(),
                    "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.toString())).then().statusCode(200);
        }
        given().queryParam("name", marker).get("/api/v1/public/debtors-without-conditions").then().statusCode(200)
                .body("total", equalTo(4)).body("items", hasSize(5));
        given().queryParam("name", marker).queryParam("size", 2).queryParam("page", 1).get("/api/v1/public/debtors-without-conditions")
                .then().statusCode(200).body("total", equalTo(4)).body("items", hasSize(2));
        // a page starting past the first 3: 400, narrow the search
        given().queryParam("name", marker).queryParam("size", 2).queryParam("page", 2).get("/api/v1/public/debtors-without-conditions")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    /**
     * A name without a word of three letters or digits would read the whole list for each request
     * (no trigram to search by): 400, also when it has three characters or more in all.
     */
    @Test
    void aNameWithoutAWordOfThreeLettersIsRefused() {
        for (String name : List.of("Lê", " Ạ  n ", "a%", "%%%", "a b c", "Lê Ái", "1.2.3", "___")) {
            given().queryParam("name", name).get("/api/v1/public/debtors-without-conditions").then().statusCode(400)
                    .body("errors[0].field", equalTo("name"));
        }
        given().queryParam("name", "Lê Văn").get("/api/v1/public/debtors-without-conditions").then().statusCode(200);
        given().queryParam("name", "Hà 012").get("/api/v1/public/debtors-without-conditions").then().statusCode(200);
    }
}
