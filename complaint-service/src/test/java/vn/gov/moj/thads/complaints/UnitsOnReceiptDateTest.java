package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * Jurisdiction with the org units of the receipt date, through the API (issue 11, example 1): a
 * petition entered late or migrated lands exactly as it was.
 */
@QuarkusTest
class UnitsOnReceiptDateTest {

    @Test
    void aComplaintReceivedAtHaNamIn2017AboutAHaNamOfficerIsWithinHaNam() {
        // recorded today by Ninh Bình (37), which holds Hà Nam's (35) records since 2025-07-01
        var body = Desk.complaintOn("2017-05-02", "35", "OFFICER", "35", "BEFORE_MEASURES", "2017-04-25");
        String id = Desk.receive("OFFICER", "37", body).statusCode(201)
                .body("competentAgencyCode", equalTo("35"))
                .body("jurisdiction", equalTo("WITHIN"))
                // Tue 2 May 2017 (itself the day off for Sunday 30 April) +5 wd: Wed 3, Thu 4, Fri 5, Mon 8, Tue 9
                .body("acceptBy", equalTo("2017-05-09"))
                // +15 days = Wed 24 May
                .body("resolveBy", equalTo("2017-05-24"))
                // act Tue 25 April +15 = Wed 10 May: in time
                .body("lateFiling", equalTo(false))
                .extract().path("id");
        // the head of Ninh Bình resolves what is left of Hà Nam's petitions
        Desk.transition("AGENCY_HEAD", "37", id, "acceptance", Map.of("acceptedOn", "2017-05-08")).statusCode(200)
                .body("resolveBy", equalTo("2017-05-23"));
        // review of session 20: the petitioner tracking it was sent to Hà Nam, which has not existed since 1 July 2025
        String code = Desk.as("AGENCY_HEAD", "37").get("/api/v1/complaints/" + id).then().statusCode(200).extract().path("trackingCode");
        io.restassured.RestAssured.given().get("/api/v1/public/complaints/" + code).then().statusCode(200)
                .body("competentAgencyCode", equalTo("37")).body("competentAgencyName", equalTo("Ninh Bình"));
        // decided by Ninh Bình's head after the merger: still Ninh Bình's (it named Hà Nam again once decided)
        Desk.transition("AGENCY_HEAD", "37", id, "resolution", Map.of("decision", "REJECTED", "decisionNumber", "07/QĐ-GQKN",
                "decisionDate", "2026-11-30", "summary", "Khiếu nại không có căn cứ")).statusCode(200);
        io.restassured.RestAssured.given().get("/api/v1/public/complaints/" + code).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("competentAgencyCode", equalTo("37"))
                .body("competentAgencyName", equalTo("Ninh Bình"));
    }

    @Test
    void aUnitMergedAwayBeforeTheReceiptIsReplacedByItsSuccessor() {
        // received 1 August 2025 at Ninh Bình about an act of a (former) Hà Nam officer
        var body = Desk.complaintOn("2025-08-01", "37", "OFFICER", "35", "BEFORE_MEASURES", null);
        Desk.receive("OFFICER", "37", body).statusCode(201)
                .body("competentAgencyCode", equalTo("37"))
                .body("jurisdiction", equalTo("WITHIN"))
                .body("subject.agencyCode", equalTo("35"));
        // and the day before the merger, Hà Nam was still itself
        var before = Desk.complaintOn("2025-06-30", "37", "OFFICER", "35", "BEFORE_MEASURES", null);
        String id = Desk.receive("OFFICER", "37", before).statusCode(201)
                .body("competentAgencyCode", equalTo("35"))
                .body("jurisdiction", equalTo("OUT_OF_JURISDICTION")).extract().path("id");
        // after the merger Ninh Bình holds Hà Nam's petitions: a transfer would be to itself; its head accepts it
        Desk.transition("OFFICER", "37", id, "transfer", Map.of("transferredOn", "2025-07-02")).statusCode(422)
                .body("type", equalTo("urn:thads:problem:no-transfer-needed"));
        Desk.transition("AGENCY_HEAD", "37", id, "acceptance", Map.of("acceptedOn", "2025-07-02")).statusCode(200);
    }

    @Test
    void aPetitionRecordedAtAUnitThatNoLongerExistedOnItsReceiptDateIsRefused() {
        var body = Desk.complaintOn("2025-08-01", "35", "OFFICER", "35", "BEFORE_MEASURES", null);
        Desk.receive("OFFICER", "37", body).statusCode(422)
                .body("type", equalTo("urn:thads:problem:unit-closed-on-receipt-date"))
                .body("successorAgencyCode", equalTo("37"))
                .body("successorAgencyName", equalTo("Ninh Bình"))
                .body("closedOn", equalTo("2025-06-30"));
        // nor at a unit not created yet
        var early = Desk.complaintOn("2017-05-02", "19.05", "OFFICER", "19.05", "BEFORE_MEASURES", null);
        Desk.receive("OFFICER", "19.05", early).statusCode(422)
                .body("type", equalTo("urn:thads:problem:unit-not-open-on-receipt-date"))
                .body("field", equalTo("filedAtAgencyCode"));
        var aboutANewUnit = Desk.complaintOn("2017-05-02", "19.90", "OFFICER", "19.05", "BEFORE_MEASURES", null);
        Desk.receive("OFFICER", "19.05", aboutANewUnit).statusCode(422)
                .body("type", equalTo("urn:thads:problem:unit-not-open-on-receipt-date"))
                .body("field", equalTo("subject.agencyCode"));
    }

    @Test
    void aReceiptBeforeEveryRuleSetIsRefused() {
        var body = Desk.complaintOn("2015-06-30", "19", "OFFICER", "19", "BEFORE_MEASURES", null);
        Desk.receive("AGENCY_HEAD", "19", body).statusCode(422)
                .body("type", equalTo("urn:thads:problem:no-rule-in-force"))
                .body("firstEffective", equalTo("2015-07-01"));
    }
}
