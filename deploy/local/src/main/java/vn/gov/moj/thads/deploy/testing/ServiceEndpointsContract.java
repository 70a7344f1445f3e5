package vn.gov.moj.thads.deploy.testing;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * What Kubernetes, Prometheus and an integrator rely on from every service's management and documentation
 * endpoints: a service's {@code @QuarkusTest HealthAndDocsTest} extends it and names what is its own.
 */
public abstract class ServiceEndpointsContract {

    /** The OpenAPI document's {@code info.title}. */
    protected abstract String apiTitle();

    /** An anonymous request the service answers (401 or 200), after which its request metrics exist. */
    protected abstract void answerARequest();

    /** The metrics the alerts read that another service exports, not this one. */
    protected abstract Set<String> alertMetricsExportedElsewhere();

    /** Kafka away: the outbox keeps the events and reads need nothing of it, so no instance leaves service for it. */
    @Test
    void readinessIsTheDatabaseNotKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")))
                .body("checks.findAll { it.name.startsWith('SmallRye Reactive Messaging') }.collect { it.data ?: [:] }.sum() ?: [:]",
                        anEmptyMap());
    }

    /** The holidays are configuration that runs out: readiness says until when it holds (the alert warns 180 days before). */
    @Test
    void readinessSaysUntilWhenTheCalendarKnowsTheHolidays() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Working calendar' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Working calendar' }.data.coveredThrough", equalTo("2027-12-31"));
    }

    @Test
    void theApiIsDocumented() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo(apiTitle()));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("thads_calendar_days_remaining"));
    }

    /**
     * Every metric an alert of deploy/kubernetes/monitoring reads is exported under that name (an alert on a misspelt
     * metric never fires, and nothing says so), once the service has answered a request and its Kafka consumers have
     * connected.
     */
    @Test
    void everyMetricTheAlertsReadIsExported() {
        AlertRules rules = AlertRules.from(Path.of(".."));
        answerARequest();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rules.missingFrom(
                given().when().get("/q/metrics").then().statusCode(200).extract().asString(), alertMetricsExportedElsewhere())).isEmpty());
    }
}
