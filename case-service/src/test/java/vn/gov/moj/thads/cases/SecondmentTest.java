package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * Officer secondment (biệt phái, issue 16, item 7): an officer of Thái Nguyên's office 5 (19.05)
 * works for office 1 (19.01) between two dates, is assigned its cases there, works on them and
 * counts in its workload.
 */
@QuarkusTest
class SecondmentTest {

    private final Api.User home = Api.head("19.05");
    private final Api.User host = Api.head("19.01");

    private static Map<String, Object> secondment(String hostAgency, int fromDaysAgo, int toDaysAhead) {
        return Map.of("hostAgencyCode", hostAgency, "from", TODAY.minusDays(fromDaysAgo).toString(),
                "to", TODAY.plusDays(toDaysAhead).toString(), "decisionNumber", Api.unique("QĐ-BP"));
    }

    @Test
    void aSecondedOfficerIsAssignedTheHostsCasesAndWorksOnThem() {
        String subject = "cbv-" + UUID.randomUUID();
        String officerId = home.request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", "Đỗ Minh Khoa"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        String hostCase = Api.open(host, Api.caseBody("19.01", Api.unique("QĐ"), TODAY.minusDays(40), 70_000_000L));

        // before the secondment the host cannot see the officer, nor assign them
        host.request().get("/api/v1/officers/" + officerId).then().statusCode(404);
        Api.transition(host, hostCase, "assignment", Map.of("officerId", officerId)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-of-another-agency"));

        // only a head of the officer's own agency seconds them: not the host, not the officer
        host.request().body(secondment("19.01", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(404);
        new Api.User(subject, "19.05", "OFFICER").request().body(secondment("19.01", 5, 30))
                .post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(403);
        // bad dates, its own agency, an overlap
        home.request().body(Map.of("hostAgencyCode", "19.01", "from", TODAY.toString(), "to", TODAY.minusDays(1).toString(),
                "decisionNumber", "1")).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(422);
        home.request().body(secondment("19.05", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(400);
        home.request().body(secondment("19.01", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201)
                .body("hostAgencyCode", equalTo("19.01"));
        home.request().body(secondment("19.02", 0, 60)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:secondment-overlaps"));

        // the host lists and reads the seconded officer, and assigns them its case from a day of the secondment
        host.request().queryParam("agency", "19.01").queryParam("size", 200).get("/api/v1/officers").then().statusCode(200)
                .body("items.id", hasItem(officerId));
        Api.transition(host, hostCase, "assignment", Map.of("officerId", officerId, "assignedOn", TODAY.minusDays(6).toString()))
                .then().statusCode(422);
        Api.transition(host, hostCase, "assignment", Map.of("officerId", officerId, "assignedOn", TODAY.minusDays(5).toString()))
                .then().statusCode(200).body("officerId", equalTo(officerId));

        // the officer (a token of their own agency) sees the host's case assigned to them, and works on it
        Api.User officer = new Api.User(subject, "19.05", "OFFICER");
        officer.request().get("/api/v1/cases/" + hostCase).then().statusCode(200);
        officer.request().queryParam("size", 200).get("/api/v1/cases").then().statusCode(200).body("items.id", contains(hostCase));
        Api.transition(officer, hostCase, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .then().statusCode(200);
        // not the host's other cases
        String other = Api.open(host, Api.caseBody("19.01", Api.unique("QĐ"), TODAY.minusDays(40), 1_000_000L));
        officer.request().get("/api/v1/cases/" + other).then().statusCode(404);

        // the workload counts the host's case: 1 open, with conditions, 70M outstanding; the host reads it
        host.request().get("/api/v1/officers/" + officerId + "/workload").then().statusCode(200)
                .body("openCases", equalTo(1)).body("casesWithConditions", equalTo(1)).body("outstandingAmount", equalTo(70_000_000));
        home.request().get("/api/v1/officers/" + officerId + "/secondments").then().statusCode(200)
                .body("hostAgencyCode", contains("19.01"));
        // an agency the officer was never seconded to sees nothing
        Api.head("01.01").request().get("/api/v1/officers/" + officerId).then().statusCode(404);
        Api.head("01.01").request().queryParam("size", 200).get("/api/v1/officers").then().body("items.id", not(hasItem(officerId)));
    }

    @Test
    void aSecondmentThatEndedAllowsNoNewAssignment() {
        String officerId = Api.createOfficer(home, "19.05");
        home.request().body(secondment("19.01", 30, -10)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        String hostCase = Api.open(host, Api.caseBody("19.01", Api.unique("QĐ"), TODAY.minusDays(40), 5_000_000L));
        // today is after the secondment: refused; a day inside it: assigned (recorded late)
        Api.transition(host, hostCase, "assignment", Map.of("officerId", officerId)).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-of-another-agency"));
        Api.transition(host, hostCase, "assignment", Map.of("officerId", officerId, "assignedOn", TODAY.minusDays(20).toString()))
                .then().statusCode(200);
    }

    @Test
    void anOfficerSecondedToNinhBinhWorksOnTheHaNamCaseItHoldsButNotOnItsOffices() {
        // Ninh Bình (37) holds Hà Nam's (35) cases since 2025-07-01: an officer of 19 seconded to 37 today, assigned a
        // case of 35, reads it and works on it (the host agency with the units it took over); not a case of 37.02
        Api.User ninhBinh = Api.head("37");
        String subject = "cbv-" + UUID.randomUUID();
        String officerId = Api.head("19").request().body(Map.of("agencyCode", "19", "subject", subject, "fullName", "Hà Văn Nam"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        Api.head("19").request().body(secondment("37", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments")
                .then().statusCode(201);
        String haNamCase = Api.open(ninhBinh, Api.caseBody("35", Api.unique("QĐ"), java.time.LocalDate.of(2025, 4, 1), 5_000_000L));
        Api.transition(ninhBinh, haNamCase, "assignment", Map.of("officerId", officerId)).then().statusCode(200);
        Api.User officer = new Api.User(subject, "19", "OFFICER");
        officer.request().get("/api/v1/cases/" + haNamCase).then().statusCode(200);
        officer.request().queryParam("size", 200).get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem(haNamCase));
    }

    @Test
    void aSecondmentCountsForTheAgencyThatHeldTheCaseOnTheAssignmentDay() {
        // Hà Nam's office (35) closed on 2025-06-30 and Ninh Bình's (37), which existed before, holds its
        // cases since: on 2025-06-01 a case of 35 was 35's, so an officer seconded to 37 that day could
        // not be assigned it for that day; the same secondment counts for 37's own case
        Api.User ninhBinh = Api.head("37");
        String officerId = Api.createOfficer(Api.head("19"), "19");
        Api.head("19").request().body(Map.of("hostAgencyCode", "37", "from", "2025-05-01", "to", "2025-06-15",
                "decisionNumber", Api.unique("QĐ-BP"))).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        String haNamCase = Api.open(ninhBinh, Api.caseBody("35", Api.unique("QĐ"), java.time.LocalDate.of(2025, 4, 1), 5_000_000L));
        Api.transition(ninhBinh, haNamCase, "assignment", Map.of("officerId", officerId, "assignedOn", "2025-06-01"))
                .then().statusCode(422).body("type", equalTo("urn:thads:problem:officer-of-another-agency"));
        String ninhBinhCase = Api.open(ninhBinh, Api.caseBody("37", Api.unique("QĐ"), java.time.LocalDate.of(2025, 4, 1), 5_000_000L));
        Api.transition(ninhBinh, ninhBinhCase, "assignment", Map.of("officerId", officerId, "assignedOn", "2025-06-01"))
                .then().statusCode(200).body("officerId", equalTo(officerId));
    }

    @Test
    void aHostOrAProvincialUserReadsASecondedOfficerButOnlyHeadsOfTheirOwnAgencyDeactivateThem() {
        String officerId = Api.createOfficer(home, "19.05");
        home.request().body(secondment("19.01", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        // the head of 19.02 who also reads the province (a provincial token): reads the officer, decides only for 19.02
        Api.User provincialHead = new Api.User("head-" + UUID.randomUUID(), "19.02", "PROVINCE", "AGENCY_HEAD");
        for (Api.User outsider : new Api.User[]{host, provincialHead}) {
            String etag = outsider.request().get("/api/v1/officers/" + officerId).then().statusCode(200).extract().header("ETag");
            outsider.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/deactivation").then().statusCode(403);
        }
        home.request().get("/api/v1/officers/" + officerId).then().body("active", equalTo(true));

        String etag = home.request().get("/api/v1/officers/" + officerId).then().extract().header("ETag");
        etag = home.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/deactivation").then().statusCode(200)
                .body("active", equalTo(false)).extract().header("ETag");
        // a deactivation is undone by the same heads, once
        host.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/reactivation").then().statusCode(403);
        etag = home.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/reactivation").then().statusCode(200)
                .body("active", equalTo(true)).body("deactivatedAt", org.hamcrest.Matchers.nullValue()).extract().header("ETag");
        home.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/reactivation").then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:officer-active"));
    }

    /**
     * Logins are the identity provider's: a head of 19.05 made an officer record for a login of Hồ Chí Minh City's 79.01,
     * seconded it to 19.01, whose head assigned it a case, and deactivated it. With their own 79.01 token that person read
     * 19.01's case, parties' ID numbers and all, and lost the OFFICER role at home (red team of session 24). A record is
     * its agency's: the same login with another agency's token is not that officer.
     */
    @Test
    void anOfficerRecordActsOnlyForTokensOfItsOwnAgency() {
        String login = "cbv-79-" + UUID.randomUUID();
        Api.User staffOf7901 = new Api.User(login, "79.01", "OFFICER");
        staffOf7901.request().get("/api/v1/cases").then().statusCode(200);
        var created = home.request().body(Map.of("agencyCode", "19.05", "subject", login, "fullName", "Mạo danh"))
                .post("/api/v1/officers").then().statusCode(201).extract();
        String officerId = created.path("id");
        home.request().body(secondment("19.01", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        String hostCase = Api.open(host, Api.caseBody("19.01", Api.unique("QĐ"), TODAY.minusDays(40), 70_000_000L));
        Api.transition(host, hostCase, "assignment", Map.of("officerId", officerId)).then().statusCode(200);

        new Api.User(login, "19.05", "OFFICER").request().get("/api/v1/cases/" + hostCase).then().statusCode(200);
        staffOf7901.request().get("/api/v1/cases/" + hostCase).then().statusCode(404);
        staffOf7901.request().queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(hostCase)));

        String etag = home.request().get("/api/v1/officers/" + officerId).then().statusCode(200).extract().header("ETag");
        home.request().header("If-Match", etag).post("/api/v1/officers/" + officerId + "/deactivation").then().statusCode(200);
        new Api.User(login, "19.05", "OFFICER").request().get("/api/v1/cases").then().statusCode(403);
        staffOf7901.request().get("/api/v1/cases").then().statusCode(200);
    }

    /**
     * A host reads the officer and their workload on the days of the secondment (domain.md §8.7): before, the head of an
     * agency the officer would go to next month, or went to last year, read their workload at home and every secondment
     * (red team of session 24).
     */
    @Test
    void aHostReadsTheOfficerOnTheDaysOfTheSecondmentAndOnlyItsOwn() {
        String officerId = home.request().body(Map.of("agencyCode", "19.05", "subject", "cbv-" + UUID.randomUUID(), "fullName", "Vũ Thị Hà"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        home.request().body(Map.of("hostAgencyCode", "19.01", "from", TODAY.plusDays(10).toString(), "to", TODAY.plusDays(20).toString(),
                "decisionNumber", Api.unique("QĐ-BP"))).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        host.request().get("/api/v1/officers/" + officerId).then().statusCode(404);
        host.request().get("/api/v1/officers/" + officerId + "/workload").then().statusCode(404);
        host.request().get("/api/v1/officers/" + officerId + "/secondments").then().statusCode(404);

        Api.User third = Api.head("19.02");
        home.request().body(secondment("19.02", 0, 5)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        third.request().get("/api/v1/officers/" + officerId + "/workload").then().statusCode(200);
        third.request().get("/api/v1/officers/" + officerId + "/secondments").then().statusCode(200)
                .body("hostAgencyCode", org.hamcrest.Matchers.contains("19.02"));
        home.request().get("/api/v1/officers/" + officerId + "/secondments").then().statusCode(200)
                .body("hostAgencyCode", org.hamcrest.Matchers.containsInAnyOrder("19.01", "19.02"));
    }

    /** A seconded officer reads the court judgment behind the host's case assigned to them (domain.md §8.3): it was 404. */
    @Test
    void aSecondedOfficerReadsTheJudgmentOfTheHostsCaseAssignedToThem() {
        String subject = "cbv-" + UUID.randomUUID();
        String officerId = home.request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", "Ngô Văn Bình"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        home.request().body(secondment("19.01", 5, 30)).post("/api/v1/officers/" + officerId + "/secondments").then().statusCode(201);
        var fromJudgment = Api.caseFromAJudgment(Api.courtOf("19", "TAND-TN"), "TAND-TN", "Tòa án nhân dân tỉnh Thái Nguyên", host,
                "19.01", 30_000_000L);
        String judgmentId = fromJudgment.judgmentId();
        String caseId = fromJudgment.caseId();
        Api.User seconded = new Api.User(subject, "19.05", "OFFICER");
        seconded.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(404);
        Api.transition(host, caseId, "assignment", Map.of("officerId", officerId)).then().statusCode(200);
        seconded.request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(200).body("caseId", equalTo(caseId));
        // and lists it, as it lists the case (red team of session 25: the list left it out)
        seconded.request().queryParam("size", 100).get("/api/v1/court-judgments").then().statusCode(200).body("items.id", hasItem(judgmentId));
        // the same login with another agency's token does not
        new Api.User(subject, "79.01", "OFFICER").request().get("/api/v1/court-judgments/" + judgmentId).then().statusCode(404);
    }
}
