package vn.gov.moj.thads.complaints;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.complaints.model.Complaint;
import vn.gov.moj.thads.complaints.model.OfficerAccount;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.complaints.Desk.TODAY;

/**
 * A petition about an officer records that officer's own account, learnt from the case service's assignments
 * (CaseAssigned.officerSubject). Before, the desk's word was taken: a denunciation of an officer recorded with someone
 * else's account let the officer be made its handler and read who denounced them (Luật Tố cáo 2018 art. 47).
 */
@QuarkusTest
class OfficerAccountTest {

    private static final String AGENCY = "19.05";
    private static final String DENOUNCER = "Hoàng Thị Lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    private final UUID officer = UUID.randomUUID();
    private final String account = "cbv-" + UUID.randomUUID();

    /** The case service's CaseAssigned on a new case: with the officer's account, or ({@code account} null) as sent before it was carried. */
    private EventEnvelope assigned(UUID officerId, String officerAccount, OffsetDateTime at) {
        return assigned(UUID.randomUUID(), "RECEIVED", officerId, officerAccount, at);
    }

    private EventEnvelope assigned(UUID caseId, String status, UUID officerId, String officerAccount, OffsetDateTime at) {
        return assigned(caseId, AGENCY, "19", status, officerId, officerAccount, at);
    }

