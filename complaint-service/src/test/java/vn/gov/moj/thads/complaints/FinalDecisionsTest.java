package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Final decisions (issue 11, example 2) and the second complaint's dates, through the API. */
@QuarkusTest
class FinalDecisionsTest {

    private static Map<String, Object> secondAfter(String firstId, String filedAt, String receivedOn, String decisionReceivedOn) {
        var second = Desk.complaintOn(receivedOn, filedAt, "OFFICER", null, "BEFORE_MEASURES", null);
        Desk.subject(second).remove("agencyCode"); // the first complaint's subject
        second.put("round", 2);
        Desk.subject(second).remove("officerSubject"); // about the first complaint's officer
        second.put("previousComplaintId", firstId);
        if (decisionReceivedOn != null) {
            second.put("firstDecisionReceivedOn", decisionReceivedOn);
        }
        return Desk.byTheFirstComplainant(second, firstId);
    }

    /**
     * No one in THADS is above the national agency's head (the Minister of Justice decides), and the head cannot decide
     * a petition about themselves: recorded, it would wait for ever, its petitioner seen by no one.
     */
    @Test
    void aPetitionAboutTheNationalAgencysHeadIsRefusedForNoOneHereMayDecideIt() {
        int before = Desk.nationalHead().queryParam("agency", "VN").get("/api/v1/complaints").then().statusCode(200)
                .extract().path("total");
        for (String type : new String[] {"COMPLAINT", "DENUNCIATION"}) {
            var aboutTheHead = Desk.complaintOn("2026-10-05", "VN", "AGENCY_HEAD", "VN", "BEFORE_MEASURES", "2026-10-01");
            aboutTheHead.put("type", type);
            Desk.receive("MINISTRY", "VN", aboutTheHead).statusCode(422)
                    .body("type", equalTo("urn:thads:problem:decided-by-the-minister")).body("field", equalTo("subject.agencyCode"));
        }
        Desk.nationalHead().queryParam("agency", "VN").get("/api/v1/complaints").then().statusCode(200).body("total", equalTo(before));
        // an officer of the national agency is the head's to decide
        var aboutAnOfficer = Desk.complaintOn("2026-10-05", "VN", "OFFICER", "VN", "BEFORE_MEASURES", "2026-10-01");
        Desk.receive("MINISTRY", "VN", aboutAnOfficer).statusCode(201).body("competentAgencyCode", equalTo("VN"));
    }

    @Test
    void theNationalAgencysDecisionOnAComplaintAboutAProvincialHeadIsFinal() {
        var first = Desk.complaintOn("2026-10-05", "VN", "AGENCY_HEAD", "19", "BEFORE_MEASURES", "2026-10-01");
        String id = Desk.receive("MINISTRY", "VN", first).statusCode(201)
                .body("competentAgencyCode", equalTo("VN")).body("jurisdiction", equalTo("WITHIN"))
                .body("finalDecision", equalTo(true)).extract().path("id");
        Desk.acceptAndResolve("VN", id, "2026-10-06", "12/QĐ-TCTHADS", "2026-10-20");

        var second = secondAfter(id, "VN", "2026-10-26", "2026-10-22");
        Desk.subject(second).put("kind", "AGENCY_HEAD");
        Desk.receive("MINISTRY", "VN", second).statusCode(409)
                .body("type", equalTo("urn:thads:problem:final-decision"))
                .body("rule", equalTo("NATIONAL_AGENCY"))
                .body("previousComplaintId", equalTo(id));
    }

    @Test
    void theFirstDecisionOnASecurityMeasureIsFinal() {
        for (String phase : new String[]{"SECURITY_MEASURE", "ACCOUNT_FREEZE"}) {
            var first = Desk.complaintOn("2026-10-05", "19.05", "OFFICER", "19.05", phase, "2026-10-02");
            String id = Desk.receive("OFFICER", "19.05", first).statusCode(201).body("finalDecision", equalTo(true))
                    .extract().path("id");
            Desk.acceptAndResolve("19.05", id, "2026-10-06", "07/QĐ-GQKN", "2026-10-08");
            Desk.receive("AGENCY_HEAD", "19", secondAfter(id, "19", "2026-10-12", "2026-10-09")).statusCode(409)
                    .body("type", equalTo("urn:thads:problem:final-decision"))
                    .body("rule", equalTo("SECURITY_MEASURE"));
        }
    }

