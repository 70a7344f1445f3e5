package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** A transfer restarts the acceptance clock at the competent agency (issue 11, example 4). */
@QuarkusTest
class TransfersTest {

    @Test
    void theCompetentAgencyHasFiveWorkingDaysFromItsOwnReceipt() {
        // received Mon 2 November 2026 at 19.01 about an officer of 19.05
        String id = Desk.receive("OFFICER", "19.01", Desk.complaintOn("2026-11-02", "19.01", "OFFICER", "19.05", "COERCION", null))
                .statusCode(201).body("jurisdiction", equalTo("OUT_OF_JURISDICTION"))
                .body("acceptBy", equalTo("2026-11-09")).extract().path("id");
        // transferred Fri 13 November, into 19.05's inbox that day: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20
        Desk.transition("OFFICER", "19.01", id, "transfer", Map.of("transferredOn", "2026-11-13")).statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferredToAgencyCode", equalTo("19.05"))
                .body("competentReceivedOn", equalTo("2026-11-13"))
                .body("acceptBy", equalTo("2026-11-20"));
        // it actually arrived on Tue 17 November: Wed 18, Thu 19, Fri 20, Mon 23, Tue 24
        Desk.transition("OFFICER", "19.05", id, "transfer-receipt", Map.of("receivedOn", "2026-11-12")).statusCode(422)
                .body("type", equalTo("urn:thads:problem:date-out-of-range"));
        Desk.transition("OFFICER", "19.01", id, "transfer-receipt", Map.of("receivedOn", "2026-11-17")).statusCode(403);
        Desk.transition("OFFICER", "19.05", id, "transfer-receipt", Map.of("receivedOn", "2026-11-17")).statusCode(200)
                .body("competentReceivedOn", equalTo("2026-11-17"))
                .body("acceptBy", equalTo("2026-11-24"));
        Desk.transition("AGENCY_HEAD", "19.05", id, "acceptance", Map.of("acceptedOn", "2026-11-16")).statusCode(422)
                .body("type", equalTo("urn:thads:problem:date-out-of-range"));
        // accepted Wed 18 November: coercion, +30 = Fri 18 December
        Desk.transition("AGENCY_HEAD", "19.05", id, "acceptance", Map.of("acceptedOn", "2026-11-18")).statusCode(200)
                .body("resolveBy", equalTo("2026-12-18"));
    }
}
