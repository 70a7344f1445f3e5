package vn.gov.moj.thads.platform.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TestTokens;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OutboxAndInboxTest {

    private static final String TOPIC = "thads.probe-events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EntityManager entityManager;

    @Inject EventCodec codec;

    @Inject ObjectMapper mapper;

    private TopicClient topics;
    private String officer;

    @BeforeEach
    void setUp() {
        topics = new TopicClient(bootstrapServers);
        officer = TestTokens.bearer("officer-1", "19.05", "OFFICER");
    }

    @Test
    void aStateChangeAndItsEventReachTheTopicTogether() throws Exception {
        String id = "p-" + UUID.randomUUID();
        String label = "Chấp hành viên Nguyễn Thị Hằng — Bắc Kạn";
        given().header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", id, "label", label, "colour", "RED", "amount", 1_500_000_000L))
                .when().post("/api/v1/probes")
                .then().statusCode(201);

        List<ConsumerRecord<String, String>> records = topics.records(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        JsonNode event = mapper.readTree(record.value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("ProbeCreated");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("agencycode").asText()).isEqualTo("19.05");
        assertThat(event.path("provincecode").asText()).isEqualTo("19");
        assertThat(event.path("schemaversion").asInt()).isEqualTo(1);
        assertThat(event.path("data").path("label").asText()).isEqualTo(label);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(appliedLabels(id)).containsExactly(label));
    }

    @Test
    void aRefusedChangeLeavesNoRowAndNoEvent() {
        String id = "p-" + UUID.randomUUID();
        given().header("Authorization", officer).contentType("application/json")
                .body(Map.of("id", id, "label", "fail on purpose", "colour", "GREEN", "amount", 1))
                .when().post("/api/v1/probes")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:probe-refused"));

        given().header("Authorization", officer).when().get("/api/v1/probes/" + id).then().statusCode(404);
        long outboxRows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where message_key = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
        assertThat(outboxRows).isZero();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String id = "p-" + UUID.randomUUID();
        EventEnvelope duplicated = probeEvent(id, "lần đầu");
        EventEnvelope next = probeEvent(id, "lần sau");
        topics.send(TOPIC, id, codec.write(duplicated));
        topics.send(TOPIC, id, codec.write(duplicated));
        topics.send(TOPIC, id, codec.write(next));

        // only once the consumer group has acknowledged all three is the count final
        await().atMost(Duration.ofSeconds(20)).until(() -> topics.consumedEverything("platform-test", TOPIC));
        assertThat(appliedLabels(id)).containsExactlyInAnyOrder("lần đầu", "lần sau");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotStopThePartition() {
        String id = "p-" + UUID.randomUUID();
        topics.send(TOPIC, id, "{not an event");
        topics.send(TOPIC, id, "{\"specversion\":\"1.0\",\"type\":\"ProbeCreated\"}");
        topics.send(TOPIC, id, codec.write(probeEvent(id, "sau tin hỏng")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(appliedLabels(id)).containsExactly("sau tin hỏng"));
        List<ConsumerRecord<String, String>> dead = topics.records(TOPIC + ".dlq", r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactly("{not an event", "{\"specversion\":\"1.0\",\"type\":\"ProbeCreated\"}");
    }

    @Test
    void operatorsSeeTheOutboxAndTheEventsAppliedOnMetrics() {
        String id = "p-" + UUID.randomUUID();
        double before = applied();
        topics.send(TOPIC, id, codec.write(probeEvent(id, "đếm")));
        topics.send(TOPIC, id, codec.write(probeEvent(id, "đếm lần hai")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(appliedLabels(id)).hasSize(2));
        // counted once committed: the two events, and nothing for a redelivery
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(applied() - before).isEqualTo(2.0));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("thads_outbox_backlog ").contains("thads_outbox_oldest_age_seconds ")
                .contains("kafka_consumer_fetch_manager_records_lag");
    }

    private static double applied() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("thads_events_applied_total{") && l.contains("consumer=\"platform-test\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private EventEnvelope probeEvent(String id, String label) {
        return EventEnvelope.of("/thads/platform-test", "ProbeCreated", 1, id, "19.05", "19",
                OffsetDateTime.now(), codec.tree(Map.of("label", label)));
    }

    @SuppressWarnings("unchecked")
    private List<String> appliedLabels(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select label from probe_applied where aggregate_id = ?1")
                .setParameter(1, aggregateId).getResultList());
    }
}