    private EventEnvelope assigned(UUID caseId, String agency, String province, String status, UUID officerId, String officerAccount,
                                   OffsetDateTime at) {
        var facts = new CaseEvents.CaseFacts(caseId, agency, province, "QĐ-" + caseId, TODAY.minusDays(90), "ON_REQUEST", status, null,
                10_000_000, 0, 10_000_000, List.of(), officerId, 0);
        var event = codec.tree(new CaseEvents.CaseAssigned(facts, officerId, null, TODAY.minusDays(10), officerAccount));
        if (officerAccount == null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) event).remove("officerSubject"); // no such field then
        }
        return EventEnvelope.of(CaseEvents.SOURCE, "CaseAssigned", 1, caseId.toString(), agency, province, at, event);
    }

    private void send(EventEnvelope event) {
        new TopicClient(bootstrapServers).send("thads.case-events", event.aggregateId(), codec.write(event));
    }

    /** Sent and applied: the case view (kept in the same transaction as the accounts) knows its case. */
    private void applied(EventEnvelope event) {
        send(event);
        UUID caseId = UUID.fromString(event.aggregateId());
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> CaseView.findById(caseId) != null));
    }

    private static String accountOf(UUID officerId) {
        return QuarkusTransaction.requiringNew().call(() -> OfficerAccount.<OfficerAccount>findByIdOptional(officerId)
                .map(OfficerAccount::subject).orElse(null));
    }

    private static String agencyOf(UUID officerId) {
        return QuarkusTransaction.requiringNew().call(() -> OfficerAccount.<OfficerAccount>findByIdOptional(officerId)
                .map(OfficerAccount::agencyCode).orElse(null));
    }

    private static long petitionsAbout(UUID officerId) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count("subjectOfficerId", officerId));
    }

    private static Map<String, Object> denunciationOf(UUID officerId, String officerAccount) {
        var body = Desk.complaintOn("2026-11-02", AGENCY, "OFFICER", AGENCY, "COERCION", null);
        body.put("type", "DENUNCIATION");
        body.put("complainant", Map.of("name", DENOUNCER, "idNumber", "019190004321"));
        Desk.subject(body).put("officerId", officerId.toString());
        if (officerAccount != null) {
            Desk.subject(body).put("officerSubject", officerAccount);
        } else {
            Desk.subject(body).remove("officerSubject");
        }
        return body;
    }

    @Test
    void aDenunciationOfAnOfficerCannotRecordSomeoneElsesAccount() {
        applied(assigned(officer, account, OffsetDateTime.now()));
        assertThat(accountOf(officer)).isEqualTo(account);

        // the attack: the officer's id with another account; refused, without saying whose account is theirs
        String someoneElse = "cbv-" + UUID.randomUUID();
        Desk.receive("OFFICER", AGENCY, denunciationOf(officer, someoneElse)).statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-account-mismatch"))
                .body("field", equalTo("subject.officerSubject"))
                .body(not(containsString(account)));
        Desk.as("OFFICER", AGENCY).header("Accept-Language", "en").body(denunciationOf(officer, someoneElse)).post("/api/v1/complaints")
                .then().statusCode(422).body("detail", equalTo("The account given is not the account of officer " + officer));
        assertThat(petitionsAbout(officer)).isZero();

        // the officer's id alone: recorded with their account
        // (the desk is not told the account the service filled in: it would read any officer's login off their id)
        String id = Desk.receive("OFFICER", AGENCY, denunciationOf(officer, null)).statusCode(201)
                .body("subject.officerSubject", nullValue()).body(not(containsString(account))).extract().path("id");
        Desk.as("AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("subject.officerId", equalTo(officer.toString())).body("subject.officerSubject", equalTo(account))
                .body("complainant.name", equalTo(DENOUNCER));
        // so the officer cannot be made its handler, and reads no denouncer
        Desk.as("AGENCY_HEAD", AGENCY).header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(account)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:handler-is-subject"));
        Desk.asSubject(account, "OFFICER", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body("complainantWithheld", equalTo(true)).body(not(containsString(DENOUNCER)));
        // their own account named is taken as it is
        Desk.receive("OFFICER", AGENCY, denunciationOf(officer, account)).statusCode(201).body("subject.officerId", equalTo(officer.toString()));
        assertThat(petitionsAbout(officer)).isEqualTo(2);
    }

    /**
     * The head of an agency of another province names this 19.05 officer's id in a petition of their own agency (which
     * they then read in full): before, the service filled in the officer's login for them. Answered as for an officer
     * it has not learnt.
     */
    @Test
    void aHeadOfAnotherProvinceReadsNoLoginOfThisProvincesOfficer() {
        applied(assigned(officer, account, OffsetDateTime.now()));
        var elsewhere = Desk.complaintOn("2026-11-02", "79.01", "OFFICER", "79.01", "COERCION", null);
        Desk.subject(elsewhere).put("officerId", officer.toString());
        Desk.subject(elsewhere).remove("officerSubject");
        Desk.receive("AGENCY_HEAD", "79.01", elsewhere).statusCode(400).body("errors[0].field", equalTo("subject.officerSubject"))
                .body(not(containsString(account)));
        Desk.subject(elsewhere).put("officerSubject", "cbv-doan-mo");
        Desk.receive("AGENCY_HEAD", "79.01", elsewhere).statusCode(201).body(not(containsString(account)));
    }

    /**
     * An older assignment read after a newer one (of another case, so possibly on another partition) changes neither the
     * account nor the agency: a stale agency would withhold the login from a petition of the officer's agency.
     */
    @Test
    void anOlderAssignmentReadAfterANewerOneLeavesTheNewerAccountAndAgency() {
        applied(assigned(UUID.randomUUID(), AGENCY, "19", "RECEIVED", officer, account, OffsetDateTime.now().minusMinutes(1)));
        applied(assigned(UUID.randomUUID(), "79.01", "79", "RECEIVED", officer, "cbv-" + UUID.randomUUID(),
                OffsetDateTime.now().minusMinutes(5)));
        assertThat(accountOf(officer)).isEqualTo(account);
        assertThat(agencyOf(officer)).isEqualTo(AGENCY);
        String id = Desk.receive("OFFICER", AGENCY, denunciationOf(officer, null)).statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("subject.officerSubject", equalTo(account));
    }

    /**
     * A petition about an officer is about someone: before, one naming no officer was recorded about nobody, and the
     * officer whose act it was could be made its handler, read the denouncer and record the withdrawal. Without an officer
     * it is refused; naming only the case, it is about the officer the case is assigned to.
     */
    @Test
    void aPetitionAboutAnOfficerThatNamesNoneIsAboutTheCasesOfficer() {
        UUID caseId = UUID.randomUUID();
        applied(assigned(caseId, "RECEIVED", officer, account, OffsetDateTime.now()));
        var aboutNobody = denunciationOf(officer, null);
        Desk.subject(aboutNobody).remove("officerId");
        Desk.receive("OFFICER", AGENCY, aboutNobody).statusCode(400).body("errors[0].field", equalTo("subject.officerId"));
        assertThat(petitionsAbout(officer)).isZero();

        aboutNobody.put("caseId", caseId.toString());
        String id = Desk.receive("OFFICER", AGENCY, aboutNobody).statusCode(201).body(not(containsString(account))).extract().path("id");
        Desk.as("AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("subject.officerId", equalTo(officer.toString())).body("subject.officerSubject", equalTo(account));
        Desk.as("AGENCY_HEAD", AGENCY).header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(account)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:handler-is-subject"));
        Desk.asSubject(account, "OFFICER", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body(not(containsString(DENOUNCER)));
    }

    /**
     * The case's officer is theirs whatever agency their last assignment was at: one assigned since to a case of another
     * province (a secondment; or a unit merged since) was answered 400 on a field the desk never sent.
     */
    @Test
    void theCasesOfficerLastAssignedElsewhereIsStillTheOneThePetitionIsAbout() {
        UUID caseId = UUID.randomUUID();
        applied(assigned(caseId, "RECEIVED", officer, account, OffsetDateTime.now().minusMinutes(2)));
        applied(assigned(UUID.randomUUID(), "79.01", "79", "RECEIVED", officer, account, OffsetDateTime.now()));
        assertThat(agencyOf(officer)).isEqualTo("79.01");
        var aboutTheCase = denunciationOf(officer, null);
        Desk.subject(aboutTheCase).remove("officerId");
        aboutTheCase.put("caseId", caseId.toString());
        String id = Desk.receive("OFFICER", AGENCY, aboutTheCase).statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("subject.officerId", equalTo(officer.toString())).body("subject.officerSubject", equalTo(account));
    }

    /**
     * A desk may name an officer by an account this service cannot check (one it has not learnt); named wrongly, the
     * officer holding the case was free to be made its handler and read the denouncer. The case's officer never handles
     * a petition about an officer of their case.
     */
    @Test
    void theOfficerHoldingTheCaseDoesNotHandleAPetitionAboutAnOfficerOfIt() {
        String id = denunciationAboutTheCaseNamingAnotherAccount();
        Desk.as("AGENCY_HEAD", AGENCY).header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(account)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:handler-holds-the-case")).body("field", equalTo("handlers"));
        Desk.asSubject(account, "OFFICER", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body(not(containsString(DENOUNCER)));
        Desk.as("AGENCY_HEAD", AGENCY).header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of("cbv-" + UUID.randomUUID())))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(200);
    }

    /**
     * The officer holding the case may be its office's head too. A desk named another account: the holder, as head, read
     * the denouncer's identity, accepted and decided the denunciation about an officer of their own case, and could
     * withdraw it (red team of session 24; the handler assignment alone was refused). The holder is a person concerned.
     */
    @Test
    void theOfficerHoldingTheCaseIsAPersonConcernedWhateverAccountTheDeskNamed() {
        String id = denunciationAboutTheCaseNamingAnotherAccount();

        var holderAsHead = Desk.asSubject(account, "AGENCY_HEAD", AGENCY);
        holderAsHead.get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body(not(containsString(DENOUNCER)));
        Desk.transition(Desk.asSubject(account, "AGENCY_HEAD", AGENCY), id, "acceptance", Map.of("acceptedOn", "2026-11-03"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"));
        Desk.transition(Desk.asSubject(account, "AGENCY_HEAD", AGENCY), id, "withdrawal", Map.of("withdrawnOn", "2026-11-03"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"));
        // another head of the office decides it
        Desk.transition("AGENCY_HEAD", AGENCY, id, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(200);
    }

    /**
     * Read from the current holder only, the holder of the case (as the office's head) left the persons concerned by
     * giving the case to another officer after the denunciation was received, then read the denouncer, decided it and
     * could be made its handler (session 25). Every officer who has held the case is a person concerned, the new holder too.
     */
    @Test
    void anOfficerWhoHeldTheCaseStaysAPersonConcernedAfterTheCaseIsReassigned() {
        UUID caseId = UUID.randomUUID();
        String id = denunciationAboutTheCaseNamingAnotherAccount(caseId);
        UUID next = UUID.randomUUID();
        String nextAccount = "cbv-" + UUID.randomUUID();
        reassigned(caseId, next, nextAccount);

        var holderAsHead = Desk.asSubject(account, "AGENCY_HEAD", AGENCY);
        holderAsHead.get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body(not(containsString(DENOUNCER)));
        Desk.transition(holderAsHead, id, "acceptance", Map.of("acceptedOn", "2026-11-03"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"));
        for (String holder : List.of(account, nextAccount)) {
            Desk.as("AGENCY_HEAD", AGENCY).header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(holder)))
                    .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(422)
                    .body("type", equalTo("urn:thads:problem:handler-holds-the-case"));
        }
        Desk.asSubject(nextAccount, "AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body(not(containsString(DENOUNCER)));
        for (String holder : List.of(account, nextAccount)) {
            Desk.asSubject(holder, "AGENCY_HEAD", AGENCY).queryParam("repeat", false).queryParam("caseId", caseId.toString())
                    .get("/api/v1/complaints").then().statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
        }
        Desk.as("AGENCY_HEAD", AGENCY).queryParam("repeat", false).queryParam("caseId", caseId.toString()).get("/api/v1/complaints").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    /**
     * The holder when the desk keys a petition in is not the only one: a letter received on a day another officer held the
     * case (or an assignment the complaint service had not read yet) left that officer free to read the denouncer and
     * decide it (red team of session 25). An officer who held the case before the petition came is a person concerned.
     */
    @Test
    void anOfficerWhoHeldTheCaseBeforeThePetitionCameIsAPersonConcerned() {
        UUID caseId = UUID.randomUUID();
        applied(assigned(caseId, "RECEIVED", officer, account, OffsetDateTime.now().minusMinutes(5)));
        reassigned(caseId, UUID.randomUUID(), "cbv-" + UUID.randomUUID());
        var misnamed = denunciationOf(officer, null);
        Desk.subject(misnamed).remove("officerId");
        Desk.subject(misnamed).put("officerSubject", "cbv-" + UUID.randomUUID());
        misnamed.put("caseId", caseId.toString());
        String id = Desk.receive("OFFICER", AGENCY, misnamed).statusCode(201).extract().path("id");

        var formerHolderAsHead = Desk.asSubject(account, "AGENCY_HEAD", AGENCY);
        formerHolderAsHead.get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.name", nullValue()).body(not(containsString(DENOUNCER)));
        Desk.transition(formerHolderAsHead, id, "acceptance", Map.of("acceptedOn", "2026-11-03"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"))
                .body("detail", equalTo("Người bị khiếu nại, tố cáo không được giải quyết đơn này"));
    }

    /** The case assigned to {@code officerId} after what was sent before, and applied. */
    private void reassigned(UUID caseId, UUID officerId, String officerAccount) {
        send(assigned(caseId, "RECEIVED", officerId, officerAccount, OffsetDateTime.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> CaseView.<CaseView>findById(caseId).officerId()).filter(officerId::equals).isPresent());
    }

    /**
     * A complaint's decision names who wrote; it is served on the officer the complaint is about, the account recorded with
     * it. The officer holding the case, kept out of the complaint when the desk named another account, is not let into
     * its decision either (session 25's review: a holder at receipt read it for good).
     */
    @Test
    void theHolderOfTheCaseTheDeskDidNotNameDoesNotReadTheDecision() {
        UUID caseId = UUID.randomUUID();
        applied(assigned(caseId, "RECEIVED", officer, account, OffsetDateTime.now()));
        var complaint = Desk.complaintOn("2026-10-05", AGENCY, "OFFICER", AGENCY, "BEFORE_MEASURES", null);
        String named = "cbv-" + UUID.randomUUID();
        Desk.subject(complaint).put("officerSubject", named);
        complaint.put("caseId", caseId.toString());
        String id = Desk.receive("OFFICER", AGENCY, complaint).statusCode(201).extract().path("id");
        Desk.acceptAndResolve(AGENCY, id, "2026-10-06", "72/QĐ-GQKN", "2026-10-15");

        Desk.asSubject(named, "OFFICER", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("summary", equalTo("Không có căn cứ"));
        Desk.asSubject(account, "OFFICER", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("summary", nullValue());
    }

    /**
     * A login may be two agencies' officers. 19.05's record under a 79.01 staff member's login, seconded to 79.01 and
     * complained about there: with their own 79.01 token that person read the decision, which names who wrote (red team of
     * session 25). The decision is served on the record's agency's token only (CaseAssigned.officerAgencyCode).
     */
    @Test
    void aDecisionIsServedOnTheOfficerOfTheRecordNotOnTheSameLoginElsewhere() {
        String login = "cbv-79-" + UUID.randomUUID();
        String seconded = complaintResolvedAbout(UUID.randomUUID(), login, "19.05", false);
        Desk.asSubject(login, "OFFICER", "79.01").get("/api/v1/complaints/" + seconded).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("summary", nullValue());
        // the desk naming the case's officer by the account alone (round 2 of the red team)
        String byAccount = complaintResolvedAbout(UUID.randomUUID(), login, "19.05", true);
        Desk.asSubject(login, "OFFICER", "79.01").get("/api/v1/complaints/" + byAccount).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("summary", nullValue());
        // and by the account of an officer who held the case before it was given to another (the act is older)
        String formerHolder = complaintResolvedAbout(UUID.randomUUID(), login, "19.05", true, true);
        Desk.as("MINISTRY", "VN").get("/api/v1/complaints/" + formerHolder).then().statusCode(200)
                .body("subject.officerId", org.hamcrest.Matchers.notNullValue());
        Desk.asSubject(login, "OFFICER", "79.01").get("/api/v1/complaints/" + formerHolder).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("summary", nullValue());
        String own = complaintResolvedAbout(UUID.randomUUID(), login, "79.01", false);
        Desk.asSubject(login, "OFFICER", "79.01").get("/api/v1/complaints/" + own).then().statusCode(200)
                .body("summary", equalTo("Không có căn cứ"));
    }

    /**
     * A complaint about the officer of a new 79.01 case, whose record is {@code home}'s, resolved at 79.01 ({@code byAccount}:
     * the desk names the officer's account, not their id); its id.
     */
    private String complaintResolvedAbout(UUID officerId, String login, String home, boolean byAccount) {
        return complaintResolvedAbout(officerId, login, home, byAccount, false);
    }

    /** As above; {@code reassigned}: the case given to another 79.01 officer before the complaint. */
    private String complaintResolvedAbout(UUID officerId, String login, String home, boolean byAccount, boolean reassigned) {
        UUID caseId = UUID.randomUUID();
        var facts = new CaseEvents.CaseFacts(caseId, "79.01", "79", "QĐ-" + caseId, TODAY.minusDays(90), "ON_REQUEST", "RECEIVED", null,
                10_000_000, 0, 10_000_000, List.of(), officerId, 0);
        applied(EventEnvelope.of(CaseEvents.SOURCE, "CaseAssigned", 1, caseId.toString(), "79.01", "79", OffsetDateTime.now().minusMinutes(1),
                codec.tree(new CaseEvents.CaseAssigned(facts, officerId, null, TODAY.minusDays(10), login, home))));
        if (reassigned) {
            UUID next = UUID.randomUUID();
            var after = new CaseEvents.CaseFacts(caseId, "79.01", "79", "QĐ-" + caseId, TODAY.minusDays(90), "ON_REQUEST", "RECEIVED", null,
                    10_000_000, 0, 10_000_000, List.of(), next, 0);
            send(EventEnvelope.of(CaseEvents.SOURCE, "CaseAssigned", 1, caseId.toString(), "79.01", "79", OffsetDateTime.now(),
                    codec.tree(new CaseEvents.CaseAssigned(after, next, officerId, TODAY.minusDays(2), "cbv-" + UUID.randomUUID(), "79.01"))));
            await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> CaseView.<CaseView>findById(caseId).officerId()).filter(next::equals).isPresent());
        }
        var complaint = Desk.complaintOn("2026-10-05", "79.01", "OFFICER", "79.01", "BEFORE_MEASURES", null);
        if (byAccount) {
            Desk.subject(complaint).put("officerSubject", login);
        } else {
            Desk.subject(complaint).remove("officerSubject");
            Desk.subject(complaint).put("officerId", officerId.toString());
        }
        complaint.put("caseId", caseId.toString());
        String id = Desk.receive("OFFICER", "79.01", complaint).statusCode(201).extract().path("id");
        Desk.acceptAndResolve("79.01", id, "2026-10-06", "74/QĐ-GQKN", "2026-10-15");
        return id;
    }

    /**
     * A complaint about a head named by the head's account: the same login at another office read its decision, naming who
     * wrote (red team of session 25). Served on the head of the agency it is about.
     */
    @Test
    void aDecisionAboutAHeadIsServedOnThatAgencysHeadNotOnTheSameLoginElsewhere() {
        String login = "ld-19-" + UUID.randomUUID();
        // filed at another office, whose staff read it
        Desk.asSubject(login, "OFFICER", "19.01").get("/api/v1/complaints/" + resolvedAboutTheHead(login, "19.01")).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("summary", nullValue());
        Desk.asSubject(login, "AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + resolvedAboutTheHead(login, AGENCY)).then().statusCode(200)
                .body("summary", equalTo("Không có căn cứ"));
    }

    /**
     * A complaint naming the head's account is served on that account: another head of the same agency (a deputy) does not
     * read its decision, which names who wrote (review of session 31: every head of the agency read it).
     */
    @Test
    void aDecisionAboutANamedHeadIsNotShownToTheAgencysOtherHeads() {
        String login = "ld-19-" + UUID.randomUUID();
        String id = resolvedAboutTheHead(login, AGENCY);
        Desk.asSubject("pho-" + UUID.randomUUID(), "AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("summary", nullValue());
        Desk.asSubject(login, "AGENCY_HEAD", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("summary", equalTo("Không có căn cứ"));
    }

    /** A complaint about the head of 19.05, named by the account {@code login}, filed at {@code filedAt}, resolved; its id. */
    private static String resolvedAboutTheHead(String login, String filedAt) {
        var complaint = Desk.complaintOn("2026-10-05", filedAt, "AGENCY_HEAD", AGENCY, "BEFORE_MEASURES", null);
        Desk.subject(complaint).put("officerSubject", login);
        String id = Desk.receive("OFFICER", filedAt, complaint).statusCode(201).extract().path("id");
        String competent = Desk.as("MINISTRY", "VN").get("/api/v1/complaints/" + id).then().statusCode(200)
                .extract().path("competentAgencyCode");
        Desk.acceptAndResolve(competent, id, "2026-10-06", "75/QĐ-GQKN", "2026-10-15");
        return id;
    }

    /** A denunciation about an officer of a case the officer holds, the desk naming another account; its id. */
    private String denunciationAboutTheCaseNamingAnotherAccount() {
        return denunciationAboutTheCaseNamingAnotherAccount(UUID.randomUUID());
    }

    private String denunciationAboutTheCaseNamingAnotherAccount(UUID caseId) {
        applied(assigned(caseId, "RECEIVED", officer, account, OffsetDateTime.now()));
        var misnamed = denunciationOf(officer, null);
        Desk.subject(misnamed).remove("officerId");
        Desk.subject(misnamed).put("officerSubject", "cbv-" + UUID.randomUUID());
        misnamed.put("caseId", caseId.toString());
        String id = Desk.receive("OFFICER", AGENCY, misnamed).statusCode(201).extract().path("id");
        return id;
    }

    /**
     * A second complaint is about the first's case: another case keyed in is 400, and every officer who has held the first's
     * case is a person concerned of the second. A province head holding the case when the second came left by handing it
     * back, then read the complainant's ID number and decided it, a final decision (red team of session 25).
     */
    @Test
    void aSecondComplaintIsAboutTheFirstsCaseAndEveryOfficerWhoHeldIt() {
        UUID caseId = UUID.randomUUID();
        applied(assigned(caseId, "RECEIVED", officer, account, OffsetDateTime.now().minusMinutes(5)));
        var first = Desk.complaintOn("2026-10-05", AGENCY, "OFFICER", AGENCY, "BEFORE_MEASURES", null);
        Desk.subject(first).remove("officerSubject");
        Desk.subject(first).put("officerId", officer.toString());
        first.put("caseId", caseId.toString());
        first.put("complainant", Map.of("name", DENOUNCER, "idNumber", "019190004322"));
        String firstId = Desk.receive("OFFICER", AGENCY, first).statusCode(201).extract().path("id");
        Desk.acceptAndResolve(AGENCY, firstId, "2026-10-06", "73/QĐ-GQKN", "2026-10-15");

        UUID provinceHeadsRecord = UUID.randomUUID();
        String provinceHead = "ld-19-" + UUID.randomUUID();
        reassigned(caseId, provinceHeadsRecord, provinceHead);
        var second = Desk.complaintOn("2026-10-26", "19", "OFFICER", null, "BEFORE_MEASURES", null);
        Desk.subject(second).remove("agencyCode");
        Desk.subject(second).remove("officerSubject");
        second.put("round", 2);
        second.put("previousComplaintId", firstId);
        second.put("firstDecisionReceivedOn", "2026-10-16");
        second = Desk.byTheFirstComplainant(second, firstId);
        // the officer the first is about records no second complaint: its 201 or 400 told whether a guessed ID number was
        // the complainant's, and it sent the first's decision up in the complainant's name (red team of session 25)
        var byTheOfficer = new java.util.HashMap<>(second);
        byTheOfficer.put("filedAtAgencyCode", AGENCY);
        Desk.asSubject(account, "OFFICER", AGENCY).body(byTheOfficer).post("/api/v1/complaints").then().statusCode(403)
                .body("type", equalTo("urn:thads:problem:subject-of-petition"));
        second.put("caseId", UUID.randomUUID().toString());
        Desk.receive("AGENCY_HEAD", "19", second).statusCode(400).body("errors[0].field", equalTo("caseId"));
        second.remove("caseId");
        String secondId = Desk.receive("AGENCY_HEAD", "19", second).statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", "19").get("/api/v1/complaints/" + secondId).then().statusCode(200)
                .body("caseId", equalTo(caseId.toString())).body("complainant.idNumber", equalTo("019190004322"));

        reassigned(caseId, officer, account);
        var formerHolder = Desk.asSubject(provinceHead, "AGENCY_HEAD", "19");
        formerHolder.get("/api/v1/complaints/" + secondId).then().statusCode(200).body("complainant.idNumber", nullValue());
        Desk.transition(formerHolder, secondId, "acceptance", Map.of("acceptedOn", "2026-10-27"))
                .statusCode(403).body("type", equalTo("urn:thads:problem:subject-of-petition"));
    }

    /** A second complaint is about the first's officer: an account typed in would read the decision, which names who wrote. */
    @Test
    void aSecondComplaintIsAboutTheFirstComplaintsOfficerNotOneTypedIn() {
        applied(assigned(officer, account, OffsetDateTime.now()));
        var first = Desk.complaintOn("2026-10-05", AGENCY, "OFFICER", AGENCY, "BEFORE_MEASURES", null);
        Desk.subject(first).remove("officerSubject");
        Desk.subject(first).put("officerId", officer.toString());
        first.put("complainant", Map.of("name", DENOUNCER, "idNumber", "019190004321"));
        String firstId = Desk.receive("OFFICER", AGENCY, first).statusCode(201).extract().path("id");
        Desk.acceptAndResolve(AGENCY, firstId, "2026-10-06", "71/QĐ-GQKN", "2026-10-15");

        var second = Desk.complaintOn("2026-10-26", "19", "OFFICER", null, "BEFORE_MEASURES", null);
        Desk.subject(second).remove("agencyCode");
        second.put("round", 2);
        second.put("previousComplaintId", firstId);
        second.put("firstDecisionReceivedOn", "2026-10-16");
        second = Desk.byTheFirstComplainant(second, firstId);
        String typedIn = "cbv-" + UUID.randomUUID();
        Desk.subject(second).put("officerSubject", typedIn);
        Desk.receive("AGENCY_HEAD", "19", second).statusCode(400).body("errors[0].field", equalTo("subject.officerSubject"));
        Desk.subject(second).remove("officerSubject");
        String secondId = Desk.receive("AGENCY_HEAD", "19", second).statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", "19").get("/api/v1/complaints/" + secondId).then().statusCode(200)
                .body("subject.officerId", equalTo(officer.toString())).body("subject.officerSubject", equalTo(account));
    }

    @Test
    void anOfficerNotLearntYetIsNamedWithTheirAccountAsBefore() {
        Desk.receive("OFFICER", AGENCY, denunciationOf(UUID.randomUUID(), null)).statusCode(400)
                .body("errors[0].field", equalTo("subject.officerSubject"));
    }

    @Test
    void anAssignmentSentBeforeTheAccountWasCarriedIsAppliedAndTeachesNothing() {
        // an officer known only from such an event: the case is known, the officer's account is not
        UUID other = UUID.randomUUID();
        applied(assigned(other, null, OffsetDateTime.now()));
        assertThat(accountOf(other)).isNull();
        Desk.receive("OFFICER", AGENCY, denunciationOf(other, null)).statusCode(400).body("errors[0].field", equalTo("subject.officerSubject"));

        // a later one for a known officer leaves their account as it was
        applied(assigned(officer, account, OffsetDateTime.now().minusMinutes(1)));
        applied(assigned(officer, null, OffsetDateTime.now()));
        assertThat(accountOf(officer)).isEqualTo(account);

        // a redelivered event changes nothing, even one with another account under the same id (the inbox applies an id once)
        EventEnvelope first = assigned(officer, account, OffsetDateTime.now());
        applied(first);
        UUID caseId = UUID.fromString(first.aggregateId());
        EventEnvelope forged = assigned(caseId, "RECEIVED", officer, "cbv-" + UUID.randomUUID(), OffsetDateTime.now());
        send(new EventEnvelope(forged.specVersion(), first.id(), forged.source(), forged.type(), forged.aggregateId(), forged.time(),
                forged.dataContentType(), forged.schemaVersion(), forged.agencyCode(), forged.provinceCode(), forged.data()));
        // the case's next event, after it on the same partition: once it is applied, so was the redelivery
        send(assigned(caseId, "HAS_CONDITIONS", officer, null, OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CaseView.<CaseView>findById(caseId).status().equals("HAS_CONDITIONS")));
        assertThat(accountOf(officer)).isEqualTo(account);
    }
}
