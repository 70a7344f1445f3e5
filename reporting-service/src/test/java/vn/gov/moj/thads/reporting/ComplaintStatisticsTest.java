package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Complaint statistics of Quảng Ninh (22), from events whose expected counts are listed here. */
@QuarkusTest
class ComplaintStatisticsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void receivedAcceptedResolvedOnTimeOverLevelRepeatAndOverdue() {
        TopicClient topics = new TopicClient(bootstrapServers);
        LocalDate day = LocalDate.parse("2026-03-02");
        // 1: complaint, accepted, rejected on time
        UUID first = UUID.randomUUID();
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(facts(first, "COMPLAINT", "WITHIN", "RECEIVED", false, day)));
        send(topics, "ComplaintAccepted", new ComplaintEvents.ComplaintAccepted(facts(first, "COMPLAINT", "WITHIN", "ACCEPTED", false, day), day.plusDays(2)));
        send(topics, "ComplaintResolved", new ComplaintEvents.ComplaintResolved(facts(first, "COMPLAINT", "WITHIN", "RESOLVED", false, day),
                "REJECTED", day.plusDays(10), true));
        // 2: the same person again, filed over-level (at the national agency), still waiting there (due long ago): late at
        // the national agency's desk, which has not sent it down, not at 22 (aPetitionWaitingAtADeskNotCompetent…)
        UUID second = UUID.randomUUID();
        var repeat = facts(second, "COMPLAINT", "OVER_LEVEL", "RECEIVED", true, day);
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(repeat));
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(repeat)); // redelivered as a new event about the same petition: still one petition
        // 3: a denunciation received after the period
        UUID later = UUID.randomUUID();
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(facts(later, "DENUNCIATION", "WITHIN", "RECEIVED", false, day.plusMonths(2))));
        // 4: a complaint received at 22, still waiting (due long ago): overdue
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(facts(UUID.randomUUID(), "COMPLAINT", "WITHIN", "RECEIVED", false, day)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> stats().body("received", equalTo(3)).body("resolved", equalTo(1)));
        stats().body("receivedByType.COMPLAINT", equalTo(3))
                .body("accepted", equalTo(1))
                .body("resolvedByDecision.REJECTED", equalTo(1))
                .body("resolvedOnTime", equalTo(1))
                .body("overLevel", equalTo(1))
                .body("overdue", equalTo(1));
        EnforcementFiguresTest.as("STATISTICS_CLIENT", "VN").queryParam("orgUnit", "22").queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/reports/complaints").then().statusCode(200).body("repeat", equalTo(1));
    }

    /**
     * The attack: someone who may record petitions keys in a suspect's ID number in a "denunciation" about an officer
     * and reads the repeat count of the officer's office before and after. Only those who record none are told it: not
     * the office's head, who may be the officer denounced (a head acts as an enforcement officer too).
     */
    @Test
    void whoDenouncedBeforeIsNotLearntFromTheRepeatCount() {
        TopicClient topics = new TopicClient(bootstrapServers);
        LocalDate day = LocalDate.parse("2026-04-06");
        UUID first = UUID.randomUUID();
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(officeFacts(first, false, day)), "25.02");
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(officeFacts(UUID.randomUUID(), true, day.plusDays(1))), "25.02");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> office("AGENCY_HEAD", "25.02", "25.02").body("received", equalTo(2)));
        office("STATISTICS_CLIENT", "VN", "25.02").body("repeat", equalTo(1));
        office("PROVINCE", "25", "25.02").body("repeat", equalTo(1));
        office("PROVINCE", "25", "25").body("repeat", equalTo(1));
        // they may record petitions: told everything but the repeats
        office("AGENCY_HEAD", "25.02", "25.02").body("received", equalTo(2)).body("repeat", nullValue());
        office("MINISTRY", "VN", "25.02").body("received", equalTo(2)).body("repeat", nullValue());
        office("AGENCY_HEAD", "25", "25.02").body("received", equalTo(2)).body("repeat", nullValue());
        office("AGENCY_HEAD", "25", "25").body("repeat", nullValue());
        office("AGENCY_HEAD", "25.01", "25").statusCode(403);
    }

    /**
     * Events published before {@code repeat} existed carried {@code repeatOf}, the earlier petition's id, instead; they stay
     * on the topic (a rebuild reads them again) and still count as repeats. Office 25.02 in June 2026: the first
     * denunciation, one in the old shape naming it, one in the new shape: 3 received, 2 repeats.
     */
    @Test
    void aRepeatPublishedBeforeTheFlagExistedStillCounts() {
        TopicClient topics = new TopicClient(bootstrapServers);
        LocalDate day = LocalDate.parse("2026-06-01");
        UUID first = UUID.randomUUID();
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(officeFacts(first, false, day)), "25.02");
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode) codec.tree(
                new ComplaintEvents.ComplaintReceived(officeFacts(UUID.randomUUID(), false, day.plusDays(1))));
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.path("facts")).put("repeatOf", first.toString()).remove("repeat");
        send(topics, "ComplaintReceived", old, "25.02");
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(officeFacts(UUID.randomUUID(), true, day.plusDays(2))), "25.02");
        java.util.function.Supplier<io.restassured.response.ValidatableResponse> june = () -> EnforcementFiguresTest
                .as("STATISTICS_CLIENT", "VN").queryParam("orgUnit", "25.02").queryParam("from", "2026-06-01")
                .queryParam("to", "2026-06-30").get("/api/v1/reports/complaints").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> june.get().body("received", equalTo(3)));
        june.get().body("repeat", equalTo(2));
    }

    @Test
    void aPetitionWithdrawnByALetterDatedBeforeItsAcceptanceIsNotOverdueLater() {
        // Lai Châu (12): a complaint received on 4 May 2026 (to be accepted by 11 May), accepted on 12 May (to be resolved
        // by 11 June); the petitioner's withdrawal letter, dated 8 May, is recorded after the acceptance
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID id = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-05-04");
        var waiting = coercionComplaint(id, received, "12", "12", "RECEIVED", "2026-05-11", "2026-06-11");
        var accepted = coercionComplaint(id, received, "12", "12", "ACCEPTED", "2026-05-11", "2026-06-11");
        var withdrawn = coercionComplaint(id, received, "12", "12", "WITHDRAWN", "2026-05-11", "2026-06-11");
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(waiting), "12");
        send(topics, "ComplaintAccepted", new ComplaintEvents.ComplaintAccepted(accepted, LocalDate.parse("2026-05-12")), "12");
        send(topics, "ComplaintWithdrawn", new ComplaintEvents.ComplaintWithdrawn(withdrawn, LocalDate.parse("2026-05-08")), "12");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("12", "2026-05-01", "2026-05-31").body("withdrawn", equalTo(1)));
        // withdrawn in May (dated 8 May), accepted in May; in July, past the 11 June it would have been due by, not overdue
        statistics("12", "2026-05-01", "2026-05-31").body("received", equalTo(1)).body("accepted", equalTo(1)).body("overdue", equalTo(0));
        statistics("12", "2026-07-01", "2026-07-31").body("overdue", equalTo(0));
        statistics("12", "2026-11-01", "2026-11-30").body("overdue", equalTo(0));
    }

    @Test
    void anExtensionCountsFromTheDayItWasDecidedNotTheDayItWasTypedIn() {
        // Sơn La (14): a denunciation received on 20 February 2026, accepted on Friday 27 February, due by Monday 30 March;
        // its head extended it to Wednesday 29 April by a decision of 26 March, typed in only now
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID id = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-02-20");
        java.util.function.BiFunction<String, LocalDate, ComplaintEvents.ComplaintFacts> facts = (status, resolveBy) ->
                new ComplaintEvents.ComplaintFacts(id, "DENUNCIATION", "IN_PERSON", received, "14", "14", "WITHIN", status, null,
                        "OFFICER", null, 1, false, LocalDate.parse("2026-02-27"), resolveBy);
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(facts.apply("RECEIVED", null)), "14");
        send(topics, "ComplaintAccepted", new ComplaintEvents.ComplaintAccepted(facts.apply("ACCEPTED", LocalDate.parse("2026-03-30")),
                LocalDate.parse("2026-02-27")), "14");
        send(topics, "ComplaintExtended", new ComplaintEvents.ComplaintExtended(facts.apply("ACCEPTED", LocalDate.parse("2026-04-29")),
                LocalDate.parse("2026-04-29"), "COMPLEX", LocalDate.parse("2026-03-26")), "14");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("14", "2026-05-01", "2026-05-31").body("overdue", equalTo(1)));
        // at the end of March it was within its extended limit (typed in only now, it counted overdue there); at the end
        // of April, past 29 April
        statistics("14", "2026-03-01", "2026-03-31").body("overdue", equalTo(0));
        statistics("14", "2026-04-01", "2026-04-30").body("overdue", equalTo(1));
    }

    @Test
    void aPetitionTransferredAfterTheMergerStaysInTheMonthsCountedBeforeIt() {
        // A complaint about an officer of Phủ Lý (35.01), filed at Hà Nam's provincial agency (35) on Monday 12 May 2025
        // and to be accepted by 19 May; still waiting when Hà Nam merged into Ninh Bình on 1 July; transferred on
        // 4 August 2025 to 37.02, the unit that took over 35.01's records, which accepted it on 6 August
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID id = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2025-05-12");
        var waiting = coercionComplaint(id, received, "35", "35.01", "RECEIVED", "2025-05-19", "2025-06-18");
        // sent on 4 August: to be accepted by 11 August, then resolved by 5 September
        var transferred = coercionComplaint(id, received, "35", "37.02", "TRANSFERRED", "2025-08-11", "2025-09-10");
        var accepted = coercionComplaint(id, received, "35", "37.02", "ACCEPTED", "2025-08-11", "2025-09-05");
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(waiting), "35");
        send(topics, "ComplaintTransferred", new ComplaintEvents.ComplaintTransferred(transferred, "35", "37.02",
                LocalDate.parse("2025-08-04")), "37");
        send(topics, "ComplaintAccepted", new ComplaintEvents.ComplaintAccepted(accepted, LocalDate.parse("2025-08-06")), "37.02");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("37", "2025-08-01", "2025-08-31").body("accepted", equalTo(1)));
        // Hà Nam's May and June as they were signed: received in May at 35.01, overdue at the end of June (not accepted by 19 May)
        statistics("35", "2025-05-01", "2025-05-31").body("received", equalTo(1)).body("receivedByType.COMPLAINT", equalTo(1))
                .body("overdue", equalTo(1));
        statistics("35", "2025-06-01", "2025-06-30").body("received", equalTo(0)).body("overdue", equalTo(1));
        // Ninh Bình: in July the waiting petition of the closed 35.01 is its own (overdue); in August transferred to and
        // accepted by 37.02, not received there
        statistics("37", "2025-07-01", "2025-07-31").body("overdue", equalTo(1)).body("received", equalTo(0));
        statistics("37", "2025-08-01", "2025-08-31").body("transferred", equalTo(1)).body("accepted", equalTo(1))
                .body("received", equalTo(0)).body("overdue", equalTo(0));
        statistics("37", "2025-05-01", "2025-05-31").body("received", equalTo(0)).body("overdue", equalTo(0));

        // a second one like it, transferred to 37.02 on 4 August; the petitioner's withdrawal letter, dated 20 June 2025
        // while Hà Nam held it, recorded after the transfer: a withdrawal in Hà Nam's June, none in any unit of Ninh Bình's
        UUID withdrawnId = UUID.randomUUID();
        java.util.function.BiFunction<String, String, ComplaintEvents.ComplaintFacts> second = (status, competent) ->
                coercionComplaint(withdrawnId, received, "35", competent, status, "2025-05-19", "2025-06-18");
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(second.apply("RECEIVED", "35.01")), "35");
        send(topics, "ComplaintTransferred", new ComplaintEvents.ComplaintTransferred(second.apply("TRANSFERRED", "37.02"), "35", "37.02",
                LocalDate.parse("2025-08-04")), "37");
        send(topics, "ComplaintWithdrawn", new ComplaintEvents.ComplaintWithdrawn(second.apply("WITHDRAWN", "37.02"),
                LocalDate.parse("2025-06-20")), "37.02");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("35", "2025-06-01", "2025-06-30").body("withdrawn", equalTo(1)));
        // Hà Nam's June: the first still overdue, the second withdrawn on the 20th (not overdue at the month's end)
        statistics("35", "2025-06-01", "2025-06-30").body("overdue", equalTo(1));
        statistics("37.02", "2025-06-01", "2025-06-30").body("withdrawn", equalTo(0));
        statistics("37", "2025-06-01", "2025-06-30").body("withdrawn", equalTo(0));
        // and in August only its transfer: transferred 2, accepted 1 (the first), withdrawn 0
        statistics("37", "2025-08-01", "2025-08-31").body("transferred", equalTo(2)).body("accepted", equalTo(1)).body("withdrawn", equalTo(0));
    }

    /**
     * The attack (red team of session 26): a desk anywhere records a petition about another province's officer, outside its
     * own jurisdiction, back-dated, and leaves it there. The competent agency's 5 working days to accept start when it
     * receives it (domain.md §4); until the transfer the 5 working days are the desk's, to send it on (Thông tư
     * 13/2021/TT-BTP art. 8). Received at Hải Phòng's agency (31) on Monday 5 January 2026 about an officer of Đắk Lắk's
     * (66), to be sent on by 12 January; sent on 2 February, to be accepted by 9 February; still waiting at the end of
     * February.
     */
    @Test
    void aPetitionWaitingAtADeskNotCompetentIsOverdueAtThatDeskNotAtTheCompetentAgency() {
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID id = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-01-05");
        java.util.function.BiFunction<String, String, ComplaintEvents.ComplaintFacts> at = (status, acceptBy) ->
                atTheDeskOf31(id, received, status, acceptBy);
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(at.apply("RECEIVED", "2026-01-12")), "31");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("66", "2026-01-01", "2026-01-31").body("received", equalTo(1)));
        // January: received by the figures of the agency competent for it, late at the desk that has not sent it on
        statistics("66", "2026-01-01", "2026-01-31").body("overdue", equalTo(0));
        statistics("31", "2026-01-01", "2026-01-31").body("overdue", equalTo(1)).body("received", equalTo(0));

        send(topics, "ComplaintTransferred", new ComplaintEvents.ComplaintTransferred(at.apply("TRANSFERRED", "2026-02-09"), "31", "66",
                LocalDate.parse("2026-02-02")), "66");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("66", "2026-02-01", "2026-02-28").body("transferred", equalTo(1)));
        // February: sent on, then late at the competent agency; January as it was
        statistics("66", "2026-02-01", "2026-02-28").body("overdue", equalTo(1));
        statistics("31", "2026-02-01", "2026-02-28").body("overdue", equalTo(0));
        statistics("66", "2026-01-01", "2026-01-31").body("overdue", equalTo(0));
        statistics("31", "2026-01-01", "2026-01-31").body("overdue", equalTo(1));
    }

    /**
     * Review of session 26: the desk sent the petition on, and recorded it weeks later dated back; the competent agency
     * records the day it actually arrived, and its 5 working days run from then. Dated at the arrival, its due date changed
     * only from the arrival on, so the weeks between the back date and the arrival stayed overdue there. Received at 31 on
     * Monday 6 April 2026 about an officer of 66; transferred on 20 April (to accept by 27 April); arrived on 1 June (to
     * accept by 8 June); still waiting.
     */
    @Test
    void aTransferredPetitionIsDueAtTheCompetentAgencyFromItsArrivalNotItsBackDatedTransfer() {
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID id = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-04-06");
        java.util.function.BiFunction<String, String, ComplaintEvents.ComplaintFacts> at = (status, acceptBy) ->
                atTheDeskOf31(id, received, status, acceptBy);
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(at.apply("RECEIVED", "2026-04-13")), "31");
        send(topics, "ComplaintTransferred", new ComplaintEvents.ComplaintTransferred(at.apply("TRANSFERRED", "2026-04-27"), "31", "66",
                LocalDate.parse("2026-04-20")), "66");
        send(topics, "ComplaintTransferReceived", new ComplaintEvents.ComplaintTransferReceived(at.apply("TRANSFERRED", "2026-06-08"),
                LocalDate.parse("2026-06-01")), "66");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statistics("66", "2026-06-01", "2026-06-30").body("overdue", equalTo(1)));
        statistics("66", "2026-04-01", "2026-04-30").body("overdue", equalTo(0)).body("transferred", equalTo(1));
        statistics("66", "2026-05-01", "2026-05-31").body("overdue", equalTo(0));
        statistics("31", "2026-04-01", "2026-04-30").body("overdue", equalTo(0));
    }

    /** A complaint about an officer of 66 received by post at 31's desk, as of one of its events. */
    private static ComplaintEvents.ComplaintFacts atTheDeskOf31(UUID id, LocalDate received, String status, String acceptBy) {
        return new ComplaintEvents.ComplaintFacts(id, "COMPLAINT", "POST", received, "31", "66", "OUT_OF_JURISDICTION", status, null,
                "OFFICER", "COERCION", 1, false, LocalDate.parse(acceptBy), LocalDate.parse(acceptBy).plusDays(30));
    }

    /** The complaint statistics of {@code orgUnit} from {@code from} to {@code to}, as the statistics system reads them. */
    private static io.restassured.response.ValidatableResponse statistics(String orgUnit, String from, String to) {
        return EnforcementFiguresTest.as("STATISTICS_CLIENT", "VN").queryParam("orgUnit", orgUnit).queryParam("from", from)
                .queryParam("to", to).get("/api/v1/reports/complaints").then().statusCode(200);
    }

    /** A first complaint about an officer's coercion, filed in person at {@code filedAt}, as of one of its events. */
    private static ComplaintEvents.ComplaintFacts coercionComplaint(UUID id, LocalDate received, String filedAt, String competent,
                                                                    String status, String acceptBy, String resolveBy) {
        return new ComplaintEvents.ComplaintFacts(id, "COMPLAINT", "IN_PERSON", received, filedAt, competent, "WITHIN", status, null,
                "OFFICER", "COERCION", 1, false, LocalDate.parse(acceptBy), LocalDate.parse(resolveBy));
    }

    private static io.restassured.response.ValidatableResponse office(String role, String agency, String orgUnit) {
        return EnforcementFiguresTest.as(role, agency).queryParam("orgUnit", orgUnit).queryParam("from", "2026-04-01")
                .queryParam("to", "2026-04-30").get("/api/v1/reports/complaints").then();
    }

    /** A denunciation about an officer of office 25.02, received there. */
    private static ComplaintEvents.ComplaintFacts officeFacts(UUID id, boolean repeat, LocalDate received) {
        return new ComplaintEvents.ComplaintFacts(id, "DENUNCIATION", "IN_PERSON", received, "25.02", "25.02", "WITHIN", "RECEIVED", null,
                "OFFICER", null, 1, repeat, received.plusDays(10), received.plusDays(40));
    }

    private io.restassured.response.ValidatableResponse stats() {
        return EnforcementFiguresTest.as("MINISTRY", "VN").queryParam("orgUnit", "22").queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/reports/complaints").then().statusCode(200);
    }

    private static ComplaintEvents.ComplaintFacts facts(UUID id, String type, String jurisdiction, String status, boolean repeat, LocalDate received) {
        return new ComplaintEvents.ComplaintFacts(id, type, "IN_PERSON", received, jurisdiction.equals("OVER_LEVEL") ? "VN" : "22",
                "22", jurisdiction, status, null, "OFFICER", "COERCION", 1, repeat, received.plusDays(7), received.plusDays(37));
    }

    private void send(TopicClient topics, String type, Record data) {
        send(topics, type, data, "22");
    }

    private void send(TopicClient topics, String type, Record data, String agency) {
        send(topics, type, codec.tree(data), agency);
    }

    private void send(TopicClient topics, String type, com.fasterxml.jackson.databind.JsonNode data, String agency) {
        UUID id = UUID.fromString(data.path("facts").path("complaintId").asText());
        EventEnvelope event = EventEnvelope.of(ComplaintEvents.SOURCE, type, 1, id.toString(), agency, agency.substring(0, 2),
                OffsetDateTime.now(), data);
        topics.send("thads.complaint-events", id.toString(), codec.write(event));
    }
}
