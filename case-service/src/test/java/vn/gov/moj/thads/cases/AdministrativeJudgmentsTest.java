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
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/** Administrative judgments the agency monitors, a record each (issue 16, item 8), through the API. */
@QuarkusTest
class AdministrativeJudgmentsTest {

    private static final String AGENCY = "25.01";
    private static final String PATH = "/api/v1/administrative-judgments";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject ObjectMapper mapper;
    @Inject EventCodec codec;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;

    private final Api.User head = Api.head(AGENCY);

    private static Map<String, Object> monitoring(String agency, int daysAgo) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyCode", agency);
        body.put("judgment", Map.of("courtCode", "TAND-PT", "courtName", "Tòa án nhân dân tỉnh Phú Thọ",
                "number", Api.unique("05/2026/HC-ST"), "effectiveDate", TODAY.minusDays(daysAgo + 20).toString()));
        body.put("authority", "Ủy ban nhân dân xã Thanh Ba");
        body.put("obligation", "Hủy quyết định thu hồi đất và cấp lại giấy chứng nhận quyền sử dụng đất");
        body.put("acceptedOn", TODAY.minusDays(daysAgo).toString());
        return body;
    }

    private static Response step(Api.User user, String id, Map<String, Object> body) {
        String etag = user.request().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        return user.request().header("If-Match", etag).body(body).post(PATH + "/" + id + "/steps");
    }

    @Test
    void theAgencyRecordsAJudgmentAndItsStepsUntilTheAuthorityComplies() {
        String id = head.request().body(monitoring(AGENCY, 60)).post(PATH).then().statusCode(201)
                .body("status", equalTo("MONITORING")).body("authority", equalTo("Ủy ban nhân dân xã Thanh Ba"))
                .extract().path("id");
        // a compelling decision needs its number; then the court decision, the report, compliance, in date order
        step(head, id, Map.of("step", "COMPELLED", "date", TODAY.minusDays(30).toString())).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber"));
        step(head, id, Map.of("step", "COMPELLED", "date", TODAY.minusDays(30).toString(), "decisionNumber", "12/2026/QĐ-BTHA"))
                .then().statusCode(200).body("status", equalTo("COMPELLED")).body("compellingDecisionNumber", equalTo("12/2026/QĐ-BTHA"));
        step(head, id, Map.of("step", "COMPELLED", "date", TODAY.minusDays(20).toString(), "decisionNumber", "13"))
                .then().statusCode(409).body("type", equalTo("urn:thads:problem:step-already-recorded"));
        step(head, id, Map.of("step", "REPORTED", "date", TODAY.minusDays(31).toString())).then().statusCode(422)
                .body("lastChangeOn", equalTo(TODAY.minusDays(30).toString()));
        Api.User officer = Api.officer(AGENCY);
        step(officer, id, Map.of("step", "REPORTED", "date", TODAY.minusDays(10).toString())).then().statusCode(200)
                .body("status", equalTo("REPORTED"));
        step(head, id, Map.of("step", "COMPLIED", "date", TODAY.toString())).then().statusCode(200).body("status", equalTo("COMPLIED"))
                .body("compliedOn", equalTo(TODAY.toString()));
        // who answers for each step (a COMPLIED ends the monitoring for good): recorded, and read back
        head.request().get(PATH + "/" + id).then().statusCode(200).body("recordedBy", equalTo(head.subject()))
                .body("compelledBy", equalTo(head.subject())).body("reportedBy", equalTo(officer.subject()))
                .body("compliedBy", equalTo(head.subject()));
        step(head, id, Map.of("step", "REPORTED", "date", TODAY.toString())).then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:monitoring-ended"));
        head.request().queryParam("agency", AGENCY).queryParam("status", "COMPLIED").queryParam("size", 200).get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id));

        List<ConsumerRecord<String, String>> records = new TopicClient(bootstrapServers)
                .records("thads.case-events", r -> id.equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(records.stream().map(r -> read(r).path("type").asText()).toList()).containsExactly("AdministrativeJudgmentAccepted",
                "AdministrativeComplianceRecorded", "AdministrativeComplianceRecorded", "AdministrativeComplianceRecorded");
        JsonNode accepted = read(records.get(0)).path("data");
        assertThat(accepted.path("facts").path("categories").get(0).asText()).isEqualTo("ADMINISTRATIVE");
        assertThat(accepted.path("facts").path("decisionDate").asText()).isEqualTo(TODAY.minusDays(60).toString());
        assertThat(accepted.path("facts").path("moneyAmount").asLong()).isZero();
        JsonNode complied = read(records.get(3)).path("data");
        assertThat(complied.path("step").asText()).isEqualTo("COMPLIED");
        assertThat(complied.path("on").asText()).isEqualTo(TODAY.toString());
        // every consumer accepts them (before: the kind was refused and every one was dead-lettered)
        assertThat(records).allSatisfy(r -> assertThatCode(() -> EventChecks.caseEvent(codec.read(r.value()), codec, orgUnits, clock))
                .doesNotThrowAnyException());
        // the authority's name and the obligation stay in the case service
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("Thanh Ba").doesNotContain("thu hồi đất"));
        // the counts the reporting service reconciles against hold the record in its status
        head.request().queryParam("orgUnit", AGENCY).get("/api/v1/cases/counts").then().statusCode(200)
                .body("byStatus.COMPLIED.cases", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void onlyTheAgencysOwnStaffRecordAndTheScopeHoldsForReaders() {
        // another agency's head cannot record for this agency, nor read or change its records
        Api.head("19.05").request().body(monitoring(AGENCY, 10)).post(PATH).then().statusCode(403);
        String id = head.request().body(monitoring(AGENCY, 10)).post(PATH).then().statusCode(201).extract().path("id");
        Api.head("19.05").request().get(PATH + "/" + id).then().statusCode(404);
        Api.head("19.05").request().header("If-Match", "\"0\"").body(Map.of("step", "COMPLIED", "date", TODAY.toString()))
                .post(PATH + "/" + id + "/steps").then().statusCode(404);
        Api.head("19.05").request().queryParam("size", 200).get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        // the province reads but does not record; a statistics client is not a reader of records
        Api.province("25").request().get(PATH + "/" + id).then().statusCode(200);
        step(Api.province("25"), id, Map.of("step", "COMPLIED", "date", TODAY.toString())).then().statusCode(403);
        new Api.User("stats-" + java.util.UUID.randomUUID(), "VN", "STATISTICS_CLIENT").request().get(PATH).then().statusCode(403);
        // stale or missing If-Match
        head.request().header("If-Match", "\"99\"").body(Map.of("step", "COMPLIED", "date", TODAY.toString()))
                .post(PATH + "/" + id + "/steps").then().statusCode(412);
        head.request().body(Map.of("step", "COMPLIED", "date", TODAY.toString())).post(PATH + "/" + id + "/steps").then().statusCode(428);
        // bad input: a date before the monitoring, in the future, the same judgment twice, no authority
        step(head, id, Map.of("step", "COMPLIED", "date", TODAY.minusDays(11).toString())).then().statusCode(422);
        Map<String, Object> future = monitoring(AGENCY, 10);
        future.put("acceptedOn", TODAY.plusDays(1).toString());
        head.request().body(future).post(PATH).then().statusCode(422);
        Map<String, Object> twice = monitoring(AGENCY, 10);
        head.request().body(twice).post(PATH).then().statusCode(201);
        head.request().body(twice).post(PATH).then().statusCode(409).body("type", equalTo("urn:thads:problem:duplicate-judgment"));
        Map<String, Object> noAuthority = monitoring(AGENCY, 10);
        noAuthority.remove("authority");
        head.request().body(noAuthority).post(PATH).then().statusCode(400);
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
