package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.reporting.service.ViewLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * Instances of the reporting service share one database: a rebuild on one of them holds the
 * writers of every other out of the view, and a second rebuild anywhere is refused. "Another
 * instance" here is a connection of its own to the same database, holding the advisory locks a
 * rebuild holds ({@link ViewLock}).
 */
@QuarkusTest
class SeveralInstancesTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void aRebuildOnAnotherInstanceRefusesASecondOne() throws Exception {
        try (Connection otherInstance = OtherInstance.connect()) {
            lock(otherInstance, ViewLock.REBUILD);
            as("MINISTRY", "VN").post("/api/v1/reports/rebuild").then().statusCode(409)
                    .body("type", equalTo("urn:thads:problem:rebuild-running"));
        }
    }

    /**
     * Longer than the Kafka connector's own watch (60 s by default), which closed a consumer whose
     * record waited that long unacknowledged: the live feed then stopped for good (session 11 saw the
     * second case below never counted), and a national rebuild takes minutes.
     */
    private static final long REBUILD_HOLDS_FOR_MS = 70_000;

    @Test
    void aRebuildOnAnotherInstanceHoldsTheLiveConsumersUntilItCommitsHoweverLongItTakes() throws Exception {
        try (Connection otherInstance = OtherInstance.connect()) {
            lock(otherInstance, ViewLock.VIEW);
            // An Giang (91): 20M new; the event is on the topic, but the view is held
            new CaseStory(codec, new TopicClient(bootstrapServers), "91", LocalDate.parse("2025-10-20"), 20 * M);
            Thread.sleep(REBUILD_HOLDS_FOR_MS);
            report().body("money.accepted", equalTo(0));
            try (PreparedStatement unlock = otherInstance.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, ViewLock.VIEW);
                unlock.execute();
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report().body("money.accepted", equalTo(20_000_000)));
        // the live feed goes on after the long hold
        new CaseStory(codec, new TopicClient(bootstrapServers), "91", LocalDate.parse("2025-10-21"), 5 * M);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report().body("money.accepted", equalTo(25_000_000)));
    }

    private static void lock(Connection connection, long key) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
        }
    }

    private static io.restassured.response.ValidatableResponse report() {
        return as("MINISTRY", "VN").queryParam("orgUnit", "91").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }
}
