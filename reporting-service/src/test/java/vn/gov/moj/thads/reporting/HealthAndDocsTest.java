package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thads.deploy.testing.ServiceEndpointsContract;

import java.util.Set;

@QuarkusTest
class HealthAndDocsTest extends ServiceEndpointsContract {

    @Override
    protected String apiTitle() {
        return "THADS reporting-service";
    }

    /** A report: its timing is a metric an alert reads. */
    @Override
    protected void answerARequest() {
        EnforcementFiguresTest.as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }

    /** The reporting service publishes no events: the outbox's age is the others'. */
    @Override
    protected Set<String> alertMetricsExportedElsewhere() {
        return Set.of("thads_outbox_oldest_age_seconds");
    }
}
