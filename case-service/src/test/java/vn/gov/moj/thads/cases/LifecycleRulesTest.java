package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** Transitions the lifecycle forbids are refused with a problem that names the current status, and change nothing. */
@QuarkusTest
class LifecycleRulesTest {

    private final Api.User head = Api.head("19.05");

    private String newCase(long money) {
        return Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(60), money));
    }

    @Test
    void aSeizureNeedsVerifiedConditions() {
        String id = newCase(50_000_000L);
        Api.transition(head, id, "actions", Map.of("type", "SEIZURE", "date", TODAY.toString()))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:illegal-transition"))
                .body("currentStatus", equalTo("RECEIVED"));
    }

    @Test
    void collectingMoreThanOutstandingIsRefusedAndChangesNothing() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "collections", Map.of("amount", 10_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        String etag = Api.etag(head, id);
        head.request().header("If-Match", etag)
                .body(Map.of("amount", 20_000_001L, "collectedOn", TODAY.toString(), "receiptNumber", Api.unique("BL")))
                .post("/api/v1/cases/" + id + "/collections")
                .then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:over-collection"))
                .body("outstandingAmount", equalTo(20_000_000));
        head.request().get("/api/v1/cases/" + id).then()
                .header("ETag", etag)
                .body("collectedAmount", equalTo(10_000_000))
                .body("outstandingAmount", equalTo(20_000_000));
        // exactly the outstanding amount is fine
        Api.transition(head, id, "collections", Map.of("amount", 20_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200).body("outstandingAmount", equalTo(0));
    }

    @Test
    void aReceiptIsRecordedOnce() {
        String id = newCase(30_000_000L);
        String receipt = Api.unique("BL");
        Api.transition(head, id, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", receipt)).then().statusCode(200);
        Api.transition(head, id, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", receipt)).then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-receipt"));
        head.request().get("/api/v1/cases/" + id).then().body("collectedAmount", equalTo(1_000_000));
    }

    @Test
    void aReceiptNumberIsUniquePerAgencyAndYear() {
        // receipt numbering starts again each year: the same number last year and this year are two receipts
        String id = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusYears(1).minusDays(10), 30_000_000L));
        String receipt = Api.unique("BL");
        Api.transition(head, id, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.minusYears(1).toString(),
                "receiptNumber", receipt)).then().statusCode(200);
        Api.transition(head, id, "collections", Map.of("amount", 2_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", receipt)).then().statusCode(200).body("collectedAmount", equalTo(3_000_000));
        Api.transition(head, id, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", receipt)).then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-receipt"));
        // in another agency of the same province it is another book
        String other = Api.open(Api.head("19.01"), Api.caseBody("19.01", Api.unique("QĐ"), TODAY.minusDays(10), 30_000_000L));
        Api.transition(Api.head("19.01"), other, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", receipt)).then().statusCode(200);
    }

    @Test
    void completingWithMoneyOutstandingIsRefused() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "closure", Map.of("outcome", "COMPLETED", "closedOn", TODAY.toString(), "reason", "xong"))
                .then().statusCode(422).body("type", equalTo("urn:thads:problem:money-outstanding"));
    }

    @Test
    void aFinalCaseAcceptsNoMoreTransitions() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(),
                "reason", "Người được thi hành án từ bỏ quyền")).then().statusCode(200).body("status", equalTo("TERMINATED"));
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(409).body("currentStatus", equalTo("TERMINATED"));
        Api.transition(head, id, "collections", Map.of("amount", 1L, "collectedOn", TODAY.toString(), "receiptNumber", Api.unique("BL")))
                .then().statusCode(409).body("currentStatus", equalTo("TERMINATED"));
        Api.transition(head, id, "resumption", Map.of("date", TODAY.toString(), "reason", "x"))
                .then().statusCode(409).body("currentStatus", equalTo("TERMINATED"));
    }

    @Test
    void resumptionReturnsToTheStatusBeforeThePause() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(10).toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.minusDays(10).toString()))
                .then().statusCode(200);
        Api.transition(head, id, "postponement", Map.of("date", TODAY.minusDays(5).toString(), "reason", "Đương sự ốm nặng"))
                .then().statusCode(200).body("status", equalTo("POSTPONED"));
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(409).body("currentStatus", equalTo("POSTPONED"));
        Api.transition(head, id, "suspension", Map.of("date", TODAY.toString(), "reason", "x"))
                .then().statusCode(409).body("currentStatus", equalTo("POSTPONED"));
        Api.transition(head, id, "resumption", Map.of("date", TODAY.toString(), "reason", "Hết lý do hoãn"))
                .then().statusCode(200).body("status", equalTo("NO_CONDITIONS"));
    }

    @Test
    void aDelegatedCaseIsFinal() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "delegation", Map.of("toAgencyCode", "19.05", "date", TODAY.toString(), "reason", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("toAgencyCode"));
        Api.transition(head, id, "delegation", Map.of("toAgencyCode", "99.01", "date", TODAY.toString(), "reason", "x"))
                .then().statusCode(422).body("type", equalTo("urn:thads:problem:unknown-agency"));
        Api.transition(head, id, "delegation", Map.of("toAgencyCode", "79.01", "date", TODAY.toString(),
                "reason", "Tài sản ở Thành phố Hồ Chí Minh")).then().statusCode(200)
                .body("status", equalTo("DELEGATED")).body("delegatedToAgencyCode", equalTo("79.01"));
        Api.transition(head, id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(409).body("currentStatus", equalTo("DELEGATED"));
    }

    @Test
    void theDebtorsNotificationIsRecordedOnceAfterOpeningAndMovesTheFirstVerificationsLimit() {
        // decided 60 days ago, notification not known: the voluntary period from the decision ended 50 days ago
        String id = newCase(30_000_000L);
        head.request().get("/api/v1/cases/" + id).then().body("overdueRules", hasItem("FIRST_VERIFICATION_LATE"));
        Api.transition(head, id, "debtor-notification", Map.of("notifiedOn", TODAY.plusDays(1).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("notifiedOn"));
        // an officer the case is not assigned to
        Api.officer("19.05").request().header("If-Match", Api.etag(head, id)).body(Map.of("notifiedOn", TODAY.toString()))
                .post("/api/v1/cases/" + id + "/debtor-notification").then().statusCode(404);
        // nor the officer assigned to it, whose own lateness the date decides
        Api.User assigned = Api.assignNewOfficer(head, id, "19.05");
        assigned.request().header("If-Match", Api.etag(head, id)).body(Map.of("notifiedOn", TODAY.toString()))
                .post("/api/v1/cases/" + id + "/debtor-notification").then().statusCode(403);
        // notified three days ago: the voluntary period runs until a week from now
        Api.transition(head, id, "debtor-notification", Map.of("notifiedOn", TODAY.minusDays(3).toString()))
                .then().statusCode(200).body("debtorNotifiedOn", equalTo(TODAY.minusDays(3).toString()))
                .body("overdueRules", not(hasItem("FIRST_VERIFICATION_LATE")));
        Api.transition(head, id, "debtor-notification", Map.of("notifiedOn", TODAY.minusDays(2).toString()))
                .then().statusCode(409).body("type", equalTo("urn:thads:problem:debtor-notified"))
                .body("debtorNotifiedOn", equalTo(TODAY.minusDays(3).toString()));
    }

    @Test
    void aPostponedCaseIsNotLateWhileItWaitsButOneLateWhenPostponedStaysLate() {
        // decided 60 days ago, not notified: the first verification was due about 40 days ago (20 days and days off)
        String id = newCase(30_000_000L);
        head.request().get("/api/v1/cases/" + id).then().body("overdueRules", hasItem("FIRST_VERIFICATION_LATE"));
        // postponed 55 days ago, inside the voluntary period: nothing fell due while it waited
        Api.transition(head, id, "postponement", Map.of("date", TODAY.minusDays(55).toString(), "reason", "Đương sự ốm nặng"))
                .then().statusCode(200).body("overdueRules", not(hasItem("FIRST_VERIFICATION_LATE")));
        // postponed yesterday, long after the limit: it stays late
        String late = newCase(30_000_000L);
        Api.transition(head, late, "postponement", Map.of("date", TODAY.minusDays(1).toString(), "reason", "Đương sự ốm nặng"))
                .then().statusCode(200).body("overdueRules", hasItem("FIRST_VERIFICATION_LATE"));
    }

    @Test
    void anAuctionNeedsItsResultAndOnlyAnAuctionHasOne() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200);
        Api.transition(head, id, "actions", Map.of("type", "AUCTION", "date", TODAY.toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("auctionResult"));
        Api.transition(head, id, "actions", Map.of("type", "SEIZURE", "date", TODAY.toString(), "auctionResult", "SOLD"))
                .then().statusCode(400).body("errors[0].field", equalTo("auctionResult"));
        Api.transition(head, id, "actions", Map.of("type", "AUCTION", "date", TODAY.toString(), "auctionResult", "UNSOLD"))
                .then().statusCode(200);
    }

    @Test
    void businessDatesLieBetweenTheDecisionAndToday() {
        String id = newCase(30_000_000L);
        Api.transition(head, id, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.plusDays(1).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("verifiedOn"));
        Api.transition(head, id, "collections", Map.of("amount", 5L, "collectedOn", TODAY.minusDays(61).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(422).body("errors[0].field", equalTo("collectedOn"));
    }

    @Test
    void aDecisionNumberIsUniqueInItsAgencyAndYear() {
        String number = Api.unique("QĐ");
        Api.open(head, Api.caseBody("19.05", number, TODAY.minusDays(3), 1_000_000L));
        head.request().body(Api.caseBody("19.05", number, TODAY.minusDays(3), 1_000_000L)).post("/api/v1/cases")
                .then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-decision"));
        // another agency may use the same number
        Api.User otherHead = Api.head("19.01");
        Api.open(otherHead, Api.caseBody("19.01", number, TODAY.minusDays(3), 1_000_000L));
        // numbering restarts each year: the same number in another calendar year is another decision
        Api.open(head, Api.caseBody("19.05", number, TODAY.minusYears(1), 1_000_000L));
        head.request().body(Api.caseBody("19.05", number, TODAY.minusYears(1).withDayOfMonth(1), 1_000_000L)).post("/api/v1/cases")
                .then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-decision"));
    }

    @Test
    void invalidCasesAreBadRequestsThatNameTheFields() {
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY, -5L);
        body.put("kind", "SOMETIMES");
        head.request().body(body).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        body.put("kind", "EX_OFFICIO");
        body.remove("debtors");
        head.request().body(body).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("debtors", "moneyAmount"));
        var large = Api.caseBody("19.05", Api.unique("QĐ"), TODAY, 5L);
        large.put("categories", java.util.List.of("LARGE_VALUE"));
        head.request().body(large).post("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("categories"));
    }
}
