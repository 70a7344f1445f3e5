package vn.gov.moj.thads.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Issue 3's "done when": an officer's whole working day through the API (receive a court judgment,
 * open the case, verify, collect in parts, seize and auction, close), every step in the history
 * and as an event on the real topic.
 */
@QuarkusTest
class OfficersWorkingDayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject ObjectMapper mapper;

    @Test
    void fromCourtJudgmentToCompletedCase() throws Exception {
        String agency = "19.05";
        Api.User court = Api.court();
        Api.User head = Api.head(agency);
        long money = 1_200_000_000L;
        String judgmentNumber = Api.unique("125/2026/DS-PT");
        Map<String, Object> submission = Map.of("courtCode", "TAND-TN", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                "number", judgmentNumber, "effectiveDate", TODAY.minusDays(40).toString(), "agencyCode", agency,
                "debtors", List.of(Map.of("name", "Công ty TNHH Thương mại Đồng Hỷ", "type", "ORGANIZATION")),
                "moneyAmount", money);

        // the court system pushes the judgment; a resend returns the first result
        String judgmentId = court.request().body(submission).post("/api/v1/court-judgments")
                .then().statusCode(201).header("Location", startsWith("http")).body("status", equalTo("PENDING"))
                .extract().path("id");
        court.request().body(submission).post("/api/v1/court-judgments")
                .then().statusCode(200).body("id", equalTo(judgmentId));
        head.request().queryParam("agency", agency).queryParam("status", "PENDING").queryParam("size", 200)
                .get("/api/v1/court-judgments").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(judgmentId));

        // the agency opens the case for it
        Map<String, Object> body = Api.caseBody(agency, Api.unique("QĐ-THA"), TODAY.minusDays(30), money);
        body.remove("judgment");
        body.put("courtJudgmentId", judgmentId);
        body.put("debtors", List.of(Map.of("name", "Công ty TNHH Thương mại Đồng Hỷ", "type", "ORGANIZATION",
                "idNumber", "4600123456", "address", "Tổ 7, thị trấn Sông Cầu")));
        body.put("creditors", List.of(Map.of("name", "Lò Thị Xuân", "type", "PERSON", "idNumber", "019085001234")));
        var opening = head.request().body(body).post("/api/v1/cases").then().statusCode(201).extract();
        String caseId = opening.path("id");
        assertThat(opening.header("Location")).endsWith("/api/v1/cases/" + caseId);
        assertThat(opening.header("ETag")).isEqualTo("\"0\"");
        head.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("caseId", equalTo(caseId));
        head.request().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("judgment.number", equalTo(judgmentNumber))
                .body("categories", contains("BANK_CREDIT", "LARGE_VALUE"))
                .body("status", equalTo("RECEIVED"));

        Api.User officer = Api.assignNewOfficer(head, caseId, agency);
        LocalDate verifiedOn = TODAY.minusDays(20);
        Api.transition(officer, caseId, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", verifiedOn.toString(),
                "note", "Người phải thi hành án có quyền sử dụng đất tại xã Hóa Thượng")).then().statusCode(200)
                .body("status", equalTo("HAS_CONDITIONS"));
        Api.transition(officer, caseId, "collections", Map.of("amount", 200_000_000L, "collectedOn", TODAY.minusDays(15).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200)
                .body("collectedAmount", equalTo(200_000_000)).body("outstandingAmount", equalTo(1_000_000_000));
        Api.transition(officer, caseId, "actions", Map.of("type", "SEIZURE", "date", TODAY.minusDays(12).toString(),
                "note", "Kê biên quyền sử dụng đất")).then().statusCode(200);
        Api.transition(officer, caseId, "actions", Map.of("type", "VALUATION", "date", TODAY.minusDays(10).toString())).then().statusCode(200);
        Api.transition(officer, caseId, "actions", Map.of("type", "AUCTION", "date", TODAY.minusDays(5).toString(),
                "auctionResult", "SOLD")).then().statusCode(200);
        Api.transition(officer, caseId, "collections", Map.of("amount", 1_000_000_000L, "collectedOn", TODAY.minusDays(3).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200)
                .body("outstandingAmount", equalTo(0));
        Api.transition(head, caseId, "closure", Map.of("outcome", "COMPLETED", "closedOn", TODAY.minusDays(1).toString(),
                "reason", "Đã thi hành xong")).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("collectedAmount", equalTo(1_200_000_000));

        head.request().get("/api/v1/cases/" + caseId + "/history").then().statusCode(200)
                .body("action", contains("OPENED", "ASSIGNED", "VERIFIED", "COLLECTED", "ACTION_SEIZURE", "ACTION_VALUATION",
                        "ACTION_AUCTION", "COLLECTED", "CLOSED"))
                .body("[2].actor", equalTo(officer.subject()))
                .body("[2].reason", equalTo("Người phải thi hành án có quyền sử dụng đất tại xã Hóa Thượng"))
                .body("[8].actor", equalTo(head.subject()));

        List<ConsumerRecord<String, String>> records = new TopicClient(bootstrapServers)
                .records("thads.case-events", r -> caseId.equals(r.key()), 9, Duration.ofSeconds(30));
        List<String> types = records.stream().map(r -> read(r).path("type").asText()).toList();
        assertThat(types).containsExactly("CaseOpened", "CaseAssigned", "CaseClassified", "CollectionRecorded",
                "EnforcementActionRecorded", "EnforcementActionRecorded", "EnforcementActionRecorded", "CollectionRecorded",
                "CaseClosed");
        JsonNode opened = read(records.get(0));
        assertThat(opened.path("agencycode").asText()).isEqualTo(agency);
        assertThat(opened.path("provincecode").asText()).isEqualTo("19");
        assertThat(opened.path("data").path("courtJudgmentId").asText()).isEqualTo(judgmentId);
        assertThat(opened.path("data").path("facts").path("moneyAmount").asLong()).isEqualTo(money);
        JsonNode auction = read(records.get(6)).path("data");
        assertThat(auction.path("actionType").asText()).isEqualTo("AUCTION");
        assertThat(auction.path("auctionResult").asText()).isEqualTo("SOLD");
        JsonNode closed = read(records.get(8)).path("data");
        assertThat(closed.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(closed.path("closedOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(closed.path("facts").path("collectedAmount").asLong()).isEqualTo(money);
        assertThat(closed.path("facts").path("outstandingAmount").asLong()).isZero();
        // personal data never travels in events: the case holds these parties, its events carry none of them
        head.request().get("/api/v1/cases/" + caseId).then().body("debtors[0].idNumber", equalTo("4600123456"))
                .body("creditors[0].idNumber", equalTo("019085001234"));
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("Đồng Hỷ").doesNotContain("4600123456")
                .doesNotContain("Sông Cầu").doesNotContain("Lò Thị Xuân").doesNotContain("019085001234"));
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
