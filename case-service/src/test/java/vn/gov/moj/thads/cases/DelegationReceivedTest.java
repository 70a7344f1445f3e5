package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * A case delegated (ủy thác, domain.md §3) is enforced by the agency it is handed to, which opens its own case from it:
 * its head finds and reads it, opens one case from it for what was outstanding, and nobody else learns of it.
 */
@QuarkusTest
class DelegationReceivedTest {

    private final Api.User delegating = Api.head("19.05");
    private final Api.User receiving = Api.head("79.02");

    /** A case of 30,000,000 VND with 10,000,000 collected, delegated to 79.02 five days ago. */
    private String delegatedCase() {
        String id = Api.open(delegating, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(60), 30_000_000L));
        Api.transition(delegating, id, "collections", Map.of("amount", 10_000_000L, "collectedOn", TODAY.minusDays(20).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        Api.transition(delegating, id, "delegation", Map.of("toAgencyCode", "79.02", "date", TODAY.minusDays(5).toString(),
                "reason", "Người phải thi hành án có tài sản tại Thành phố Hồ Chí Minh")).then().statusCode(200);
        return id;
    }

    private Map<String, Object> openingFrom(String delegatedId, long money) {
        Map<String, Object> body = Api.caseBody("79.02", Api.unique("QĐ"), TODAY.minusDays(2), money);
        body.remove("judgment");
        body.put("delegatedFromCaseId", delegatedId);
        return body;
    }

    @Test
    void theReceivingHeadFindsReadsAndOpensTheDelegatedCaseForWhatWasOutstanding() {
        String delegatedId = delegatedCase();
        String judgmentNumber = delegating.request().get("/api/v1/cases/" + delegatedId).then().extract().path("judgment.number");

        receiving.request().get("/api/v1/cases/delegations-received?size=100").then().statusCode(200)
                .body("items.id", hasItem(delegatedId));
        Api.province("79").request().get("/api/v1/cases/delegations-received?size=100").then().statusCode(200)
                .body("items.id", hasItem(delegatedId));
        receiving.request().get("/api/v1/cases/" + delegatedId).then().statusCode(200)
                .body("status", equalTo("DELEGATED")).body("outstandingAmount", equalTo(20_000_000))
                .body("debtors[0].idNumber", equalTo("019085001234"));

        // more than was outstanding on the day of delegation (the 10,000,000 collected stays with 19.05)
        receiving.request().body(openingFrom(delegatedId, 20_000_001L)).post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:over-delegation")).body("outstandingAmount", equalTo(20_000_000));
        // less: the delegating case counts all 20,000,000 as delegated away, so the rest would vanish from the figures
        // (a provincial head over both offices could delegate a case and reopen it for 1 VND alone)
        receiving.request().body(openingFrom(delegatedId, 1L)).post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:delegation-mismatch")).body("outstandingAmount", equalTo(20_000_000));
        // decided before the case was delegated
        Map<String, Object> early = openingFrom(delegatedId, 20_000_000L);
        early.put("decisionDate", TODAY.minusDays(6).toString());
        receiving.request().body(early).post("/api/v1/cases").then().statusCode(422)
                .body("errors[0].field", equalTo("decisionDate"));
        // another judgment
        Map<String, Object> other = Api.caseBody("79.02", Api.unique("QĐ"), TODAY.minusDays(2), 20_000_000L);
        other.put("delegatedFromCaseId", delegatedId);
        receiving.request().body(other).post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:delegation-mismatch"));
        Map<String, Object> otherKind = openingFrom(delegatedId, 20_000_000L);
        otherKind.put("kind", "EX_OFFICIO");
        receiving.request().body(otherKind).post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:delegation-mismatch"));

        String opened = receiving.request().body(openingFrom(delegatedId, 20_000_000L)).post("/api/v1/cases")
                .then().statusCode(201)
                .body("agencyCode", equalTo("79.02"))
                .body("delegatedFromCaseId", equalTo(delegatedId))
                .body("judgment.number", equalTo(judgmentNumber))
                .body("moneyAmount", equalTo(20_000_000))
                .body("status", equalTo("RECEIVED"))
                .extract().path("id");

        // once: a second opening from the same delegation is a conflict naming the first
        receiving.request().body(openingFrom(delegatedId, 20_000_000L)).post("/api/v1/cases").then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:delegation-opened"))
                .body("detail", org.hamcrest.Matchers.containsString(opened));
        receiving.request().get("/api/v1/cases/delegations-received?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(delegatedId)));
        // the delegating agency's case is as it was
        delegating.request().get("/api/v1/cases/" + delegatedId).then().statusCode(200)
                .body("status", equalTo("DELEGATED")).body("collectedAmount", equalTo(10_000_000))
                .body("delegatedFromCaseId", nullValue());
    }

    /**
     * The new case keeps what the judgment says of itself. Opened as ADMINISTRATIVE it left every civil figure: the
     * delegating agency counted the 20,000,000 as delegated away, the receiving one only in the administrative block, and
     * the province and the country lost it (one head alone, not over both agencies). Opened STATE_BUDGET, a creditor's
     * claim could be exempted.
     */
    @Test
    void theNewCaseKeepsTheCategoriesOfTheDelegatedCasesJudgment() {
        String delegatedId = delegatedCase();
        for (java.util.List<String> changed : java.util.List.of(java.util.List.of("ADMINISTRATIVE"), java.util.List.of("BANK_CREDIT",
                "ADMINISTRATIVE"))) {
            Map<String, Object> body = openingFrom(delegatedId, 20_000_000L);
            body.put("categories", changed);
            receiving.request().body(body).post("/api/v1/cases").then().statusCode(422)
                    .body("type", equalTo("urn:thads:problem:delegation-mismatch"))
                    .body("categories", equalTo(java.util.List.of()));
        }
        // the delegated case is a creditor's, on request: STATE_BUDGET is refused on such a case at all (session 31)
        Map<String, Object> stateBudget = openingFrom(delegatedId, 20_000_000L);
        stateBudget.put("categories", java.util.List.of("BANK_CREDIT", "STATE_BUDGET"));
        receiving.request().body(stateBudget).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("categories"));
        // the head's own classification stays theirs (BANK_CREDIT and COMPLEX can change later too)
        Map<String, Object> complex = openingFrom(delegatedId, 20_000_000L);
        complex.put("categories", java.util.List.of("COMPLEX"));
        receiving.request().body(complex).post("/api/v1/cases").then().statusCode(201);
    }

    /** An officer ticking ADMINISTRATIVE took a civil judgment out of every civil figure: the head classifies it. */
    @Test
    void onlyTheHeadOpensACaseAsAdministrative() {
        Map<String, Object> body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(3), 40_000_000L);
        body.put("categories", java.util.List.of("ADMINISTRATIVE"));
        Api.officer("19.05").request().body(body).post("/api/v1/cases").then().statusCode(403);
        Api.head("19.05").request().body(body).post("/api/v1/cases").then().statusCode(201);
    }

