package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.LoggedRecords;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * A record that is not an event goes to the dead-letter topic; the events around it are still applied. A rebuild skips
 * it again, and logs where, not why.
 */
@QuarkusTest
class DeadLetterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheBatchGoesOn() {
        TopicClient topics = new TopicClient(bootstrapServers);
        String key = UUID.randomUUID().toString();
        topics.send("thads.case-events", key, "{not an event");
        // a record without a value (a tombstone, from an operator's tool): before, it stopped the view's channel for good
        String tombstone = UUID.randomUUID().toString();
        topics.send("thads.case-events", tombstone, null);
        // an event of a case no one else uses, dated at Java's earliest time: no date in Vietnam, and before, its
        // DateTimeException stopped the view's channel on it after every restart, and every rebuild
        CaseStory earliest = new CaseStory(codec, topics, "79.03", LocalDate.parse("2024-03-01"), 1_000_000L, false);
        String earliestKey = earliest.id().toString();
        topics.send("thads.case-events", earliestKey, codec.write(earliest.sent.get(0))
                .replaceFirst("\"time\":\"[^\"]+\"", "\"time\":\"-999999999-01-01T00:00:00+18:00\""));
        // terminated within work year 2024, so it is carried into no later year that other tests look at
        new CaseStory(codec, topics, "79.03", LocalDate.parse("2024-03-01"), 7_000_000L).closed("TERMINATED", LocalDate.parse("2024-06-01"));

        assertThat(topics.records("thads.case-events.dlq", r -> key.equals(r.key()), 1, Duration.ofSeconds(30)))
                .extracting(r -> r.value()).containsExactly("{not an event");
        assertThat(topics.records("thads.case-events.dlq", r -> tombstone.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(topics.records("thads.case-events.dlq", r -> earliestKey.equals(r.key()), 1, Duration.ofSeconds(30)))
                .extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .singleElement().asString().contains("before 1990-01-01");
        // the case opened after the poison record is in the view (work year 2024, office 79.03: nothing else there then)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN").queryParam("orgUnit", "79.03")
                .queryParam("workYear", 2024).queryParam("asOf", "2024-09-30").get("/api/v1/reports/enforcement").then()
                .statusCode(200).body("cases.newlyAccepted", equalTo(1)).body("money.terminated", equalTo(7_000_000)));
        // what operators watch: records dead-lettered per topic, events applied, how long reports take
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("thads_events_dead_lettered_total{")
                && l.contains("topic=\"thads.case-events\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum()).isGreaterThanOrEqualTo(1.0);
        assertThat(metrics).contains("thads_events_applied_total{consumer=\"reporting-view\"").contains("thads_report_seconds_bucket");
    }

    /**
     * A rebuild meets the records the live consumer set aside again and skips them: its log names each by its place,
     * never by the reason, which can quote the record (here the parser's message quotes the text it could not read).
     */
    @Test
    void aRebuildLogsWhereItSkipsARecordNotTheTextOfTheReason() {
        TopicClient topics = new TopicClient(bootstrapServers);
        String key = UUID.randomUUID().toString();
        topics.send("thads.case-events", key, "{\"id\": NguyenVanBiMat079201005555}");
        var dead = topics.records("thads.case-events.dlq", r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        // the reason stays where the record is
        assertThat(header(dead, "dead-letter-reason")).contains("079201005555");
        String place = "thads.case-events-" + header(dead, "dead-letter-partition") + "@" + header(dead, "dead-letter-offset");

        List<String> logged = LoggedRecords.during(EnforcementFiguresTest::rebuildAndWait).stream()
                .map(r -> (r instanceof ExtLogRecord ext ? ext.getFormattedMessage() + " " : "") + r.getMessage() + " "
                        + Arrays.toString(r.getParameters()))
                .toList();
        assertThat(logged).anyMatch(line -> line.startsWith("Rebuild skips " + place + " "));
        assertThat(logged).noneMatch(line -> line.contains("079201005555"));
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
