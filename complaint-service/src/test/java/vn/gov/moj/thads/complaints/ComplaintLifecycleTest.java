package vn.gov.moj.thads.complaints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.complaints.service.OverdueJob;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static vn.gov.moj.thads.complaints.Desk.TODAY;

@QuarkusTest
class ComplaintLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    WorkingCalendar calendar;

    @Inject
    OverdueJob overdueJob;

    /** A case the case service announced on its topic; this service learns it only from there. */
    private UUID caseAnnounced(String agency, String type, String status) {
        UUID caseId = UUID.randomUUID();
        var facts = new CaseEvents.CaseFacts(caseId, agency, agency.substring(0, 2), "QĐ-" + caseId, TODAY.minusDays(90),
                "ON_REQUEST", status, null, 10_000_000, 0, 10_000_000, List.of(), null);
        EventEnvelope event = EventEnvelope.of(CaseEvents.SOURCE, type, 1, caseId.toString(), agency, agency.substring(0, 2),
                OffsetDateTime.now(), "CaseClosed".equals(type)
                        ? codec.tree(new CaseEvents.CaseClosed(facts, "TERMINATED", TODAY))
                        : codec.tree(new CaseEvents.CaseOpened(facts, null)));
        new TopicClient(bootstrapServers).send("thads.case-events", caseId.toString(), codec.write(event));
        return caseId;
    }

    private void awaitCaseKnown(UUID caseId, String filedAt) {
        // a complaint about a known case needs no subject agency: it is routed by the case's
        await().atMost(Duration.ofSeconds(20)).until(() -> Desk.as("AGENCY_HEAD", filedAt)
                .body(Map.of("type", "COMPLAINT", "channel", "ONLINE", "receivedOn", TODAY.toString(), "filedAtAgencyCode", filedAt,
                        "complainant", Map.of("name", "Người dò"), "caseId", caseId.toString(), "subject", Map.of("kind", "OFFICER"),
                        "content", "probe"))
                .post("/api/v1/complaints").statusCode() == 201);
    }

    @Test
    void fromReceiptToResolutionWithEventsAndPublicTracking() throws Exception {
        UUID caseId = caseAnnounced("19.05", "CaseOpened", "HAS_CONDITIONS");
        awaitCaseKnown(caseId, "19.05");
        var received = Desk.receive("OFFICER", "19.05", Desk.complaint("19.05", caseId, "OFFICER", null, "SECURITY_MEASURE"))
                .statusCode(201)
                .body("competentAgencyCode", equalTo("19.05"))
                .body("jurisdiction", equalTo("WITHIN"))
                .body("status", equalTo("RECEIVED"))
                .body("acceptBy", equalTo(calendar.plusWorkingDays(TODAY, 5).toString()))
                .body("resolveBy", equalTo(calendar.plusWorkingDays(TODAY, 5).plusDays(15).toString()))
                .body("repeatOf", nullValue())
                .extract();
        String id = received.path("id");
        String code = received.path("trackingCode");

        given().get("/api/v1/public/complaints/" + code).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("competentAgencyName", equalTo("Phòng Thi hành án dân sự khu vực 5 - Thái Nguyên"))
                .body("dueDate", equalTo(calendar.plusWorkingDays(TODAY, 5).toString()))
                .body(not(containsString("Lương Thị Mai")));

        Desk.transition("AGENCY_HEAD", "19.05", id, "resolution", Map.of("decision", "REJECTED", "decisionNumber", "1",
                "decisionDate", TODAY.toString(), "summary", "x")).statusCode(409).body("currentStatus", equalTo("RECEIVED"));
        Desk.transition("OFFICER", "19.05", id, "acceptance", Map.of("acceptedOn", TODAY.toString())).statusCode(403);
        Desk.transition("AGENCY_HEAD", "19.05", id, "acceptance", Map.of("acceptedOn", TODAY.toString())).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("resolveBy", equalTo(TODAY.plusDays(15).toString()));
        Desk.transition("AGENCY_HEAD", "19.05", id, "extension", Map.of("reason", "x")).statusCode(422);
        Desk.transition("AGENCY_HEAD", "19.05", id, "resolution", Map.of("decision", "REJECTED", "decisionNumber", "05/QĐ-GQKN",
                "decisionDate", TODAY.toString(), "summary", "Quyết định kê biên là đúng pháp luật")).statusCode(200)
                .body("status", equalTo("RESOLVED"));
        Desk.transition("AGENCY_HEAD", "19.05", id, "withdrawal", Map.of("withdrawnOn", TODAY.toString())).statusCode(409);
        given().get("/api/v1/public/complaints/" + code).then().body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("REJECTED")).body("dueDate", nullValue());

        List<ConsumerRecord<String, String>> records = new TopicClient(bootstrapServers)
                .records("thads.complaint-events", r -> id.equals(r.key()), 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> mapper.readTree(r.value()).path("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAccepted", "ComplaintResolved");
        JsonNode resolved = mapper.readTree(records.get(2).value()).path("data");
        assertThat(resolved.path("decision").asText()).isEqualTo("REJECTED");
        assertThat(resolved.path("onTime").asBoolean()).isTrue();
        assertThat(resolved.path("facts").path("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("Lương Thị Mai").doesNotContain("0912345678"));

        // a rejected first complaint can be followed by a second one at the next level
        var second = Desk.complaint("19", caseId, "OFFICER", null, "SECURITY_MEASURE");
        second.put("round", 2);
        second.put("previousComplaintId", id);
        Desk.receive("AGENCY_HEAD", "19", second).statusCode(201)
                .body("competentAgencyCode", equalTo("19")).body("jurisdiction", equalTo("WITHIN"))
                .body("resolveBy", equalTo(calendar.plusWorkingDays(TODAY, 5).plusDays(30).toString()));
    }

    @Test
    void aComplaintAboutACaseInAnotherProvinceIsRoutedByTheCaseAndTransferred() {
        UUID caseId = caseAnnounced("79.01", "CaseOpened", "HAS_CONDITIONS");
        awaitCaseKnown(caseId, "79.01");
        // the case is then closed: a complaint about it is still accepted
        caseAnnounced("79.01", "CaseOpened", "HAS_CONDITIONS");
        String id = Desk.receive("OFFICER", "19.05", Desk.complaint("19.05", caseId, "OFFICER", null, "COERCION"))
                .statusCode(201)
                .body("competentAgencyCode", equalTo("79.01"))
                .body("jurisdiction", equalTo("OUT_OF_JURISDICTION"))
                .extract().path("id");
        Desk.transition("AGENCY_HEAD", "79.01", id, "acceptance", Map.of("acceptedOn", TODAY.toString())).statusCode(200);
        // the receiving desk can no longer transfer an accepted petition
        Desk.transition("OFFICER", "19.05", id, "transfer", Map.of("transferredOn", TODAY.toString())).statusCode(409);

        String other = Desk.receive("OFFICER", "19.05", Desk.complaint("19.05", caseId, "OFFICER", null, "COERCION"))
                .statusCode(201).extract().path("id");
        Desk.transition("OFFICER", "19.05", other, "transfer", Map.of("transferredOn", TODAY.toString())).statusCode(200)
                .body("status", equalTo("TRANSFERRED")).body("transferredToAgencyCode", equalTo("79.01"));
        Desk.as("AGENCY_HEAD", "79.01").queryParam("agency", "79.01").queryParam("status", "TRANSFERRED").queryParam("size", 200)
                .get("/api/v1/complaints").then().body("items.id", hasItem(other));
        Desk.transition("AGENCY_HEAD", "19.05", other, "acceptance", Map.of("acceptedOn", TODAY.toString())).statusCode(403);
        Desk.transition("AGENCY_HEAD", "79.01", other, "acceptance", Map.of("acceptedOn", TODAY.toString())).statusCode(200);
        Desk.as("AGENCY_HEAD", "01.01").get("/api/v1/complaints/" + other).then().statusCode(404);
    }

    @Test
    void aPetitionFiledAboveTheCompetentLevelIsOverLevel() {
        String id = Desk.receive("AGENCY_HEAD", "19", Desk.complaint("19", null, "OFFICER", "19.05", "BEFORE_MEASURES"))
                .statusCode(201).body("jurisdiction", equalTo("OVER_LEVEL")).body("competentAgencyCode", equalTo("19.05"))
                .extract().path("id");
        Desk.as("MINISTRY", "VN").queryParam("overLevel", true).queryParam("size", 200).get("/api/v1/complaints")
                .then().body("items.id", hasItem(id));
    }

    @Test
    void theSamePersonAboutTheSameMatterIsARepeat() {
        UUID caseId = UUID.randomUUID();
        var first = Desk.complaint("19.05", caseId, "OFFICER", "19.05", "COERCION");
        String firstId = Desk.receive("OFFICER", "19.05", first).statusCode(201).body("repeatOf", nullValue()).extract().path("id");
        var again = Desk.complaint("19.05", caseId, "OFFICER", "19.05", "COERCION");
        again.put("complainant", first.get("complainant"));
        String againId = Desk.receive("OFFICER", "19.05", again).statusCode(201).body("repeatOf", equalTo(firstId)).extract().path("id");
        var aboutTheHead = Desk.complaint("19.05", caseId, "AGENCY_HEAD", "19.05", "COERCION");
        aboutTheHead.put("complainant", first.get("complainant"));
        Desk.receive("OFFICER", "19.05", aboutTheHead).statusCode(201).body("repeatOf", nullValue());
        Desk.as("AGENCY_HEAD", "19.05").queryParam("caseId", caseId.toString()).queryParam("repeat", true)
                .get("/api/v1/complaints").then().body("total", equalTo(1)).body("items[0].id", equalTo(againId));
    }

    @Test
    void deadlinesSkipWeekendsAndTet() {
        var body = Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES");
        body.put("receivedOn", "2026-02-13");
        // Friday 13 February 2026; Tết 16-20 February: 23, 24, 25, 26, 27 are the five working days
        Desk.receive("OFFICER", "19.05", body).statusCode(201)
                .body("acceptBy", equalTo("2026-02-27"))
                .body("resolveBy", equalTo("2026-03-14"));
    }

    @Test
    void aLateComplaintIsRecordedAndFlagged() {
        var body = Desk.complaint("19.05", null, "OFFICER", "19.05", "COERCION");
        ((Map<String, Object>) body.get("subject")).put("actDate", TODAY.minusDays(31).toString());
        Desk.receive("OFFICER", "19.05", body).statusCode(201).body("lateFiling", equalTo(true));
        var inTime = Desk.complaint("19.05", null, "OFFICER", "19.05", "COERCION");
        ((Map<String, Object>) inTime.get("subject")).put("actDate", TODAY.minusDays(30).toString());
        Desk.receive("OFFICER", "19.05", inTime).statusCode(201).body("lateFiling", equalTo(false));
    }

    @Test
    void aDenunciationIsExtendedOnce() {
        var body = Desk.complaint("19.05", null, "OFFICER", "19.05", null);
        body.put("type", "DENUNCIATION");
        String id = Desk.receive("OFFICER", "19.05", body).statusCode(201).extract().path("id");
        Desk.transition("AGENCY_HEAD", "19.05", id, "acceptance", Map.of("acceptedOn", TODAY.toString())).statusCode(200)
                .body("resolveBy", equalTo(TODAY.plusDays(30).toString()));
        Desk.transition("AGENCY_HEAD", "19.05", id, "extension", Map.of("reason", "Cần xác minh thêm")).statusCode(200)
                .body("resolveBy", equalTo(TODAY.plusDays(60).toString()));
        Desk.transition("AGENCY_HEAD", "19.05", id, "extension", Map.of("reason", "lần hai")).statusCode(409);
    }

    @Test
    void overduePetitionsAreMarkedByTheNightlyJob() {
        var body = Desk.complaint("19.05", null, "OFFICER", "19.05", "BEFORE_MEASURES");
        body.put("receivedOn", TODAY.minusDays(30).toString());
        String id = Desk.receive("OFFICER", "19.05", body).statusCode(201).body("overdue", equalTo(false)).extract().path("id");
        overdueJob.refresh(TODAY);
        Desk.as("AGENCY_HEAD", "19").queryParam("overdue", true).queryParam("size", 200).get("/api/v1/complaints")
                .then().body("items.id", hasItem(id));
        assertThat(new TopicClient(bootstrapServers).records("thads.complaint-events",
                r -> id.equals(r.key()) && r.value().contains("\"ComplaintOverdue\""), 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void badInputIsABadRequestAndStaleWritesAreRefused() {
        var body = Desk.complaint("19.05", null, "OFFICER", "19.05", "SOMETIME");
        Desk.receive("OFFICER", "19.05", body).statusCode(400).body("errors[0].field", equalTo("subject.phase"));
        Desk.receive("OFFICER", "19.05", Map.of("type", "COMPLAINT")).statusCode(400);
        Desk.receive("OFFICER", "01.01", Desk.complaint("19.05", null, "OFFICER", "19.05", "COERCION")).statusCode(403);
        String id = Desk.receive("OFFICER", "19.05", Desk.complaint("19.05", null, "OFFICER", "19.05", "COERCION"))
                .statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", "19.05").header("If-Match", "\"7\"").body(Map.of("acceptedOn", TODAY.toString()))
                .post("/api/v1/complaints/" + id + "/acceptance").then().statusCode(412);
        given().get("/api/v1/public/complaints/KN26-NOTACODE").then().statusCode(404);
    }
}