    /**
     * The receiving head's desk sends the opening twice at once (a double click, a retry): one case, and the other
     * answer names it (the delegated case's row is locked; without it the second met the unique index and got a bare
     * conflict). Several rounds, so that the two requests overlap.
     */
    @Test
    void twoOpeningsFromOneDelegationAtOnceMakeOneCase() throws Exception {
        java.util.concurrent.ExecutorService desks = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String delegatedId = delegatedCase();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
                for (int desk = 0; desk < 4; desk++) {
                    answers.add(desks.submit(() -> {
                        start.await();
                        return receiving.request().body(openingFrom(delegatedId, 20_000_000L)).post("/api/v1/cases");
                    }));
                }
                start.countDown();
                java.util.List<String> types = new java.util.ArrayList<>();
                int created = 0;
                for (var answer : answers) {
                    io.restassured.response.Response r = answer.get();
                    if (r.statusCode() == 201) {
                        created++;
                    } else {
                        types.add(r.statusCode() + " " + r.path("type"));
                    }
                }
                org.assertj.core.api.Assertions.assertThat(created).as("cases opened").isEqualTo(1);
                org.assertj.core.api.Assertions.assertThat(types).containsOnly("409 urn:thads:problem:delegation-opened");
            }
        } finally {
            desks.shutdownNow();
        }
    }

    /**
     * A freeze stays in force when its case is delegated (the receiving agency collects from the frozen account, or asks
     * the delegating one to lift it), and a steering direction on it still waits for its outcome: the receiving head reads
     * both beside the case. Before, only the case was readable, and its measures and directions were 404 to that head.
     */
    @Test
    void theReceivingHeadReadsTheFreezesAndDirectionsTheDelegatedCaseCarries() {
        String id = Api.open(delegating, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(60), 30_000_000L));
        Api.transition(delegating, id, "security-measures", Map.of("type", "ACCOUNT_FREEZE", "decisionNumber", Api.unique("QĐ-PTTK"),
                "appliedOn", TODAY.minusDays(30).toString(), "description", "Tài khoản số 0123456789 tại Vietcombank"))
                .then().statusCode(201);
        Api.transition(delegating, id, "directions", Map.of("directedOn", TODAY.minusDays(20).toString(),
                "body", "Ban chỉ đạo THADS tỉnh Thái Nguyên", "content", "Phối hợp với cơ quan nhận ủy thác",
                "deadline", TODAY.plusDays(10).toString())).then().statusCode(201);
        Api.transition(delegating, id, "delegation", Map.of("toAgencyCode", "79.02", "date", TODAY.minusDays(5).toString(),
                "reason", "Người phải thi hành án có tài sản tại Thành phố Hồ Chí Minh")).then().statusCode(200);

        receiving.request().get("/api/v1/cases/" + id + "/security-measures").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].type", equalTo("ACCOUNT_FREEZE")).body("[0].inForce", equalTo(true))
                .body("[0].description", equalTo("Tài khoản số 0123456789 tại Vietcombank"));
        receiving.request().get("/api/v1/cases/" + id + "/directions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].content", equalTo("Phối hợp với cơ quan nhận ủy thác"));
        // nobody else learns more than before: the receiving office's officer, another office of its province
        for (Api.User outsider : java.util.List.of(Api.officer("79.02"), Api.head("79.01"), Api.head("01"))) {
            outsider.request().get("/api/v1/cases/" + id + "/security-measures").then().statusCode(404);
            outsider.request().get("/api/v1/cases/" + id + "/directions").then().statusCode(404);
        }
        // its coercion plans and history stay the delegating office's
        receiving.request().get("/api/v1/cases/" + id + "/coercion-plans").then().statusCode(404);
    }

    @Test
    void noOtherAgencyReadsOrOpensADelegatedCase() {
        String delegatedId = delegatedCase();
        // another office of the same province, an officer of the receiving office, the delegating office itself
        Api.User otherHead = Api.head("79.01");
        otherHead.request().get("/api/v1/cases/" + delegatedId).then().statusCode(404);
        otherHead.request().get("/api/v1/cases/delegations-received?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(delegatedId)));
        Api.officer("79.02").request().get("/api/v1/cases/" + delegatedId).then().statusCode(404);
        Api.officer("79.02").request().get("/api/v1/cases/delegations-received").then().statusCode(403);

        // the receiving office's officer may not open from it either, nor learn from the answer that it exists
        Api.officer("79.02").request().body(openingFrom(delegatedId, 1_000_000L)).post("/api/v1/cases").then().statusCode(404);
        // nor read what the delegating office recorded beside the case
        receiving.request().get("/api/v1/cases/" + delegatedId + "/history").then().statusCode(404);
        Map<String, Object> intoAnotherOffice = openingFrom(delegatedId, 1_000_000L);
        intoAnotherOffice.put("agencyCode", "79.01");
        otherHead.request().body(intoAnotherOffice).post("/api/v1/cases").then().statusCode(404);
        Map<String, Object> backHome = openingFrom(delegatedId, 1_000_000L);
        backHome.put("agencyCode", "19.05");
        delegating.request().body(backHome).post("/api/v1/cases").then().statusCode(404);

        // insiders of another province (Hà Nội): its head, its provincial reader, its office's head opening in its own office
        Api.head("01").request().get("/api/v1/cases/" + delegatedId).then().statusCode(404);
        Api.province("01").request().get("/api/v1/cases/" + delegatedId).then().statusCode(404);
        Api.province("01").request().get("/api/v1/cases/delegations-received?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(delegatedId)));
        Map<String, Object> intoHanoi = openingFrom(delegatedId, 1_000_000L);
        intoHanoi.put("agencyCode", "01.01");
        Api.head("01.01").request().body(intoHanoi).post("/api/v1/cases").then().statusCode(404);
        // a court system with a valid token reaches none of it
        Api.User court = Api.court();
        court.request().get("/api/v1/cases/delegations-received").then().statusCode(403);
        court.request().get("/api/v1/cases/" + delegatedId).then().statusCode(403);
        court.request().body(openingFrom(delegatedId, 1_000_000L)).post("/api/v1/cases").then().statusCode(403);

        // a case that was not delegated is not found either, whoever's it is
        String notDelegated = Api.open(delegating, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(60), 5_000_000L));
        Map<String, Object> probe = new HashMap<>(openingFrom(notDelegated, 1_000_000L));
        receiving.request().body(probe).post("/api/v1/cases").then().statusCode(404);
        receiving.request().get("/api/v1/cases/" + notDelegated).then().statusCode(404);
    }
}
