package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import jakarta.inject.Inject;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * What session 19's review found a dishonest insider could do at the desk and with the clocks: a head closing the way to a
 * second complaint about their own decision, staff starting the acceptance clock again and again, the competent head
 * "transferring" a petition to themselves, a ministry user recording at any office's desk, a desk choosing who decides a
 * petition about a known case.
 */
@QuarkusTest
class DeskAndClockAttacksTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    /**
     * The head of 19.05 rejects a first complaint about his office, then records a "first complaint" naming it, accepts and
     * rejects that: before, the complainant's real second complaint was refused as after a decided second complaint (409
     * final-decision), and no one above ever saw it.
     */
    @Test
    void aFirstComplaintCannotNameAnotherSoNoDummyMakesItsDecisionFinal() {
        String first = Desk.receive("OFFICER", "19.05", Desk.complaintOn("2026-10-05", "19.05", "OFFICER", "19.05", "BEFORE_MEASURES",
                "2026-10-01")).statusCode(201).extract().path("id");
        Desk.acceptAndResolve("19.05", first, "2026-10-06", "61/QĐ-GQKN", "2026-10-15");

        var dummy = Desk.complaintOn("2026-10-16", "19.05", "OFFICER", "19.05", "BEFORE_MEASURES", "2026-10-01");
        dummy.put("previousComplaintId", first);
        Desk.receive("AGENCY_HEAD", "19.05", dummy).statusCode(400).body("errors[0].field", equalTo("previousComplaintId"));
        dummy.put("round", 1);
        Desk.receive("AGENCY_HEAD", "19.05", dummy).statusCode(400).body("errors[0].field", equalTo("previousComplaintId"));

        // the complainant's second complaint reaches the province
        var second = Desk.complaintOn("2026-10-26", "19", "OFFICER", null, "BEFORE_MEASURES", null);
        Desk.subject(second).remove("agencyCode");
        second.put("round", 2);
        Desk.subject(second).remove("officerSubject"); // about the first complaint's officer
        second.put("previousComplaintId", first);
        second.put("firstDecisionReceivedOn", "2026-10-16");
        // nor in another name: a second complaint is the first complainant's (a dummy decided above would close the way too)
        second.put("complainant", Map.of("name", "Người Khác", "idNumber", "019199000001"));
        Desk.receive("AGENCY_HEAD", "19", second).statusCode(400).body("errors[0].field", equalTo("complainant"));
        // the same person with a new ID number since the first round (a CCCD for a CMND): the name says who it is
        second.put("complainant", Map.of("name", "LƯƠNG THỊ MAI", "idNumber", "001190000002"));
        Desk.receive("AGENCY_HEAD", "19", second).statusCode(201).body("competentAgencyCode", equalTo("19"));
    }

    /**
     * A colleague of the officer a petition is about records its arrival again every few days: each time the acceptance
     * clock started again, and it was never overdue.
     */
    @Test
    void theArrivalOfATransferredPetitionIsRecordedOnce() {
        String id = Desk.receive("OFFICER", "19.01", Desk.complaintOn("2026-11-02", "19.01", "OFFICER", "19.05", "COERCION", null))
                .statusCode(201).extract().path("id");
        Desk.transition("OFFICER", "19.01", id, "transfer", Map.of("transferredOn", "2026-11-13")).statusCode(200)
                .body("acceptBy", equalTo("2026-11-20"));
        // arrived Tue 17 November: Wed 18, Thu 19, Fri 20, Mon 23, Tue 24
        Desk.transition("OFFICER", "19.05", id, "transfer-receipt", Map.of("receivedOn", "2026-11-17")).statusCode(200)
                .body("acceptBy", equalTo("2026-11-24"));
        Desk.transition("OFFICER", "19.05", id, "transfer-receipt", Map.of("receivedOn", "2026-11-27")).statusCode(409)
                .body("type", equalTo("urn:thads:problem:transfer-arrival-recorded"))
                .body("competentReceivedOn", equalTo("2026-11-17"));
        Desk.as("MINISTRY", "VN").get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("competentReceivedOn", equalTo("2026-11-17")).body("acceptBy", equalTo("2026-11-24"));

        // an arrival first recorded on the day of the transfer (changing nothing) is recorded all the same
        String other = Desk.receive("OFFICER", "19.01", Desk.complaintOn("2026-11-02", "19.01", "OFFICER", "19.05", "COERCION", null))
                .statusCode(201).extract().path("id");
        Desk.transition("OFFICER", "19.01", other, "transfer", Map.of("transferredOn", "2026-11-13")).statusCode(200);
        Desk.transition("OFFICER", "19.05", other, "transfer-receipt", Map.of("receivedOn", "2026-11-13")).statusCode(200)
                .body("acceptBy", equalTo("2026-11-20"));
        Desk.transition("OFFICER", "19.05", other, "transfer-receipt", Map.of("receivedOn", "2026-11-30")).statusCode(409)
                .body("type", equalTo("urn:thads:problem:transfer-arrival-recorded"));
    }

    /**
     * A complaint about the head of 19.05, filed at 19.05, is the province's (19) from the day it was filed; its head reads
     * it from then. Left overdue, "transferred" by that head from 19.05's desk to 19 it had a new acceptance limit.
     */
    @Test
    void theHeadOfTheCompetentAgencyDoesNotTransferAPetitionToThemselves() {
        String id = Desk.receive("OFFICER", "19.05", Desk.complaintOn("2026-11-02", "19.05", "AGENCY_HEAD", "19.05", "BEFORE_MEASURES",
                "2026-10-30")).statusCode(201).body("competentAgencyCode", equalTo("19"))
                .body("jurisdiction", equalTo("OUT_OF_JURISDICTION")).body("acceptBy", equalTo("2026-11-09")).extract().path("id");
        // (refused since session 29 before it is asked whether they receive it: 19's head is not 19.05's desk)
        Desk.transition("AGENCY_HEAD", "19", id, "transfer", Map.of("transferredOn", "2026-11-20")).statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("19.05"));
        Desk.as("MINISTRY", "VN").get("/api/v1/complaints/" + id).then().body("status", equalTo("RECEIVED"))
                .body("acceptBy", equalTo("2026-11-09"));
        // nor does the head of 19.05 it is about, at their own desk: before, 200, the acceptance clock restarted on the
        // date they chose
        Desk.transition("AGENCY_HEAD", "19.05", id, "transfer", Map.of("transferredOn", "2026-11-20")).statusCode(403)
                .body("type", equalTo("urn:thads:problem:subject-of-petition"));
        // the filing desk transfers it, dated the day it did
        Desk.transition("OFFICER", "19.05", id, "transfer", Map.of("transferredOn", "2026-11-03")).statusCode(200)
                .body("transferredToAgencyCode", equalTo("19"));
    }

    /**
     * A ministry user (a statistician, say) added petitions, dated as they liked, to any office's received and overdue
     * counts: the ministry's desk is the national agency's.
     */
    @Test
    void aMinistryUserRecordsPetitionsOnlyAtTheNationalDesk() {
        Desk.receive("MINISTRY", "VN", Desk.complaintOn("2026-11-02", "19.05", "OFFICER", "19.05", "BEFORE_MEASURES", "2026-10-30"))
                .statusCode(403);
        Desk.receive("MINISTRY", "VN", Desk.complaintOn("2026-11-02", "VN", "OFFICER", "19.05", "BEFORE_MEASURES", "2026-10-30"))
                .statusCode(201).body("competentAgencyCode", equalTo("19.05"));
        // nor transfers another desk's petition: about the head of 19 (the national agency decides), filed at 19
        String aboutProvincialHead = Desk.receive("OFFICER", "19", Desk.complaintOn("2026-11-02", "19", "AGENCY_HEAD", "19",
                "BEFORE_MEASURES", "2026-10-30")).statusCode(201).body("competentAgencyCode", equalTo("VN")).extract().path("id");
        Desk.transition("MINISTRY", "VN", aboutProvincialHead, "transfer", Map.of("transferredOn", "2026-11-20")).statusCode(403);
    }

    /**
     * Session 29: the head of a provincial agency recorded a petition as filed at an office's desk weeks ago (403 only for
     * a ministry user until then), which the office then owed as overdue, and transferred an office's petition dated as
     * they liked. The provincial head's desk is the provincial agency's own; the office's staff record and transfer its own.
     */
    @Test
    void theHeadAboveRecordsAndTransfersPetitionsAtItsOwnDeskOnly() {
        // about an officer of 19.02, "received" at 19.05 on 5 October: overdue there since the 12th
        Desk.receive("AGENCY_HEAD", "19", Desk.complaintOn("2026-10-05", "19.05", "OFFICER", "19.02", "BEFORE_MEASURES", "2026-10-01"))
                .statusCode(403).body("detail", org.hamcrest.Matchers.containsString("19.05"));
        Desk.receive("AGENCY_HEAD", "19", Desk.complaintOn("2026-10-05", "19", "OFFICER", "19.02", "BEFORE_MEASURES", "2026-10-01"))
                .statusCode(201).body("filedAtAgencyCode", equalTo("19"));
        // 19.05's own petition: its transfer is 19.05's desk's, on the day it sends it
        String filedBelow = Desk.receive("OFFICER", "19.05", Desk.complaintOn("2026-11-02", "19.05", "OFFICER", "19.02", "BEFORE_MEASURES",
                "2026-10-30")).statusCode(201).extract().path("id");
        Desk.transition("AGENCY_HEAD", "19", filedBelow, "transfer", Map.of("transferredOn", "2026-11-03")).statusCode(403);
        Desk.as("MINISTRY", "VN").get("/api/v1/complaints/" + filedBelow).then().body("status", equalTo("RECEIVED"));
        Desk.transition("OFFICER", "19.05", filedBelow, "transfer", Map.of("transferredOn", "2026-11-03")).statusCode(200)
                .body("transferredToAgencyCode", equalTo("19.02"));
    }

    /** Jurisdiction is derived (domain.md §4): a desk typing another agency than the case's chose who decides it. */
    @Test
    void aPetitionAboutAKnownCaseIsAboutTheCasesAgency() {
        UUID caseId = UUID.randomUUID();
        var facts = new CaseEvents.CaseFacts(caseId, "19.05", "19", "QĐ-" + caseId, Desk.TODAY.minusDays(90), "ON_REQUEST",
                "HAS_CONDITIONS", null, 10_000_000, 0, 10_000_000, List.of(), null, 0);
        new TopicClient(bootstrapServers).send("thads.case-events", caseId.toString(), codec.write(EventEnvelope.of(CaseEvents.SOURCE,
                "CaseOpened", 1, caseId.toString(), "19.05", "19", OffsetDateTime.now(), codec.tree(new CaseEvents.CaseOpened(facts, null)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> Desk.receive("OFFICER", "19.05",
                Desk.complaint("19.05", caseId, "OFFICER", null, "BEFORE_MEASURES")).extract().statusCode() == 201);

        for (String typed : List.of("19.02", "19")) {
            Desk.receive("OFFICER", "19.02", Desk.complaint("19.02", caseId, "OFFICER", typed, "BEFORE_MEASURES")).statusCode(400)
                    .body("errors[0].field", equalTo("subject.agencyCode"));
        }
        Desk.receive("OFFICER", "19.02", Desk.complaint("19.02", caseId, "OFFICER", "19.05", "BEFORE_MEASURES")).statusCode(201)
                .body("competentAgencyCode", equalTo("19.05")).body("jurisdiction", equalTo("OUT_OF_JURISDICTION"));
        // a case the service has not learnt (yet) with a typed agency: nothing could check it
        Desk.receive("OFFICER", "19.02", Desk.complaint("19.02", UUID.randomUUID(), "OFFICER", "19.02", "BEFORE_MEASURES"))
                .statusCode(422).body("type", equalTo("urn:thads:problem:case-not-known"));
    }

    /**
     * After the 2025 merger a case keeps its old office's code: Phủ Lý's (35.01) cases are Ninh Bình office 37.02's, and a
     * petition about the officer now handling one names 37.02.
     */
    @Test
    void aPetitionAboutACaseOfAMergedOfficeNamesTheOfficeThatTookItOver() {
        UUID caseId = UUID.randomUUID();
        var facts = new CaseEvents.CaseFacts(caseId, "35.01", "35", "QĐ-" + caseId, java.time.LocalDate.parse("2025-03-01"), "ON_REQUEST",
                "HAS_CONDITIONS", null, 10_000_000, 0, 10_000_000, List.of(), null, 0);
        new TopicClient(bootstrapServers).send("thads.case-events", caseId.toString(), codec.write(EventEnvelope.of(CaseEvents.SOURCE,
                "CaseOpened", 1, caseId.toString(), "35.01", "35", OffsetDateTime.now(), codec.tree(new CaseEvents.CaseOpened(facts, null)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> Desk.receive("OFFICER", "37.02",
                Desk.complaint("37.02", caseId, "OFFICER", null, "BEFORE_MEASURES")).extract().statusCode() == 201);
        Desk.receive("OFFICER", "37.02", Desk.complaint("37.02", caseId, "OFFICER", "37.02", "BEFORE_MEASURES")).statusCode(201)
                .body("competentAgencyCode", equalTo("37.02")).body("jurisdiction", equalTo("WITHIN"));
    }

    /**
     * A petition filed at Ninh Bình (37) on 20 June 2025 about an officer of Hà Nam (35), transferred to Hà Nam on 25 June,
     * typed in now by Ninh Bình's desk, which holds Hà Nam's records since the merger: no clock of a closed unit to restart.
     */
    @Test
    void aTransferToAUnitClosedSinceIsRecordedByTheDeskThatTookItOver() {
        String id = Desk.receive("OFFICER", "37", Desk.complaintOn("2025-06-20", "37", "OFFICER", "35", "BEFORE_MEASURES", "2025-06-10"))
                .statusCode(201).body("competentAgencyCode", equalTo("35")).extract().path("id");
        Desk.transition("OFFICER", "37", id, "transfer", Map.of("transferredOn", "2025-06-25")).statusCode(200)
                .body("transferredToAgencyCode", equalTo("35"));
        // and cannot then give it a new acceptance limit: Hà Nam received nothing after its last day, 30 June 2025
        Desk.transition("OFFICER", "37", id, "transfer-receipt", Map.of("receivedOn", Desk.TODAY.toString())).statusCode(422)
                .body("type", equalTo("urn:thads:problem:date-out-of-range")).body("errors[0].field", equalTo("receivedOn"));
        Desk.transition("OFFICER", "37", id, "transfer-receipt", Map.of("receivedOn", "2025-06-27")).statusCode(200)
                .body("competentReceivedOn", equalTo("2025-06-27"));
    }
}
