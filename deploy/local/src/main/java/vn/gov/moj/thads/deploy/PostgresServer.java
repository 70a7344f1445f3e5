package vn.gov.moj.thads.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * A real PostgreSQL server from the zonky binaries on Maven Central, with its data in a folder
 * that survives restarts.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** For tests: fast and not crash-safe (zonky's defaults, fsync and synchronous commit off). */
    public static PostgresServer start(Path dataDirectory, int port) throws IOException {
        return start(dataDirectory, port, false);
    }

    /**
     * {@code durable}: fsync and synchronous commit on, as a real server (the local run, whose data
     * in {@code ./data} must survive a power cut, and whose figures must not be flattered by it).
     * zonky always passes {@code -F} (fsync off); a later {@code -c fsync=on} overrides it.
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        stopStaleServer(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        return new PostgresServer(postgres);
    }

    /**
     * A JVM killed with SIGKILL leaves its postgres running and holding the data folder; a new
     * start would silently talk to it. Stop it (fast shutdown) before starting our own.
     */
    static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> stale = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (stale.isPresent()) {
            ProcessHandle process = stale.get();
            System.err.println("Stopping a PostgreSQL left running by an earlier run (pid " + process.pid() + ")");
            signal(process.pid(), "INT");
            if (!waitForExit(process, Duration.ofSeconds(20))) {
                process.destroyForcibly();
                waitForExit(process, Duration.ofSeconds(10));
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot signal process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates each database that does not exist yet; the services' Flyway migrations fill them. */
    public void createDatabases(Collection<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a plain database name: " + database);
                }
                boolean exists;
                try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    statement.setString(1, database);
                    exists = statement.executeQuery().next();
                }
                if (!exists) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("create database " + database + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
