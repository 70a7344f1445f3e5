package vn.gov.moj.thads.deploy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL, Kafka and the development token keys: everything the services need around them.
 * The local run ({@link LocalStack}) and the services' tests
 * ({@link vn.gov.moj.thads.deploy.testing.InfrastructureTestResource}) both start it this way.
 */
public final class Infrastructure implements AutoCloseable {

    private final PostgresServer postgres;
    private final AutoCloseable kafka;
    private final String bootstrapServers;
    private final KafkaCluster cluster;
    private final DevKeys keys;

    private Infrastructure(PostgresServer postgres, AutoCloseable kafka, String bootstrapServers, KafkaCluster cluster, DevKeys keys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.cluster = cluster;
        this.keys = keys;
    }

    public record Ports(int postgres, int kafka, int kafkaController) {
        public static Ports free() {
            return new Ports(FreePorts.next(), FreePorts.next(), FreePorts.next());
        }
    }

    public static Infrastructure start(Path dataDirectory, Ports ports, Collection<String> databases) throws Exception {
        return start(dataDirectory, ports, databases, false);
    }

    /** {@code durablePostgres}: see {@link PostgresServer#start(Path, int, boolean)}. */
    public static Infrastructure start(Path dataDirectory, Ports ports, Collection<String> databases,
                                       boolean durablePostgres) throws Exception {
        DevKeys keys = DevKeys.in(dataDirectory.resolve("keys"));
        PostgresServer postgres = PostgresServer.start(dataDirectory.resolve("postgres"), ports.postgres(), durablePostgres);
        try {
            postgres.createDatabases(databases);
            KafkaBroker kafka = KafkaBroker.start(dataDirectory.resolve("kafka"), ports.kafka(), ports.kafkaController());
            return new Infrastructure(postgres, kafka, kafka.bootstrapServers(), null, keys);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * The same with Kafka as production runs it: a cluster of {@code kafkaNodes} nodes, each in its
     * own process, with production's broker settings and topics ({@link ProductionKafka}).
     */
    public static Infrastructure startWithKafkaCluster(Path dataDirectory, int postgresPort, Collection<String> databases,
                                                       int kafkaNodes, ProductionKafka production) throws Exception {
        DevKeys keys = DevKeys.in(dataDirectory.resolve("keys"));
        PostgresServer postgres = PostgresServer.start(dataDirectory.resolve("postgres"), postgresPort);
        try {
            postgres.createDatabases(databases);
            KafkaCluster cluster = KafkaCluster.start(dataDirectory.resolve("kafka"), kafkaNodes, production);
            return new Infrastructure(postgres, cluster, cluster.bootstrapServers(), cluster, keys);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    /** The Kafka cluster, when the infrastructure runs one. */
    public KafkaCluster kafkaCluster() {
        if (cluster == null) {
            throw new IllegalStateException("A single Kafka broker runs here, not a cluster");
        }
        return cluster;
    }

    /** The configuration a service needs to use this infrastructure, as Quarkus property names. */
    public Map<String, String> serviceConfig(String database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        config.put("smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
        return config;
    }

    /** The same configuration as environment variables (MicroProfile Config's mapping). */
    public static Map<String, String> asEnvironment(Map<String, String> config) {
        Map<String, String> env = new LinkedHashMap<>();
        config.forEach((key, value) -> env.put(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), value));
        return env;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
