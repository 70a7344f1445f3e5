package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.cases.service.OverdueJob;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** An agency head's backlog: filters, derived flags, search, paging. */
@QuarkusTest
class CaseListTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Inject OverdueJob overdueJob;

    private final Api.User head = Api.head("19.05");

    @Test
    void oldCasesAreThoseWithConditionsDecidedOverAYearAgoAndNotFinished() {
        String batch = Api.unique("OLD");
        String old = Api.open(head, Api.caseBody("19.05", batch + "-1", TODAY.minusYears(1).minusDays(1), 5_000_000L));
        Api.transition(head, old, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(100).toString()))
                .then().statusCode(200);
        String oldUnverified = Api.open(head, Api.caseBody(Api.officeOf1905On(TODAY.minusYears(2)), batch + "-2", TODAY.minusYears(2), 5_000_000L));
        String oldWithout = Api.open(head, Api.caseBody(Api.officeOf1905On(TODAY.minusYears(2)), batch + "-3", TODAY.minusYears(2), 5_000_000L));
        Api.transition(head, oldWithout, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.minusDays(10).toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.minusDays(10).toString()))
                .then().statusCode(200);
        String oldClosed = Api.open(head, Api.caseBody(Api.officeOf1905On(TODAY.minusYears(2)), batch + "-4", TODAY.minusYears(2), 5_000_000L));
        Api.transition(head, oldClosed, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "x"))
                .then().statusCode(200);
        Api.open(head, Api.caseBody("19.05", batch + "-5", TODAY.minusYears(1).plusDays(1), 5_000_000L));

        head.request().queryParam("q", batch).queryParam("flag", "OLD").queryParam("sort", "decisionNumber,asc")
                .get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(old, oldUnverified))
                .body("items[0].flags", hasItem("OLD"));
    }

    @Test
    void complaintsAndDenunciationsAboutACaseMakeItManyComplaints() {
        String batch = Api.unique("KN");
        String id = Api.open(head, Api.caseBody("19.05", batch, TODAY.minusDays(5), 5_000_000L));
        String etagBefore = Api.etag(head, id);
        TopicClient topics = new TopicClient(bootstrapServers);
        EventEnvelope first = complaintReceived(id, "COMPLAINT");
        topics.send("thads.complaint-events", first.aggregateId(), codec.write(first));
        topics.send("thads.complaint-events", first.aggregateId(), codec.write(first)); // redelivered: counted once
        // kiến nghị, phản ánh: not counted. Sent with the first one's key, like the denunciation below, so
        // that all three are read in order: when the denunciation has been counted, so has this petition.
        EventEnvelope petition = complaintReceived(id, "PETITION");
        topics.send("thads.complaint-events", first.aggregateId(), codec.write(petition));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                head.request().get("/api/v1/cases/" + id).then().body("complaintCount", equalTo(1)));
        head.request().queryParam("q", batch).queryParam("flag", "MANY_COMPLAINTS").get("/api/v1/cases")
                .then().body("total", equalTo(0));

        // "nhiều đơn thư khiếu nại, tố cáo": a denunciation about the case counts as well
        EventEnvelope second = complaintReceived(id, "DENUNCIATION");
        topics.send("thads.complaint-events", first.aggregateId(), codec.write(second));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                head.request().queryParam("q", batch).queryParam("flag", "MANY_COMPLAINTS").get("/api/v1/cases")
                        .then().body("total", equalTo(1)).body("items[0].complaintCount", equalTo(2))
                        .body("items[0].flags", contains("MANY_COMPLAINTS")));
        // the count is not an officer's change: their version stays valid
        head.request().get("/api/v1/cases/" + id).then().header("ETag", etagBefore);
    }

    @Test
    void casesPastAStatutoryLimitAreOverdue() {
        String batch = Api.unique("QH");
        // never verified, decided 40 days ago: 10 days' voluntary period + 10 days to verify have passed
        String unverified = Api.open(head, Api.caseBody("19.05", batch + "-1", TODAY.minusDays(40), 5_000_000L));
        // without conditions, last verified 7 months ago: re-verification (every 6 months) is due
        String stale = Api.open(head, Api.caseBody("19.05", batch + "-2", TODAY.minusMonths(9), 5_000_000L));
        Api.transition(head, stale, "verifications", Map.of("result", "NO_CONDITIONS",
                "verifiedOn", TODAY.minusMonths(7).toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.minusMonths(7).toString())).then().statusCode(200);
        // the same, but the debtor cannot be found: yearly re-verification, not due yet
        String extended = Api.open(head, Api.caseBody("19.05", batch + "-3", TODAY.minusMonths(9), 5_000_000L));
        Api.transition(head, extended, "verifications", Map.of("result", "NO_CONDITIONS",
                "verifiedOn", TODAY.minusMonths(7).toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.minusMonths(7).toString(), "extendedReverification", true)).then().statusCode(200);
        // recent and verified: nothing overdue
        String fresh = Api.open(head, Api.caseBody("19.05", batch + "-4", TODAY.minusDays(5), 5_000_000L));

        overdueJob.refresh(TODAY);
        head.request().queryParam("q", batch).queryParam("flag", "OVERDUE").queryParam("sort", "decisionNumber,asc")
                .get("/api/v1/cases").then()
                .body("items.id", contains(unverified, stale))
                .body("items[0].overdueRules", contains("FIRST_VERIFICATION_LATE"))
                .body("items[1].overdueRules", contains("REVERIFICATION_DUE"));
        head.request().get("/api/v1/cases/" + fresh).then().body("flags", hasSize(0));
        head.request().get("/api/v1/cases/" + extended).then().body("overdueRules", hasSize(0));
    }

    @Test
    void searchFindsDebtorNamesWithOrWithoutDiacriticsAndPages() {
        String batch = Api.unique("TK");
        for (int i = 1; i <= 3; i++) {
            var body = Api.caseBody("19.05", batch + "-" + i, TODAY.minusDays(i), 1_000_000L * i);
            body.put("debtors", List.of(Map.of("name", "Đỗ Thị Hường " + batch, "type", "PERSON")));
            Api.open(head, body);
        }
        head.request().queryParam("q", "do thi huong " + batch.toLowerCase()).queryParam("size", 2)
                .queryParam("sort", "moneyAmount,desc").get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.decisionNumber", contains(batch + "-3", batch + "-2"));
        head.request().queryParam("q", "Đỗ Thị Hường " + batch).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "moneyAmount,desc").get("/api/v1/cases").then()
                .body("items.decisionNumber", contains(batch + "-1"))
                .body("items[0].debtors[0].name", equalTo("Đỗ Thị Hường " + batch));
    }

    @Test
    void searchFindsEveryDebtorOfACaseButNoCreditor() {
        String batch = Api.unique("TD");
        var body = Api.caseBody("19.05", batch + "-1", TODAY.minusDays(1), 1_000_000L);
        body.put("creditors", List.of(Map.of("name", "Lương Văn Chủ " + batch, "type", "PERSON")));
        body.put("debtors", List.of(Map.of("name", "Công ty TNHH Thành Đạt " + batch, "type", "ORGANIZATION"),
                Map.of("name", "Vương Thị Nợ " + batch, "type", "PERSON")));
        Api.open(head, body);
        head.request().queryParam("q", "vuong thi no " + batch.toLowerCase()).get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(1)).body("items.decisionNumber", contains(batch + "-1"));
        head.request().queryParam("q", "Thành Đạt " + batch).get("/api/v1/cases").then().body("total", equalTo(1));
        head.request().queryParam("q", "Lương Văn Chủ " + batch).get("/api/v1/cases").then().body("total", equalTo(0));
        // not across two debtors' names
        head.request().queryParam("q", batch.toLowerCase() + " vuong").get("/api/v1/cases").then().body("total", equalTo(0));
    }

    @Test
    void filtersCombineAndBadFiltersAreBadRequests() {
        String batch = Api.unique("LC");
        String a = Api.open(head, Api.caseBody("19.05", batch + "-1", TODAY.minusDays(3), 1_000_000L));
        String b = Api.open(head, Api.caseBody("19.05", batch + "-2", TODAY.minusDays(3), 1_000_000L));
        Api.transition(head, b, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", TODAY.toString(), "decisionNumber", Api.unique("CĐK"), "decisionDate", TODAY.toString())).then().statusCode(200);
        head.request().queryParam("q", batch).queryParam("status", "RECEIVED").queryParam("category", "BANK_CREDIT")
                .queryParam("agency", "19").queryParam("workYear", TODAY.getMonthValue() >= 10 ? TODAY.getYear() + 1 : TODAY.getYear())
                .get("/api/v1/cases").then().body("items.id", contains(a));
        head.request().queryParam("status", "OPEN").get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        head.request().queryParam("sort", "debtorIdNumber").get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        head.request().queryParam("size", 1000).get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private EventEnvelope complaintReceived(String caseId, String type) {
        UUID complaintId = UUID.randomUUID();
        var facts = new ComplaintEvents.ComplaintFacts(complaintId, type, "IN_PERSON", TODAY, "19.05", "19.05", "WITHIN",
                "RECEIVED", UUID.fromString(caseId), "OFFICER", "COERCION", 1, false, TODAY.plusDays(7), TODAY.plusDays(40));
        return EventEnvelope.of(ComplaintEvents.SOURCE, "ComplaintReceived", 1, complaintId.toString(), "19.05", "19",
                OffsetDateTime.now(), codec.tree(new ComplaintEvents.ComplaintReceived(facts)));
    }
}
