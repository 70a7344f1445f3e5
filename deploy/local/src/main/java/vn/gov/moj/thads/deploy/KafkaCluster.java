package vn.gov.moj.thads.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Kafka cluster on this machine: several KRaft nodes (broker and controller each), every one in
 * its own process so that one can be killed as a crash would (SIGKILL), on loopback ports. The
 * brokers take the production cluster's settings and the topics are created as production's
 * (both read from the Strimzi resources in {@code deploy/kubernetes}: {@link ProductionKafka}).
 */
public final class KafkaCluster implements AutoCloseable {

    private record Node(int id, int port, Process process) {
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    private final Path directory;

    private KafkaCluster(Path directory) {
        this.directory = directory;
    }

    public static KafkaCluster start(Path directory, int size, ProductionKafka production) throws Exception {
        KafkaCluster cluster = new KafkaCluster(directory);
        try {
            cluster.startNodes(size, production);
            cluster.createTopics(production);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void startNodes(int size, ProductionKafka production) throws Exception {
        Files.createDirectories(directory);
        Path settings = directory.resolve("broker.properties");
        Properties properties = new Properties();
        properties.putAll(production.brokerSettings());
        // as many partitions as production's topics have by default, for anything created on the side
        properties.put("num.partitions", "3");
        try (Writer writer = Files.newBufferedWriter(settings)) {
            properties.store(writer, "production broker settings (deploy/kubernetes Kafka spec.kafka.config)");
        }
        String clusterId = Uuid.randomUuid().toString();
        Map<Integer, int[]> ports = new LinkedHashMap<>();
        for (int id = 1; id <= size; id++) {
            ports.put(id, new int[]{FreePorts.next(), FreePorts.next()});
        }
        String voters = ports.entrySet().stream().map(e -> e.getKey() + "@127.0.0.1:" + e.getValue()[1])
                .collect(Collectors.joining(","));
        for (var entry : ports.entrySet()) {
            int id = entry.getKey();
            Path log = directory.resolve("broker-" + id + ".log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"), KafkaBroker.class.getName(),
                    Integer.toString(id), directory.resolve("node-" + id).toString(), Integer.toString(entry.getValue()[0]),
                    Integer.toString(entry.getValue()[1]), voters, clusterId, settings.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            nodes.put(id, new Node(id, entry.getValue()[0], process));
        }
        awaitBrokers(size, Duration.ofSeconds(120));
    }

    private void awaitBrokers(int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                for (Node node : nodes.values()) {
                    if (!node.process().isAlive()) {
                        throw new IllegalStateException("Kafka node " + node.id() + " exited; see "
                                + directory.resolve("broker-" + node.id() + ".log"));
                    }
                }
                try {
                    if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == expected) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The Kafka cluster did not form within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
    }

    private void createTopics(ProductionKafka production) throws Exception {
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (ProductionKafka.Topic topic : production.topics()) {
                topics.add(new NewTopic(topic.name(), topic.partitions(), (short) topic.replicas()).configs(topic.config()));
            }
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Every node's address: clients find the others from any one that is up. */
    public String bootstrapServers() {
        return nodes.values().stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    public List<Integer> nodeIds() {
        return List.copyOf(nodes.keySet());
    }

    /** Kills a node as a crash would: SIGKILL, no controlled shutdown. */
    public void kill(int nodeId) throws InterruptedException {
        Process process = nodes.get(nodeId).process();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive(int nodeId) {
        return nodes.get(nodeId).process().isAlive();
    }

    @Override
    public void close() {
        nodes.values().forEach(n -> n.process().destroy());
        for (Node node : nodes.values()) {
            try {
                if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
