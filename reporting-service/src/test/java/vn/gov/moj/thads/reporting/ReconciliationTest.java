package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * Reconciliation needs the case service; none runs beside this module's tests (the system tests
 * reconcile against the real one), so here: the scope is checked first, and a case service that
 * does not answer gives a 503 problem, never a 500.
 */
@QuarkusTest
class ReconciliationTest {

    @Test
    void outsideTheScopeIsRefusedBeforeAskingTheCaseService() {
        as("AGENCY_HEAD", "01.03").queryParam("orgUnit", "01.02").get("/api/v1/reports/reconciliation").then().statusCode(403);
        as("MINISTRY", "VN").get("/api/v1/reports/reconciliation").then().statusCode(400);
    }

    @Test
    void aCaseServiceThatDoesNotAnswerGivesAProblem() {
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").get("/api/v1/reports/reconciliation").then().statusCode(503)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("case-service-unavailable"));
    }
}
