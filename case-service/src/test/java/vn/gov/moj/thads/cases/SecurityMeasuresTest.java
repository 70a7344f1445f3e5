package vn.gov.moj.thads.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** Security measures (biện pháp bảo đảm) on a case, applied and lifted with dates (issue 16, item 1). */
@QuarkusTest
class SecurityMeasuresTest {

    private static final String AGENCY = "19.02";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject ObjectMapper mapper;

    private final Api.User head = Api.head(AGENCY);

    private static Map<String, Object> freeze(int daysAgo) {
        return Map.of("type", "ACCOUNT_FREEZE", "decisionNumber", Api.unique("QĐ-PTTK"), "appliedOn", TODAY.minusDays(daysAgo).toString(),
                "description", "Tài khoản số 0123456789 tại Vietcombank chi nhánh Thái Nguyên");
    }

    @Test
    void theOfficerAppliesAndLiftsMeasuresWithDates() {
        String id = Api.open(head, Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(60), 80_000_000L));
        Api.User officer = Api.assignNewOfficer(head, id, AGENCY);
        Response applied = Api.transition(officer, id, "security-measures", freeze(20));
        applied.then().statusCode(201).body("type", equalTo("ACCOUNT_FREEZE")).body("inForce", equalTo(true))
                .body("liftedOn", nullValue());
        String freezeId = applied.path("id");
        // the answer's ETag is the case's new version
        assertThat(applied.header("ETag")).isEqualTo(Api.etag(head, id));
        Api.transition(officer, id, "security-measures", Map.of("type", "TRANSFER_REGISTRATION_STOP",
                "decisionNumber", Api.unique("QĐ-TDĐK"), "appliedOn", TODAY.minusDays(10).toString())).then().statusCode(201);

        // lifted: not before it was applied, not in the future, once
        Api.transition(officer, id, "security-measures/" + freezeId + "/lifting", Map.of("liftedOn", TODAY.minusDays(21).toString(),
                "reason", "Người phải thi hành án đã nộp đủ tiền")).then().statusCode(422).body("errors[0].field", equalTo("liftedOn"));
        Api.transition(officer, id, "security-measures/" + freezeId + "/lifting", Map.of("liftedOn", TODAY.plusDays(1).toString(),
                "reason", "x")).then().statusCode(422);
        Api.transition(officer, id, "security-measures/" + freezeId + "/lifting", Map.of("liftedOn", TODAY.minusDays(5).toString(),
                "reason", "Người phải thi hành án đã nộp đủ tiền")).then().statusCode(200)
                .body("liftedOn", equalTo(TODAY.minusDays(5).toString())).body("inForce", equalTo(false));
        Api.transition(officer, id, "security-measures/" + freezeId + "/lifting", Map.of("liftedOn", TODAY.toString(),
                "reason", "x")).then().statusCode(409).body("type", equalTo("urn:thads:problem:measure-already-lifted"));

        head.request().get("/api/v1/cases/" + id + "/security-measures").then().statusCode(200)
                .body("type", contains("ACCOUNT_FREEZE", "TRANSFER_REGISTRATION_STOP"))
                .body("inForce", contains(false, true));
        head.request().get("/api/v1/cases/" + id + "/history").then()
                .body("action", contains("OPENED", "ASSIGNED", "MEASURE_APPLIED", "MEASURE_APPLIED", "MEASURE_LIFTED"));

