package vn.gov.moj.thads.gateway;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.KafkaCluster;
import vn.gov.moj.thads.deploy.LocalStack;
import vn.gov.moj.thads.deploy.PostgresServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Production's shape on this machine (opt-in, README "Production on Kubernetes"): a Kafka cluster of
 * three KRaft nodes, each its own process, with the production broker settings and topics read from
 * deploy/kubernetes (replication 3, min.insync.replicas 2, retention forever); two case-service
 * instances sharing one database (both relays compete for the outbox), two reporting-service
 * instances in one consumer group, one complaint-service and the gateway. Cases are opened and
 * collected on through both case-service instances while one Kafka node is killed (SIGKILL). Then:
 * every event the outbox holds is on the topic (none lost), each case's events are on it in the
 * order the outbox wrote them, and the reporting view's figures reconcile exactly with the case
 * service's own counts.
 */
class KafkaClusterIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final List<String> AGENCIES = List.of("19.05", "01.02", "79.01", "37.01");
    private static final int CASES = Integer.getInteger("thads.cluster.cases", 240);
    private static LocalStack stack;

    @BeforeAll
    static void startProductionShape() throws Exception {
        stack = LocalStack.startOnFreePorts(Path.of(System.getProperty("thads.root", "..")),
                new LocalStack.Shape(3, Map.of("case-service", 2, "reporting-service", 2)));
        RestAssured.baseURI = stack.url("gateway");
        RestAssured.port = -1;
        RestAssured.config = io.restassured.config.RestAssuredConfig.config().httpClient(io.restassured.config.HttpClientConfig
                .httpClientConfig().setParam("http.socket.timeout", 60_000).setParam("http.connection.timeout", 5_000));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void noEventIsLostWhenAKafkaNodeDiesUnderLoadAndTheFiguresReconcile() throws Exception {
        KafkaCluster kafka = stack.infrastructure().kafkaCluster();
        Map<String, String> tokens = new HashMap<>();
        for (String agency : AGENCIES) {
            tokens.put(agency, token("AGENCY_HEAD", agency));
        }
        List<String> caseServices = List.of(stack.url("case-service"), stack.url("case-service-2"));
        Map<String, Long> collectedByAgency = new ConcurrentHashMap<>();
        Map<String, Long> casesByAgency = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int n = i;
            work.add(writers.submit(() -> {
                String agency = AGENCIES.get(n % AGENCIES.size());
                // each step through one of the two instances, alternately
                String opener = caseServices.get(n % 2);
                String other = caseServices.get((n + 1) % 2);
                long money = 10_000_000L + n * 1_000L;
                String id = on(opener, tokens.get(agency)).body(caseBody(agency, money)).post("/api/v1/cases")
                        .then().statusCode(201).extract().path("id");
                long collected = 1_000_000L + n;
                step(other, tokens.get(agency), id, "collections", Map.of("amount", collected,
                        "collectedOn", TODAY.minusDays(2).toString(), "receiptNumber", "BL-" + UUID.randomUUID()));
                step(opener, tokens.get(agency), id, "collections", Map.of("amount", collected,
                        "collectedOn", TODAY.minusDays(1).toString(), "receiptNumber", "BL-" + UUID.randomUUID()));
                collectedByAgency.merge(agency, 2 * collected, Long::sum);
                casesByAgency.merge(agency, 1L, Long::sum);
                done.incrementAndGet();
                return null;
            }));
        }
        // a third of the way through, a Kafka node dies as a crash would
        await().atMost(Duration.ofMinutes(5)).until(() -> done.get() >= CASES / 3);
        // the node that leads most partitions of the case events: the producers must move to new leaders
        Map<Integer, Long> leaders = leaders(kafka);
        int victim = leaders.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(leaders.get(victim)).as("partitions node " + victim + " leads").isPositive();
        kafka.kill(victim);
        assertThat(kafka.isAlive(victim)).isFalse();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(leaders(kafka)).doesNotContainKey(victim));
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        writers.shutdown();

        // the outbox empties: the two remaining nodes acknowledge every write (acks=all, min.insync.replicas 2)
        String jdbc = stack.infrastructure().jdbcUrl("thads_case");
        await().atMost(Duration.ofMinutes(3)).until(() -> unpublished(jdbc) == 0);
        Map<String, List<UUID>> written = outboxByCase(jdbc);
        assertThat(written).hasSize(CASES);
        Map<String, List<UUID>> onTopic = topicByCase(kafka.bootstrapServers(), "thads.case-events");
        Set<UUID> published = new HashSet<>();
        onTopic.values().forEach(published::addAll);
        written.forEach((caseId, events) -> {
            assertThat(published).as("events of case " + caseId + " on the topic").containsAll(events);
            // in the order the outbox wrote them (a redelivery after a failed send may repeat one: its first copy counts)
            assertThat(onTopic.get(caseId).stream().distinct().toList()).as("order of case " + caseId).isEqualTo(events);
        });

        // the reporting view (two instances, one group) reconciles with the case service, figure by figure
        String ministry = token("MINISTRY", "VN");
        for (String agency : AGENCIES) {
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                io.restassured.path.json.JsonPath result = RestAssured.given().header("Authorization", "Bearer " + ministry)
                        .queryParam("orgUnit", agency).get("/api/v1/reports/reconciliation").then().statusCode(200)
                        .body("reconciled", equalTo(true)).extract().jsonPath();
                assertThat(result.getList("lines.viewCases", Long.class).stream().mapToLong(Long::longValue).sum())
                        .as("cases of " + agency).isEqualTo(casesByAgency.get(agency));
                assertThat(result.getList("lines.viewCollected", Long.class).stream().mapToLong(Long::longValue).sum())
                        .as("money collected in " + agency).isEqualTo(collectedByAgency.get(agency));
            });
        }
        try (Admin admin = kafka.admin()) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("reporting-service")).all().get(30, TimeUnit.SECONDS)
                    .get("reporting-service");
            // two instances, each with a consumer per topic it reads: case, complaint and (since session 26) officer events
            assertThat(group.members()).hasSize(6);
        }
    }

    /** How many partitions of thads.case-events each node leads. */
    private static Map<Integer, Long> leaders(KafkaCluster kafka) throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.describeTopics(List.of("thads.case-events")).allTopicNames().get(30, TimeUnit.SECONDS).get("thads.case-events")
                    .partitions().stream().filter(p -> p.leader() != null && !p.leader().isEmpty())
                    .collect(java.util.stream.Collectors.groupingBy(p -> p.leader().id(), java.util.stream.Collectors.counting()));
        }
    }

    private static RequestSpecification on(String baseUri, String token) {
        return RestAssured.given().baseUri(baseUri).header("Authorization", "Bearer " + token).contentType("application/json");
    }

    private static void step(String baseUri, String token, String caseId, String transition, Map<String, ?> body) {
        String etag = on(baseUri, token).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().header("ETag");
        on(baseUri, token).header("If-Match", etag).body(body).post("/api/v1/cases/" + caseId + "/" + transition).then().statusCode(200);
    }

    private static String token(String role, String agency) {
        return RestAssured.given().contentType("application/json")
                .body(Map.of("subject", "user-" + UUID.randomUUID(), "roles", List.of(role), "agencyCode", agency))
                .post("/api/v1/dev/tokens").then().statusCode(200).extract().path("accessToken");
    }

    private static Map<String, Object> caseBody(String agency, long money) {
        return Map.of("agencyCode", agency, "decisionNumber", "QĐ-" + UUID.randomUUID(), "decisionDate", TODAY.minusDays(10).toString(),
                "kind", "ON_REQUEST", "judgment", Map.of("courtCode", "TAND-" + agency, "courtName", "Tòa án nhân dân",
                        "number", "BA-" + UUID.randomUUID(), "effectiveDate", TODAY.minusDays(40).toString()),
                "debtors", List.of(Map.of("name", "Công ty TNHH Thương mại Hoàng Long", "type", "ORGANIZATION")), "moneyAmount", money);
    }

    private static long unpublished(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet r = c.createStatement().executeQuery("select count(*) from outbox_event where published_at is null")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Each case's events in the order the outbox wrote them. */
    private static Map<String, List<UUID>> outboxByCase(String jdbc) throws Exception {
        Map<String, List<UUID>> byCase = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet r = c.createStatement().executeQuery("select message_key, event_id from outbox_event"
                     + " where topic = 'thads.case-events' order by id")) {
            while (r.next()) {
                byCase.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add((UUID) r.getObject(2));
            }
        }
        return byCase;
    }

    /** Each key's event ids in the order the topic holds them (one partition per key). */
    private static Map<String, List<UUID>> topicByCase(String bootstrapServers, String topic) {
        Map<String, List<UUID>> byCase = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        byCase.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(UUID.fromString(json.readTree(record.value()).get("id").asText()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return byCase;
    }
}
