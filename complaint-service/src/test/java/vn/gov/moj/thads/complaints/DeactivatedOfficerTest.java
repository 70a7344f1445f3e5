package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.OfficerEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * An officer the case service deactivated has no officer powers here either (learnt from thads.officer-events): before,
 * the complaint service never heard of it, and a deactivated officer assigned to a petition went on reading the
 * petitioner (a denouncer's identity too) and recording withdrawals and petitions for as long as the identity provider
 * signed them in.
 */
@QuarkusTest
class DeactivatedOfficerTest {

    private static final String AGENCY = "19.05";
    private static final String COMPLAINANT = "Phạm Thị Hồng";
    private static final String ID_NUMBER = "019187006543";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    private final UUID officer = UUID.randomUUID();
    private final String account = "cbv-" + UUID.randomUUID();

    private String standing(OfficerEvents.OfficerEvent event, String source, OffsetDateTime at) {
        return codec.write(EventEnvelope.of(source, event.getClass().getSimpleName(), 1, event.officerId().toString(), event.agencyCode(),
                "19", at, codec.tree(event)));
    }

    private void send(OfficerEvents.OfficerEvent event, OffsetDateTime at) {
        new TopicClient(bootstrapServers).send("thads.officer-events", event.officerId().toString(), standing(event, OfficerEvents.SOURCE, at));
    }

    private RequestSpecification theOfficer() {
        return Desk.asSubject(account, "OFFICER", AGENCY);
    }

    /** A complaint (about another officer) the head gave the officer to handle: they read its complainant's ID number. */
    private String complaintHandledByTheOfficer() {
        var body = Desk.complaintOn("2026-11-02", AGENCY, "OFFICER", AGENCY, "COERCION", null);
        Desk.subject(body).put("officerSubject", "cbv-" + UUID.randomUUID());
        body.put("complainant", Map.of("name", COMPLAINANT, "idNumber", ID_NUMBER));
        String id = Desk.receive("OFFICER", AGENCY, body).statusCode(201).extract().path("id");
        Desk.as("AGENCY_HEAD", AGENCY).header("If-Match", Desk.etag(id)).body(Map.of("handlers", List.of(account)))
                .put("/api/v1/complaints/" + id + "/handlers").then().statusCode(200);
        return id;
    }

    @Test
    void aDeactivatedOfficerNoLongerReadsTheComplainantNorRecordsAnythingUntilReactivated() {
        String id = complaintHandledByTheOfficer();
        theOfficer().get("/api/v1/complaints/" + id).then().statusCode(200).body("complainant.idNumber", equalTo(ID_NUMBER));

        OffsetDateTime deactivatedAt = OffsetDateTime.now().minusMinutes(2);
        send(new OfficerEvents.OfficerDeactivated(officer, account, AGENCY, 1), deactivatedAt);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> theOfficer().get("/api/v1/complaints/" + id).then().statusCode(403));
        theOfficer().get("/api/v1/complaints/" + id).then().body(not(containsString(COMPLAINANT))).body(not(containsString(ID_NUMBER)));
        theOfficer().queryParam("size", 200).get("/api/v1/complaints").then().statusCode(403).body(not(containsString(id)));
        Desk.transition(theOfficer(), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05")).statusCode(403);
        theOfficer().body(Desk.complaintOn("2026-11-03", AGENCY, "AGENCY_HEAD", AGENCY, "COERCION", null)).post("/api/v1/complaints")
                .then().statusCode(403);
        // the same account holding the agency head's role keeps that: the case service withdrew the officer title only
        given().header("Authorization", TestTokens.bearer(account, AGENCY, "OFFICER", "AGENCY_HEAD")).get("/api/v1/complaints/" + id)
                .then().statusCode(200).body("complainant.name", equalTo(COMPLAINANT));
        // another officer of the agency is not touched
        Desk.as("OFFICER", AGENCY).get("/api/v1/complaints/" + id).then().statusCode(200);

        send(new OfficerEvents.OfficerReactivated(officer, account, AGENCY, 2), deactivatedAt.plusMinutes(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> theOfficer().get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("complainant.idNumber", equalTo(ID_NUMBER)));
        // an older deactivation (a lower version) read late does not undo the reactivation, even dated after it by a pod
        // whose clock runs ahead; a refused record behind it on the same partition (the officer's key) tells when it was read
        send(new OfficerEvents.OfficerDeactivated(officer, account, AGENCY, 1), deactivatedAt.plusMinutes(1).plusSeconds(30));
        TopicClient topics = new TopicClient(bootstrapServers);
        topics.send("thads.officer-events", officer.toString(), "not an event");
        topics.records("thads.officer-events.dlq", r -> r.key().equals(officer.toString()), 1, Duration.ofSeconds(30));
        theOfficer().get("/api/v1/complaints/" + id).then().statusCode(200).body("complainant.idNumber", equalTo(ID_NUMBER));
        Desk.transition(theOfficer(), id, "withdrawal", Map.of("withdrawnOn", "2026-11-05")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        // and the next deactivation counts though dated before the reactivation by a pod whose clock runs behind
        send(new OfficerEvents.OfficerDeactivated(officer, account, AGENCY, 3), deactivatedAt);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> theOfficer().get("/api/v1/complaints/" + id).then().statusCode(403));
    }

    /**
     * An officer record is its agency's: a head elsewhere who made one for the login of a 79.01 staff member and deactivated
     * it took that person's officer powers away here too (red team of session 24). The same login with a token of the
     * record's agency is the deactivated officer.
     */
    @Test
    void aDeactivationCountsForTokensOfTheOfficersOwnAgencyOnly() {
        RequestSpecification staffOf7901 = Desk.asSubject(account, "OFFICER", "79.01");
        staffOf7901.get("/api/v1/complaints").then().statusCode(200);
        send(new OfficerEvents.OfficerDeactivated(officer, account, AGENCY, 1), OffsetDateTime.now().minusMinutes(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> theOfficer().get("/api/v1/complaints").then().statusCode(403));
        Desk.asSubject(account, "OFFICER", "79.01").get("/api/v1/complaints").then().statusCode(200);
    }

    /** Officers' standing comes from the case service only: a forged deactivation (or reactivation) goes to the dead-letter topic. */
    @Test
    void aForgedOfficerEventChangesNobodysStanding() {
        String id = complaintHandledByTheOfficer();
        TopicClient topics = new TopicClient(bootstrapServers);
        var deactivated = new OfficerEvents.OfficerDeactivated(officer, account, AGENCY, 1);
        topics.send("thads.officer-events", officer.toString(), standing(deactivated, "/thads/complaint-service", OffsetDateTime.now()));
        topics.send("thads.officer-events", officer.toString(), standing(deactivated, OfficerEvents.SOURCE, OffsetDateTime.now().plusYears(5)));
        topics.send("thads.officer-events", officer.toString(), standing(new OfficerEvents.OfficerDeactivated(officer, account, "99.99", 1),
                OfficerEvents.SOURCE, OffsetDateTime.now()));
        topics.send("thads.officer-events", officer.toString(), standing(new OfficerEvents.OfficerDeactivated(officer, " ", AGENCY, 1),
                OfficerEvents.SOURCE, OffsetDateTime.now()));

        List<ConsumerRecord<String, String>> dead = topics.records("thads.officer-events.dlq", r -> r.key().equals(officer.toString()), 4,
                Duration.ofSeconds(30));
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .hasSize(4)
                .anySatisfy(reason -> assertThat(reason).contains("come only from /thads/case-service"))
                .anySatisfy(reason -> assertThat(reason).contains("in the future"))
                .anySatisfy(reason -> assertThat(reason).contains("Unknown agencyCode 99.99"))
                .anySatisfy(reason -> assertThat(reason).contains("officerSubject must be an account"))
                .noneSatisfy(reason -> assertThat(reason).contains(account));
        theOfficer().get("/api/v1/complaints/" + id).then().statusCode(200).body("complainant.idNumber", equalTo(ID_NUMBER));
    }
}