        List<ConsumerRecord<String, String>> records = new TopicClient(bootstrapServers)
                .records("thads.case-events", r -> id.equals(r.key()), 5, Duration.ofSeconds(30));
        assertThat(records.stream().map(r -> read(r).path("type").asText()).toList()).containsExactly("CaseOpened", "CaseAssigned",
                "SecurityMeasureApplied", "SecurityMeasureApplied", "SecurityMeasureLifted");
        // the assignment carries the officer's account: the complaint service learns from it whose account is whose
        JsonNode assigned = read(records.get(1)).path("data");
        assertThat(assigned.path("officerSubject").asText()).isEqualTo(officer.subject());
        // and the agency whose record the officer is: the same login may be another agency's officer
        assertThat(assigned.path("officerAgencyCode").asText()).isEqualTo(officer.agencyCode());
        assertThat(assigned.path("officerId").asText()).isEqualTo(assigned.path("facts").path("officerId").asText());
        JsonNode lifted = read(records.get(4)).path("data");
        assertThat(lifted.path("measureId").asText()).isEqualTo(freezeId);
        assertThat(lifted.path("measureType").asText()).isEqualTo("ACCOUNT_FREEZE");
        assertThat(lifted.path("liftedOn").asText()).isEqualTo(TODAY.minusDays(5).toString());
        // which account was frozen never travels in an event
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("0123456789"));
    }

    /** One decision applies its measure once (before: 201 again, two freezes, and lifting one left the other in force). */
    @Test
    void aMeasureDecisionIsAppliedOnce() {
        String id = Api.open(head, Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(60), 80_000_000L));
        Map<String, Object> decision = freeze(20);
        Api.transition(head, id, "security-measures", decision).then().statusCode(201);
        Api.transition(head, id, "security-measures", decision).then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:duplicate-measure"));
        Map<String, Object> typedAgain = new java.util.HashMap<>(decision);
        typedAgain.put("decisionNumber", decision.get("decisionNumber") + " ");
        Api.transition(head, id, "security-measures", typedAgain).then().statusCode(409);
        head.request().get("/api/v1/cases/" + id + "/security-measures").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void measuresAreForCasesBeingEnforcedAndForTheirOwnPeople() {
        String id = Api.open(head, Api.caseBody(AGENCY, Api.unique("QĐ"), TODAY.minusDays(60), 80_000_000L));
        // before the decision: 422
        Api.transition(head, id, "security-measures", freeze(61)).then().statusCode(422).body("errors[0].field", equalTo("appliedOn"));
        // an officer not assigned does not see the case; another agency's head neither; a province reads but does not apply
        Api.officer(AGENCY).request().header("If-Match", Api.etag(head, id)).body(freeze(1))
                .post("/api/v1/cases/" + id + "/security-measures").then().statusCode(404);
        Api.head("19.05").request().header("If-Match", Api.etag(head, id)).body(freeze(1))
                .post("/api/v1/cases/" + id + "/security-measures").then().statusCode(404);
        Api.head("19.05").request().get("/api/v1/cases/" + id + "/security-measures").then().statusCode(404);
        Api.province("19").request().header("If-Match", Api.etag(head, id)).body(freeze(1))
                .post("/api/v1/cases/" + id + "/security-measures").then().statusCode(403);
        Api.province("19").request().get("/api/v1/cases/" + id + "/security-measures").then().statusCode(200);
        // bad input
        Api.transition(head, id, "security-measures", Map.of("type", "SEIZURE", "decisionNumber", "1", "appliedOn", TODAY.toString()))
                .then().statusCode(400);
        Api.transition(head, id, "security-measures", Map.of("type", "ACCOUNT_FREEZE", "appliedOn", TODAY.toString()))
                .then().statusCode(400);
        head.request().body(freeze(1)).post("/api/v1/cases/" + id + "/security-measures").then().statusCode(428);
        // an unknown measure: 404
        Api.transition(head, id, "security-measures/" + java.util.UUID.randomUUID() + "/lifting", Map.of("liftedOn", TODAY.toString(),
                "reason", "x")).then().statusCode(404);
        // a case that has ended takes no new measure, but its measures are lifted after
        String measure = Api.transition(head, id, "security-measures", freeze(3)).then().statusCode(201).extract().path("id");
        Api.transition(head, id, "closure", Map.of("outcome", "TERMINATED", "closedOn", TODAY.minusDays(1).toString(), "reason", "x"))
                .then().statusCode(200);
        Api.transition(head, id, "security-measures", freeze(1)).then().statusCode(409);
        Api.transition(head, id, "security-measures/" + measure + "/lifting", Map.of("liftedOn", TODAY.toString(), "reason", "Đình chỉ"))
                .then().statusCode(200);
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
