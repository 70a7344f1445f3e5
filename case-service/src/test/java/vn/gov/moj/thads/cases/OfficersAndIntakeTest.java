package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Duration;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

@QuarkusTest
class OfficersAndIntakeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    private final Api.User head = Api.head("19.05");

    @Test
    void aDeactivatedOfficerNoLongerReadsOrWorksOnTheirCases() {
        Api.User head = Api.head("19.05");
        // a case opened from a court's judgment: the officer reads that judgment (parties' ID numbers) through the case
        String judgment = Api.courtOf("19", "TAND-TN-B").request().body(Map.of("courtCode", "TAND-TN-B", "courtName",
                        "Tòa án nhân dân TAND-TN-B", "number", Api.unique("30/2026"), "effectiveDate", TODAY.minusDays(10).toString(),
                        "agencyCode", "19.05", "moneyAmount", 9_000_000, "debtors", List.of(Map.of("name", "Phùng Văn Khải",
                                "type", "PERSON", "idNumber", "019077000009"))))
                .post("/api/v1/court-judgments").then().statusCode(201).extract().path("id");
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(3), 9_000_000L);
        body.put("courtJudgmentId", judgment);
        String caseId = Api.open(head, body);
        Api.User officer = Api.assignNewOfficer(head, caseId, "19.05");
        officer.request().get("/api/v1/cases/" + caseId).then().statusCode(200);
        officer.request().get("/api/v1/court-judgments/" + judgment).then().statusCode(200);
        officer.request().queryParam("size", 200).get("/api/v1/court-judgments").then().statusCode(200)
                .body("items.id", hasItem(judgment));
        officer.request().queryParam("size", 200).get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem(caseId));
        String officerId = head.request().get("/api/v1/cases/" + caseId).then().extract().path("officerId");
        officer.request().get("/api/v1/officers/me").then().statusCode(200).body("id", equalTo(officerId))
                .body("agencyCode", equalTo("19.05")).body("active", equalTo(true));
        String etag = head.request().get("/api/v1/officers/" + officerId).then().statusCode(200).extract().header("ETag");
        head.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/deactivation").then().statusCode(200);
        // their own record says so, to them too (the gateway's /me then lists no OFFICER role: session 29); the same login
        // at another province's agency has no record there, a login without one neither
        officer.request().get("/api/v1/officers/me").then().statusCode(200).body("id", equalTo(officerId)).body("active", equalTo(false));
        new Api.User(officer.subject(), "79.01", "OFFICER").request().get("/api/v1/officers/me").then().statusCode(404)
                .contentType("application/problem+json");
        new Api.User(Api.unique("chua-dang-ky"), "19.05", "OFFICER").request().get("/api/v1/officers/me").then().statusCode(404);
        // before: they read the parties' ID numbers, recorded collections and froze accounts until the head reassigned it,
        // and opened cases at their agency; their token carries no officer role now (InactiveOfficers)
        officer.request().get("/api/v1/cases/" + caseId).then().statusCode(403).body(not(containsString("Phùng Văn Khải")));
        officer.request().header("If-Match", Api.etag(head, caseId)).body(Map.of("amount", 1_000_000, "collectedOn",
                TODAY.toString(), "receiptNumber", Api.unique("BL"))).post("/api/v1/cases/" + caseId + "/collections").then().statusCode(403);
        officer.request().queryParam("size", 200).get("/api/v1/cases").then().statusCode(403).body(not(containsString(caseId)));
        officer.request().get("/api/v1/court-judgments/" + judgment).then().statusCode(403);
        officer.request().queryParam("size", 200).get("/api/v1/court-judgments").then().statusCode(403)
                .body(not(containsString(judgment)));
        officer.request().body(Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(1), 1_000_000L)).post("/api/v1/cases").then()
                .statusCode(403);
        // the head's own role on the same account stays
        new Api.User(officer.subject(), "19.05", "OFFICER", "AGENCY_HEAD").request().get("/api/v1/cases/" + caseId).then().statusCode(200);
        // a token mixing the officer's role with a system's is refused for its shape as before: without the officer's role
        // it passed as the statistics system's and read the country's counts
        new Api.User(officer.subject(), "19.05", "OFFICER", "STATISTICS_CLIENT").request().queryParam("orgUnit", "VN")
                .get("/api/v1/cases/counts").then().statusCode(403).body("type", equalTo("urn:thads:problem:token-not-accepted"));
        // the head still reads and lists them, and gives them to someone else
        head.request().queryParam("officerId", officerId).queryParam("size", 200).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", hasItem(caseId));
        Api.User next = Api.assignNewOfficer(head, caseId, "19.05");
        next.request().get("/api/v1/cases/" + caseId).then().statusCode(200);
    }

    @Test
    void aReassignmentIsNotDatedBackOverWhatTheHolderRecorded() {
        Api.User head = Api.head("19.05");
        String caseId = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(40), 9_000_000L));
        String first = Api.createOfficer(head, "19.05");
        Api.transition(head, caseId, "assignment", Map.of("officerId", first, "assignedOn", TODAY.minusDays(30).toString()))
                .then().statusCode(200);
        Api.transition(head, caseId, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(20).toString()))
                .then().statusCode(200);
        Api.transition(head, caseId, "collections", Map.of("amount", 3_000_000, "collectedOn", TODAY.minusDays(10).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        // before: 200, and the officers' figures credited the first officer's collection to the second (or to the head)
        String second = Api.createOfficer(head, "19.05");
        Api.transition(head, caseId, "assignment", Map.of("officerId", second, "assignedOn", TODAY.minusDays(30).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("assignedOn"));
        Api.transition(head, caseId, "assignment", Map.of("officerId", second, "assignedOn", TODAY.minusDays(11).toString()))
                .then().statusCode(422);
        Api.transition(head, caseId, "assignment", Map.of("officerId", second, "assignedOn", TODAY.minusDays(10).toString()))
                .then().statusCode(200);
    }

    /**
     * The head collected on a case no officer held yet, then assigned one dated back before it: the officer's workload
     * counted the head's collection (red team of session 24; the rule held for reassignments only).
     */
    @Test
    void aFirstAssignmentIsNotDatedBackOverWhatTheHeadRecorded() {
        Api.User head = Api.head("19.05");
        String caseId = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(40), 90_000_000L));
        Api.transition(head, caseId, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(20).toString()))
                .then().statusCode(200);
        Api.transition(head, caseId, "collections", Map.of("amount", 40_000_000, "collectedOn", TODAY.minusDays(10).toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        String officer = Api.createOfficer(head, "19.05");
        Api.transition(head, caseId, "assignment", Map.of("officerId", officer, "assignedOn", TODAY.minusDays(30).toString()))
                .then().statusCode(422).body("errors[0].field", equalTo("assignedOn"));
        Api.transition(head, caseId, "assignment", Map.of("officerId", officer, "assignedOn", TODAY.minusDays(10).toString()))
                .then().statusCode(200);
    }

    @Test
    void anOfficersWorkloadAddsUpTheirOpenCases() {
        String a = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 40_000_000L));
        Api.User officer = Api.assignNewOfficer(head, a, "19.05");
        String officerId = head.request().get("/api/v1/cases/" + a).then().extract().path("officerId");
        String b = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 60_000_000L));
        Api.transition(head, b, "assignment", Map.of("officerId", officerId)).then().statusCode(200);
        String c = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(30), 7_000_000L));
        Api.transition(head, c, "assignment", Map.of("officerId", officerId)).then().statusCode(200);

        Api.transition(officer, a, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.minusDays(2).toString()))
                .then().statusCode(200);
        Api.transition(officer, a, "collections", Map.of("amount", 15_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        Api.transition(officer, b, "collections", Map.of("amount", 1_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        Api.transition(officer, c, "collections", Map.of("amount", 7_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        Api.transition(head, c, "closure", Map.of("outcome", "COMPLETED", "closedOn", TODAY.toString(), "reason", "xong"))
                .then().statusCode(200);

        // open: a and b; with conditions: a; outstanding: (40-15) + (60-1) million; collected this month: 15 + 1 + 7 million
        head.request().get("/api/v1/officers/" + officerId + "/workload").then().statusCode(200)
                .body("openCases", equalTo(2))
                .body("casesWithConditions", equalTo(1))
                .body("outstandingAmount", equalTo(84_000_000))
                .body("collectedThisMonth", equalTo(23_000_000));
    }

    @Test
    void aCollectionCountsInTheWorkloadOfTheOfficerWhoHeldTheCaseThatDay() {
        // two days of this month are needed: on the 1st, every collection of the month is today's
        org.junit.jupiter.api.Assumptions.assumeTrue(TODAY.getDayOfMonth() > 1, "run on the 2nd of a month or later");
        java.time.LocalDate first = TODAY.withDayOfMonth(1);
        String caseId = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(40), 50_000_000L));
        Officer before = officer("Nguyễn Văn Bình");
        Api.transition(head, caseId, "assignment", Map.of("officerId", before.id(), "assignedOn", first.toString())).then().statusCode(200);
        Api.transition(before.user(), caseId, "collections", Map.of("amount", 9_000_000L, "collectedOn", first.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        // 4 million collected today before the handover, recorded before it
        Api.transition(before.user(), caseId, "collections", Map.of("amount", 4_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);
        // handed over today; the new officer collects 2 million today
        Officer after = officer("Trần Thị Mai");
        Api.transition(head, caseId, "assignment", Map.of("officerId", after.id(), "assignedOn", TODAY.toString())).then().statusCode(200);
        Api.transition(after.user(), caseId, "collections", Map.of("amount", 2_000_000L, "collectedOn", TODAY.toString(),
                "receiptNumber", Api.unique("BL"))).then().statusCode(200);

        // the 9 million were collected by the officer holding the case on the 1st, and the 4 million today before the
        // handover too (before, the handover dated today took them); the 2 million by today's
        head.request().get("/api/v1/officers/" + before.id() + "/workload").then().statusCode(200)
                .body("openCases", equalTo(0)).body("collectedThisMonth", equalTo(13_000_000));
        head.request().get("/api/v1/officers/" + after.id() + "/workload").then().statusCode(200)
                .body("openCases", equalTo(1)).body("outstandingAmount", equalTo(35_000_000))
                .body("collectedThisMonth", equalTo(2_000_000));
    }

    @Test
    void anOfficerReadsTheirOwnWorkloadNotAColleagues() {
        Officer colleague = officer("Phạm Thị Lan");
        Officer me = officer("Đỗ Văn Hùng");
        String caseId = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(10), 12_000_000L));
        Api.transition(head, caseId, "assignment", Map.of("officerId", colleague.id())).then().statusCode(200);
        me.user().request().get("/api/v1/officers/" + me.id() + "/workload").then().statusCode(200).body("openCases", equalTo(0));
        // the attack: an officer of the same office reads a colleague's results
        me.user().request().get("/api/v1/officers/" + colleague.id() + "/workload").then().statusCode(403)
                .contentType("application/problem+json").body("outstandingAmount", org.hamcrest.Matchers.nullValue());
        // their head reads both
        head.request().get("/api/v1/officers/" + colleague.id() + "/workload").then().statusCode(200)
                .body("openCases", equalTo(1)).body("outstandingAmount", equalTo(12_000_000));
    }

    private record Officer(String id, Api.User user) {
    }

    private Officer officer(String fullName) {
        String subject = "cbv-" + java.util.UUID.randomUUID();
        String id = head.request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", fullName))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        return new Officer(id, new Api.User(subject, "19.05", "OFFICER"));
    }

    @Test
    void officersAreManagedByTheirHead() {
        String subject = "cbv-" + java.util.UUID.randomUUID();
        var created = head.request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", "Vũ Thị Thu Hà"))
                .post("/api/v1/officers").then().statusCode(201).extract();
        String id = created.path("id");
        head.request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", "x"))
                .post("/api/v1/officers").then().statusCode(409);
        Api.head("01.01").request().body(Map.of("agencyCode", "19.05", "subject", "x-" + subject, "fullName", "x"))
                .post("/api/v1/officers").then().statusCode(403);
        head.request().queryParam("agency", "19.05").queryParam("size", 200).get("/api/v1/officers")
                .then().statusCode(200).body("items.fullName", hasItem("Vũ Thị Thu Hà"));
        Api.head("01.01").request().get("/api/v1/officers/" + id).then().statusCode(404);

        String deactivated = head.request().header("If-Match", created.header("ETag")).post("/api/v1/officers/" + id + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false)).extract().header("ETag");
        // the complaint service learns it from the officer's events (their account, no name), in order
        head.request().header("If-Match", deactivated).post("/api/v1/officers/" + id + "/reactivation").then().statusCode(200);
        var events = new TopicClient(bootstrapServers).records("thads.officer-events", r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
        // the record first (the reporting service learns whose officer the account is), then each change of standing
        org.assertj.core.api.Assertions.assertThat(events).extracting(r -> codec.read(r.value()).type())
                .containsExactly("OfficerRegistered", "OfficerDeactivated", "OfficerReactivated");
        // each with the officer's version after it: consumers keep the highest, whatever the pods' clocks say
        org.assertj.core.api.Assertions.assertThat(events).extracting(r -> codec.read(r.value()).data().path("version").asLong())
                .containsExactly(0L, 1L, 2L);
        org.assertj.core.api.Assertions.assertThat(events).allSatisfy(r -> {
            EventEnvelope event = codec.read(r.value());
            org.assertj.core.api.Assertions.assertThat(event.source()).isEqualTo("/thads/case-service");
            org.assertj.core.api.Assertions.assertThat(event.aggregateId()).isEqualTo(id);
            org.assertj.core.api.Assertions.assertThat(event.data().path("officerSubject").asText()).isEqualTo(subject);
            org.assertj.core.api.Assertions.assertThat(event.data().path("agencyCode").asText()).isEqualTo("19.05");
            org.assertj.core.api.Assertions.assertThat(r.value()).doesNotContain("Vũ Thị Thu Hà");
        });
        String etag = head.request().get("/api/v1/officers/" + id).then().extract().header("ETag");
        head.request().header("If-Match", etag).post("/api/v1/officers/" + id + "/deactivation").then().statusCode(200);
        head.request().queryParam("agency", "19.05").queryParam("active", true).queryParam("size", 200).get("/api/v1/officers")
                .then().body("items.id", not(hasItem(id)));
        String caseId = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(3), 1_000_000L));
        Api.transition(head, caseId, "assignment", Map.of("officerId", id)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-inactive"));
        String otherAgencyOfficer = Api.createOfficer(Api.head("19.01"), "19.01");
        Api.transition(head, caseId, "assignment", Map.of("officerId", otherAgencyOfficer)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-of-another-agency"))
                // where the officer works is not told: a head probing officer ids would learn it
                .body("detail", not(org.hamcrest.Matchers.containsString("19.01")));
    }

    @Test
    void theOfficerListCountsEveryMatchAndPagesThroughThemAll() {
        int before = head.request().queryParam("agency", "19.05").get("/api/v1/officers").then().statusCode(200).extract().path("total");
        List<String> added = List.of(Api.createOfficer(head, "19.05"), Api.createOfficer(head, "19.05"), Api.createOfficer(head, "19.05"));

        int total = head.request().queryParam("agency", "19.05").get("/api/v1/officers").then().statusCode(200).extract().path("total");
        org.assertj.core.api.Assertions.assertThat(total).isEqualTo(before + 3);
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (int page = 0; page * 2 < total; page++) {
            List<String> ids = head.request().queryParam("agency", "19.05").queryParam("size", 2).queryParam("page", page)
                    .get("/api/v1/officers").then().statusCode(200).body("total", equalTo(total)).extract().path("items.id");
            listed.addAll(ids);
        }
        org.assertj.core.api.Assertions.assertThat(listed).hasSize(total).containsAll(added);
        // the province's head sees the same officers among the province's
        int province = Api.province("19").request().get("/api/v1/officers").then().statusCode(200).extract().path("total");
        org.assertj.core.api.Assertions.assertThat(province).isGreaterThanOrEqualTo(total);
    }

    @Test
    void aJudgmentGivesSeveralDecisionsEachACase() {
        // one judgment, two debtors: the agency opens a case (decision) per debtor
        Api.User court = Api.court();
        String judgmentId = court.request().body(Map.of("courtCode", "TAND-HN", "courtName", "Tòa án nhân dân thành phố Hà Nội",
                        "number", Api.unique("88/2026/KDTM-ST"), "effectiveDate", TODAY.minusDays(10).toString(), "agencyCode", "19.05",
                        "debtors", List.of(Map.of("name", "Bùi Quang Vinh", "type", "PERSON"), Map.of("name", "Bùi Thị Lan", "type", "PERSON")),
                        "moneyAmount", 3_000_000))
                .post("/api/v1/court-judgments").then().statusCode(201).extract().path("id");
        var body = Api.caseBody("19.05", Api.unique("QĐ"), TODAY, 2_000_000L);
        body.put("courtJudgmentId", judgmentId);
        body.remove("judgment");
        String first = Api.open(head, body);
        var again = Api.caseBody("19.05", Api.unique("QĐ"), TODAY, 1_000_000L);
        again.put("courtJudgmentId", judgmentId);
        again.remove("judgment");
        String second = Api.open(head, again);
        head.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("caseId", equalTo(first))
                .body("caseIds", org.hamcrest.Matchers.contains(first, second));
        // the court system learns its judgment was accepted, not the ids of the cases opened from it
        court.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("caseId", org.hamcrest.Matchers.nullValue())
                .body("caseIds", org.hamcrest.Matchers.nullValue());
        head.request().get("/api/v1/cases/" + second).then().body("courtJudgmentId", equalTo(judgmentId))
                .body("judgment.number", org.hamcrest.Matchers.startsWith("88/2026/KDTM-ST"));
        // the officer of the second case reads the judgment; an officer of neither does not
        Api.User officer = Api.assignNewOfficer(head, second, "19.05");
        officer.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(200);
        officer.request().queryParam("size", 200).get("/api/v1/court-judgments").then().statusCode(200)
                .body("items.id", hasItem(judgmentId));
        Api.officer("19.05").request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(404);
        // another agency cannot open a case from it, nor read it
        Api.User otherHead = Api.head("01.01");
        var foreign = Api.caseBody("01.01", Api.unique("QĐ"), TODAY, 1_000_000L);
        foreign.put("courtJudgmentId", judgmentId);
        otherHead.request().body(foreign).post("/api/v1/cases").then().statusCode(404);
        otherHead.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(404);
    }

    @jakarta.inject.Inject jakarta.persistence.EntityManager entityManager;

    @Test
    void aCaseOpenedExOfficioFromAPushedJudgmentIsLateFiveWorkingDaysAfterTheJudgmentArrived() {
        // domain.md §3: the enforcement decision within 5 working days of receiving the request or the judgment
        String judgmentId = Api.court().request().body(Map.of("courtCode", "TAND-TN", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                        "number", Api.unique("12/2026/DS-ST"), "effectiveDate", "2026-02-27", "agencyCode", "19.05",
                        "debtors", List.of(Map.of("name", "Hoàng Văn Nam", "type", "PERSON"), Map.of("name", "Hoàng Thị Thu", "type", "PERSON")),
                        "moneyAmount", 4_000_000))
                .post("/api/v1/court-judgments").then().statusCode(201).extract().path("id");
        // it reached the agency on Monday 2 March 2026 at 06:30 in Vietnam (Sunday 1 March, 23:30 in UTC): 5 working days
        // end on Monday 9 March (counted from the Sunday in UTC they would end on Friday 6)
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update court_judgment set received_at = timestamptz '2026-03-01 23:30:00+00' where id = ?1")
                .setParameter(1, java.util.UUID.fromString(judgmentId)).executeUpdate());
        String inTime = Api.open(head, exOfficioFrom(judgmentId, "2026-03-09", 2_000_000L));
        String late = Api.open(head, exOfficioFrom(judgmentId, "2026-03-10", 2_000_000L));
        head.request().get("/api/v1/cases/" + inTime).then().body("overdueRules", not(hasItem("DECISION_LATE")));
        head.request().get("/api/v1/cases/" + late).then().body("overdueRules", hasItem("DECISION_LATE"));
    }

    private static Map<String, Object> exOfficioFrom(String judgmentId, String decisionDate, long money) {
        var body = Api.caseBody("19.05", Api.unique("QĐ"), java.time.LocalDate.parse(decisionDate), money);
        body.put("kind", "EX_OFFICIO");
        body.put("courtJudgmentId", judgmentId);
        body.remove("judgment");
        return body;
    }

    @Test
    void onlyCourtSystemsSubmitJudgmentsAndBadOnesAreRefused() {
        head.request().body(Map.of("courtCode", "X")).post("/api/v1/court-judgments").then().statusCode(403);
        Api.court().request().body(Map.of("courtCode", "TAND-HN", "number", "1", "agencyCode", "19.5"))
                .post("/api/v1/court-judgments").then().statusCode(400)
                .body("errors.field", hasItem("agencyCode"))
                .body("errors.field", hasItem("debtors"));
    }
}
