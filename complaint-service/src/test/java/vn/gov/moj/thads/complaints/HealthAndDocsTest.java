package vn.gov.moj.thads.complaints;

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
                .body("checks.name", hasItems("Database connections health check", "Working calendar"))
                .body("checks.name", not(hasItem("Kafka connection health check")))
                .body("checks.findAll { it.name.startsWith('SmallRye Reactive Messaging') }.collect { it.data ?: [:] }.sum() ?: [:]",
                        anEmptyMap())
                .body("checks.find { it.name == 'Working calendar' }.data.coveredThrough", equalTo("2027-12-31"));
    }

    @Test
    void theApiIsDocumented() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("THADS complaint-service"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("thads_calendar_days_remaining"));
    }
}
