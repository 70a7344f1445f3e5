package vn.gov.moj.thads.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.DatabaseTrouble;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.cases.Api.TODAY;

/**
 * A complaint about a case still counts when the database fails under its consumer for a while: the
 * statement cancelled, the connection cut. Before, the consumer's dead-letter strategy set the
 * complaint aside, and the case never became one with many complaints.
 */
@QuarkusTest
class DatabaseTroubleTest {

    private static final Duration BLOCKED = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    @Test
    void aComplaintCountsOnceThoughItsStatementIsCancelledAndItsConnectionCut() throws Exception {
        Api.User head = Api.head("19.05");
        String caseId = Api.open(head, Api.caseBody("19.05", Api.unique("QĐ"), TODAY.minusDays(20), 5_000_000L));
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID complaint = UUID.randomUUID();
        try (DatabaseTrouble trouble = DatabaseTrouble.holding("processed_event")) {
            topics.send("thads.complaint-events", complaint.toString(),
                    ForgedComplaintEventsTest.received(codec, complaint, caseId, ComplaintEvents.SOURCE, TODAY));
            assertThat(trouble.cancelBlockedWriters(BLOCKED)).as("the consumer waits on the held inbox").isPositive();
            assertThat(trouble.cutBlockedWriters(BLOCKED)).as("it came back after the cancel").isPositive();
            assertThat(trouble.awaitBlockedWriter(BLOCKED)).as("it came back after its connection was cut").isTrue();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> head.request().get("/api/v1/cases/" + caseId).then()
                .body("complaintCount", equalTo(1)));
        assertThat(topics.records("thads.complaint-events.dlq", r -> complaint.toString().equals(r.key()), 0, Duration.ofSeconds(2)))
                .as("nothing set aside").isEmpty();
    }
}
