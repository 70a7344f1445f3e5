package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class HealthAndDocsTest {

    @Test
    /** Kafka away: the outbox keeps the events and reads need nothing of it, so no instance leaves service for it. */
    void readinessIsTheDatabaseNotKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")))
                .body("checks.findAll { it.name.startsWith('SmallRye Reactive Messaging') }.collect { it.data ?: [:] }.sum() ?: [:]",
                        anEmptyMap());
    }

    @Test
    void theApiIsDocumented() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("THADS reporting-service"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    /**
     * Every metric an alert of deploy/kubernetes/monitoring reads is exported under that name
     * (all but the outbox's age: the reporting service publishes no events), once the service has
     * answered a request and its Kafka consumer has connected.
     */
    @Test
    void everyMetricTheAlertsReadIsExported() {
        vn.gov.moj.thads.deploy.testing.AlertRules rules = vn.gov.moj.thads.deploy.testing.AlertRules.from(java.nio.file.Path.of(".."));
        EnforcementFiguresTest.as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> org.assertj.core.api.Assertions
                .assertThat(rules.missingFrom(given().when().get("/q/metrics").then().statusCode(200).extract().asString(),
                        java.util.Set.of("thads_outbox_oldest_age_seconds"))).isEmpty());
    }
}
