package vn.gov.moj.thads.platform;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thads.deploy.testing.ServiceEndpointsContract;

import java.util.Set;

import static io.restassured.RestAssured.given;

/** The shared library's probe application answers as each service does: the contract holds in the library itself. */
@QuarkusTest
class HealthAndDocsTest extends ServiceEndpointsContract {

    @Override
    protected String apiTitle() {
        return "THADS platform probes";
    }

    @Override
    protected void answerARequest() {
        given().when().get("/api/v1/probes/unreachable-database").then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void theProbesAreDocumented() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/v1/probes"));
    }

    /** The reports' timings are the reporting service's. */
    @Override
    protected Set<String> alertMetricsExportedElsewhere() {
        return Set.of("thads_report_seconds_bucket");
    }
}
