package vn.gov.moj.thads.deploy;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * A real Apache Kafka broker (KRaft, acting as broker and controller) running in this JVM, with
 * its log in a folder that survives restarts: alone (the local run and the tests), or as one node
 * of a cluster ({@link KafkaCluster}, each node in its own process).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A single node: the local run and the tests. */
    public static KafkaBroker start(Path logDirectory, int port, int controllerPort) throws Exception {
        Properties props = new Properties();
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        return start(NODE_ID, logDirectory, port, controllerPort, NODE_ID + "@127.0.0.1:" + controllerPort,
                Uuid.randomUuid().toString(), props);
    }

    /**
     * One node of a cluster: {@code voters} lists every controller ({@code id@host:port,...}),
     * {@code clusterId} is the same for all nodes, {@code settings} are broker settings.
     */
    public static KafkaBroker start(int nodeId, Path logDirectory, int port, int controllerPort, String voters, String clusterId,
                                    Properties settings) throws Exception {
        Files.createDirectories(logDirectory);
        String logDir = logDirectory.toAbsolutePath().toString();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(nodeId));
        props.put("controller.quorum.voters", voters);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("offsets.topic.num.partitions", "3");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Events are the reporting view's source of truth: keep them.
        props.put("log.retention.ms", "-1");
        props.putAll(settings);
        KafkaConfig config = new KafkaConfig(props, false);

        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir))
                    .setMetadataLogDirectory(logDir)
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        server.awaitShutdown();
    }

    /**
     * A node of a {@link KafkaCluster} in its own process:
     * {@code nodeId logDirectory port controllerPort voters clusterId settings.properties}.
     * Runs until the process is stopped; prints "started" once it serves.
     */
    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[6]))) {
            settings.load(reader);
        }
        KafkaBroker broker = start(Integer.parseInt(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), args[4], args[5], settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        System.out.println("started");
        System.out.flush();
        stopped.await();
    }

}
