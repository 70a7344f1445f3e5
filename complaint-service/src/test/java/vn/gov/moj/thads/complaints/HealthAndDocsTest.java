package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thads.deploy.testing.ServiceEndpointsContract;

import java.util.Set;

import static io.restassured.RestAssured.given;

@QuarkusTest
class HealthAndDocsTest extends ServiceEndpointsContract {

    @Override
    protected String apiTitle() {
        return "THADS complaint-service";
    }

    @Override
    protected void answerARequest() {
        given().when().get("/api/v1/complaints").then().statusCode(401);
    }

    /** The reports' timings are the reporting service's. */
    @Override
    protected Set<String> alertMetricsExportedElsewhere() {
        return Set.of("thads_report_seconds_bucket");
    }
}