    @Test
    void aSecondComplaintRecordsWhenTheFirstDecisionWasReceivedAndItsOwnDecisionIsFinal() {
        var first = Desk.complaintOn("2026-10-05", "19.05", "OFFICER", "19.05", "BEFORE_MEASURES", "2026-10-01");
        String id = Desk.receive("OFFICER", "19.05", first).statusCode(201).body("finalDecision", equalTo(false))
                .extract().path("id");
        Desk.acceptAndResolve("19.05", id, "2026-10-06", "09/QĐ-GQKN", "2026-10-15");

        Desk.receive("AGENCY_HEAD", "19", secondAfter(id, "19", "2026-10-26", null)).statusCode(400)
                .body("errors[0].field", equalTo("firstDecisionReceivedOn"));
        Desk.receive("AGENCY_HEAD", "19", secondAfter(id, "19", "2026-10-26", "2026-10-14")).statusCode(422)
                .body("type", equalTo("urn:thads:problem:date-out-of-range"));
        // decision received Fri 16 October +15 = Sat 31 October: in time until Monday 2 November
        String second = Desk.receive("AGENCY_HEAD", "19", secondAfter(id, "19", "2026-11-02", "2026-10-16")).statusCode(201)
                .body("competentAgencyCode", equalTo("19"))
                .body("lateFiling", equalTo(false))
                .body("finalDecision", equalTo(true))
                // Mon 2 November +5 wd = Mon 9; +30 days = Wed 9 December
                .body("acceptBy", equalTo("2026-11-09"))
                .body("resolveBy", equalTo("2026-12-09"))
                .extract().path("id");
        Desk.receive("AGENCY_HEAD", "19", secondAfter(id, "19", "2026-11-03", "2026-10-16")).statusCode(201)
                .body("lateFiling", equalTo(true));
        // accepted Tue 3 November: +30 = Thu 3 December
        Desk.transition("AGENCY_HEAD", "19", second, "acceptance", Map.of("acceptedOn", "2026-11-03")).statusCode(200)
                .body("resolveBy", equalTo("2026-12-03"));
        Desk.transition("AGENCY_HEAD", "19", second, "resolution", Map.of("decision", "REJECTED", "decisionNumber", "3/QĐ",
                "decisionDate", "2026-11-10", "summary", "Giữ nguyên")).statusCode(200);
        // no third round: the decision on the second complaint is final
        Desk.receive("MINISTRY", "VN", secondAfter(second, "VN", "2026-11-16", "2026-11-12")).statusCode(409)
                .body("type", equalTo("urn:thads:problem:final-decision"))
                .body("rule", equalTo("SECOND_COMPLAINT"));
    }

    @Test
    void eachPhaseHasItsFilingAndResolutionLimit() {
        // account freeze, decision received Thu 23 April 2026: 3 working days = Fri 24, Tue 28, Wed 29
        // (Monday 27 is Hùng Kings' day taken)
        Desk.receive("OFFICER", "19.05", Desk.complaintOn("2026-04-29", "19.05", "OFFICER", "19.05", "ACCOUNT_FREEZE", "2026-04-23"))
                .statusCode(201).body("lateFiling", equalTo(false));
        String freeze = Desk.receive("OFFICER", "19.05",
                        Desk.complaintOn("2026-04-30", "19.05", "OFFICER", "19.05", "ACCOUNT_FREEZE", "2026-04-23"))
                .statusCode(201).body("lateFiling", equalTo(true)).extract().path("id");
        // resolved within 5 working days of the acceptance, Tue 5 May: Wed 6, Thu 7, Fri 8, Mon 11, Tue 12
        Desk.transition("AGENCY_HEAD", "19.05", freeze, "acceptance", Map.of("acceptedOn", "2026-05-05")).statusCode(200)
                .body("resolveBy", equalTo("2026-05-12"));

        // another security measure on Fri 21 August 2026: +10 = Mon 31 August (swapped off), 1-2 September
        // National Day: in time until Thursday 3 September
        String measure = Desk.receive("OFFICER", "19.05",
                        Desk.complaintOn("2026-09-03", "19.05", "OFFICER", "19.05", "SECURITY_MEASURE", "2026-08-21"))
                .statusCode(201).body("lateFiling", equalTo(false)).extract().path("id");
        // resolved within 10 days of Fri 4 September: Mon 14 September
        Desk.transition("AGENCY_HEAD", "19.05", measure, "acceptance", Map.of("acceptedOn", "2026-09-04")).statusCode(200)
                .body("resolveBy", equalTo("2026-09-14"));

        // after coercion, act Fri 16 January 2026: +30 = Sun 15 February, Tết to Fri 20: in time until Mon 23 February
        Desk.receive("OFFICER", "19.05", Desk.complaintOn("2026-02-23", "19.05", "OFFICER", "19.05", "AFTER_COERCION", "2026-01-16"))
                .statusCode(201).body("lateFiling", equalTo(false));
        Desk.receive("OFFICER", "19.05", Desk.complaintOn("2026-02-24", "19.05", "OFFICER", "19.05", "AFTER_COERCION", "2026-01-16"))
                .statusCode(201).body("lateFiling", equalTo(true));
    }
}
