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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Exemption and reduction (miễn, giảm) of obligations owed to the state budget (issue 16, item 2),
 * through the API: what a decision relieves is no longer outstanding, an exemption of what is left
 * completes the case, and only the agency head of the case records them.
 */
@QuarkusTest
class ReductionsTest {

    private static final String AGENCY = "19.02";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject ObjectMapper mapper;

    private final Api.User head = Api.head(AGENCY);

    private String stateBudgetCase(long money) {
        Map<String, Object> body = Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(90), money);
        body.put("kind", "EX_OFFICIO");
        body.put("categories", List.of("STATE_BUDGET"));
        return Api.open(head, body);
    }

    private static Map<String, Object> decision(String kind, long amount, int daysAgo) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("decisionNumber", Api.unique("QĐ-MG"));
        body.put("decisionDate", TODAY.minusDays(daysAgo).toString());
        body.put("amount", amount);
        return body;
    }

    @Test
    void aReductionLowersWhatIsOutstandingAndAnExemptionOfTheRestCompletesTheCase() {
        String id = stateBudgetCase(50_000_000L);
        Api.transition(head, id, "collections", Map.of("amount", 10_000_000L, "collectedOn", TODAY.minusDays(30).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        // 50M − 10M collected − 15M reduced = 25M outstanding
        Api.transition(head, id, "reductions", decision("REDUCTION", 15_000_000L, 20)).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("collectedAmount", equalTo(10_000_000)).body("reducedAmount", equalTo(15_000_000))
                .body("outstandingAmount", equalTo(25_000_000));
        // an exemption relieves exactly what is left, and completes the case on its date
        Api.transition(head, id, "reductions", decision("EXEMPTION", 24_999_999L, 10)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:exemption-not-outstanding")).body("outstandingAmount", equalTo(25_000_000));
        Api.transition(head, id, "reductions", decision("EXEMPTION", 25_000_000L, 10)).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("closureOutcome", equalTo("COMPLETED"))
                .body("closedOn", equalTo(TODAY.minusDays(10).toString())).body("outstandingAmount", equalTo(0))
                .body("reducedAmount", equalTo(40_000_000));
        head.request().get("/api/v1/cases/" + id + "/reductions").then().statusCode(200)
                .body("kind", contains("REDUCTION", "EXEMPTION")).body("amount", contains(15_000_000, 25_000_000));
        head.request().get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body("action", contains("OPENED", "COLLECTED", "REDUCED", "EXEMPTED"));
        // nothing more on a completed case
        Api.transition(head, id, "reductions", decision("REDUCTION", 1L, 5)).then().statusCode(409)
                .body("currentStatus", equalTo("COMPLETED"));

        List<ConsumerRecord<String, String>> records = new TopicClient(bootstrapServers)
                .records("thads.case-events", r -> id.equals(r.key()), 5, Duration.ofSeconds(30));
        assertThat(records.stream().map(r -> read(r).path("type").asText()).toList())
                .containsExactly("CaseOpened", "CollectionRecorded", "ObligationReduced", "ObligationReduced", "CaseClosed");
        JsonNode reduction = read(records.get(2)).path("data");
        assertThat(reduction.path("reductionKind").asText()).isEqualTo("REDUCTION");
        assertThat(reduction.path("amount").asLong()).isEqualTo(15_000_000L);
        assertThat(reduction.path("decidedOn").asText()).isEqualTo(TODAY.minusDays(20).toString());
        assertThat(reduction.path("facts").path("reducedAmount").asLong()).isEqualTo(15_000_000L);
        assertThat(reduction.path("facts").path("outstandingAmount").asLong()).isEqualTo(25_000_000L);
        JsonNode closed = read(records.get(4)).path("data");
        assertThat(closed.path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(closed.path("closedOn").asText()).isEqualTo(TODAY.minusDays(10).toString());
    }

    @Test
    void aReductionOfEverythingLeftIsAnExemptionAndCollectionsStopAtWhatIsLeft() {
        String id = stateBudgetCase(20_000_000L);
        Api.transition(head, id, "reductions", decision("REDUCTION", 20_000_000L, 20)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:reduction-not-below-outstanding"));
        Api.transition(head, id, "reductions", decision("REDUCTION", 5_000_000L, 20)).then().statusCode(200);
        // 15M left: a collection of more is an over-collection
        Api.transition(head, id, "collections", Map.of("amount", 15_000_001L, "collectedOn", TODAY.minusDays(5).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(422).body("outstandingAmount", equalTo(15_000_000));
        // a decision dated before the case's last change is refused
        Api.transition(head, id, "reductions", decision("REDUCTION", 1_000_000L, 30)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:date-out-of-range"));
    }

    /**
     * A decision relieves once: the answer lost, the case read again and the same decision sent again (before: 200, and
     * the money relieved doubled, in the case and in every report). Its number as typed with a no-break space is the same.
     */
    @Test
    void aReductionDecisionIsRecordedOnce() {
        String id = stateBudgetCase(50_000_000L);
        Map<String, Object> first = decision("REDUCTION", 20_000_000L, 20);
        Api.transition(head, id, "reductions", first).then().statusCode(200).body("outstandingAmount", equalTo(30_000_000));
        Api.transition(head, id, "reductions", first).then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-reduction"));
        Map<String, Object> lookalike = new HashMap<>(first);
        lookalike.put("decisionNumber", " " + first.get("decisionNumber") + "\u200b");
        Api.transition(head, id, "reductions", lookalike).then().statusCode(409);
        head.request().get("/api/v1/cases/" + id).then().body("outstandingAmount", equalTo(30_000_000));
        head.request().get("/api/v1/cases/" + id + "/reductions").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void onlyStateBudgetObligationsAreReduced() {
        String id = Api.open(head, Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(90), 30_000_000L));
        Api.transition(head, id, "reductions", decision("REDUCTION", 5_000_000L, 20)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:not-state-budget"));
        head.request().get("/api/v1/cases/" + id).then().body("outstandingAmount", equalTo(30_000_000));
        // the attack: the head tags a creditor's claim STATE_BUDGET, then exempts its debtor of all of it; the tag is the
        // decision's, set at opening
        head.request().header("If-Match", Api.etag(head, id)).body(Map.of("categories", List.of("STATE_BUDGET"), "reason", "x"))
                .put("/api/v1/cases/" + id + "/categories").then().statusCode(400).body("errors[0].field", equalTo("categories"));
        // and a claim on request is a creditor's whatever its tag: it is not opened as the state's (before session 31 it was,
        // and only its exemption was refused)
        Map<String, Object> tagged = Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(90), 30_000_000L);
        tagged.put("categories", List.of("STATE_BUDGET"));
        head.request().body(tagged).post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("categories"));
        tagged.put("kind", "EX_OFFICIO"); // nothing was kept of the refusal: its decision number is free (not 409)
        head.request().body(tagged).post("/api/v1/cases").then().statusCode(201);
        // nor is the tag dropped from the state's claim
        String stateClaim = stateBudgetCase(10_000_000L);
        head.request().header("If-Match", Api.etag(head, stateClaim)).body(Map.of("categories", List.of(), "reason", "x"))
                .put("/api/v1/cases/" + stateClaim + "/categories").then().statusCode(400);
    }

    @Test
    void onlyTheHeadOfTheCasesAgencyRecordsAReduction() {
        String id = stateBudgetCase(30_000_000L);
        Api.User officer = Api.assignNewOfficer(head, id, AGENCY);
        // the assigned officer reads the case but does not decide
        Api.transition(officer, id, "reductions", decision("REDUCTION", 5_000_000L, 20)).then().statusCode(403);
        // another agency's head does not see it; a province reads, never decides
        Api.User otherHead = Api.head("19.05");
        otherHead.request().header("If-Match", Api.etag(head, id)).body(decision("REDUCTION", 5_000_000L, 20))
                .post("/api/v1/cases/" + id + "/reductions").then().statusCode(404);
        otherHead.request().get("/api/v1/cases/" + id + "/reductions").then().statusCode(404);
        Api.User province = Api.province("19");
        province.request().header("If-Match", Api.etag(head, id)).body(decision("REDUCTION", 5_000_000L, 20))
                .post("/api/v1/cases/" + id + "/reductions").then().statusCode(403);
        // without If-Match: 428; nothing changed
        head.request().body(decision("REDUCTION", 5_000_000L, 20)).post("/api/v1/cases/" + id + "/reductions").then().statusCode(428);
        head.request().get("/api/v1/cases/" + id).then().body("reducedAmount", equalTo(0)).body("outstandingAmount", equalTo(30_000_000));
        // bad input: no amount, a negative one, an unknown kind
        Map<String, Object> noAmount = decision("REDUCTION", 1L, 20);
        noAmount.remove("amount");
        Api.transition(head, id, "reductions", noAmount).then().statusCode(400);
        Api.transition(head, id, "reductions", decision("REDUCTION", -1L, 20)).then().statusCode(400);
        Api.transition(head, id, "reductions", decision("WAIVER", 1L, 20)).then().statusCode(400);
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
