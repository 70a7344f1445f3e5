package vn.gov.moj.thads.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The local run: PostgreSQL and Kafka in this process, the four services as separate processes,
 * data in one folder that survives restarts. Ctrl-C (SIGTERM) stops everything cleanly; after a
 * SIGKILL the next start stops what the killed run left behind.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * A service of the system: its module folder, its HTTP port, the port of its management
     * interface (health, metrics; always on the loopback address) and its database (none for the gateway).
     */
    public record Service(String name, String module, int port, int managementPort, String database) {
        Path jar(Path root) {
            return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        String managementUrl() {
            return "http://127.0.0.1:" + managementPort;
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("case-service", "case-service", 8081, 9001, "thads_case"),
            new Service("complaint-service", "complaint-service", 8082, 9002, "thads_complaint"),
            new Service("reporting-service", "reporting-service", 8083, 9003, "thads_reporting"),
            new Service("gateway", "gateway", 8080, 9000, null));

    /**
     * How many of each: Kafka nodes (1: one broker in this process; more: a cluster of processes
     * with production's settings and topics) and instances per service (1 unless named).
     */
    public record Shape(int kafkaNodes, Map<String, Integer> instances) {
        public static final Shape SINGLE = new Shape(1, Map.of());

        int instancesOf(String service) {
            return instances.getOrDefault(service, 1);
        }
    }

    /** The address services listen on unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private final Path root;
    private final Path dataDirectory;
    private final List<Service> services;
    private final Infrastructure.Ports ports;
    private final String profile;
    private final String bindAddress;
    private final Shape shape;
    /** PostgreSQL crash-safe (the local run) or fast (system tests, whose data is thrown away). */
    private boolean durablePostgres;
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private Infrastructure infrastructure;
    private FileLock launcherLock;

    private LocalStack(Path root, Path dataDirectory, List<Service> services, Infrastructure.Ports ports, String profile,
                       String bindAddress) {
        this(root, dataDirectory, services, ports, profile, bindAddress, Shape.SINGLE);
    }

    private LocalStack(Path root, Path dataDirectory, List<Service> services, Infrastructure.Ports ports, String profile,
                       String bindAddress, Shape shape) {
        this.shape = shape;
        this.bindAddress = bindAddress;
        this.root = root;
        this.dataDirectory = dataDirectory;
        this.services = services;
        this.ports = ports;
        this.profile = profile;
    }

    /**
     * The whole system on free ports in a temporary folder, for system tests that run next to a
     * local stack. The services are the jars the build just packaged.
     */
    public static LocalStack startOnFreePorts(Path root) throws Exception {
        return startOnFreePorts(root, Shape.SINGLE);
    }

    /**
     * The same in another shape: several instances of a service (the second case-service is named
     * case-service-2, and so on; they share its database), a Kafka cluster.
     */
    public static LocalStack startOnFreePorts(Path root, Shape shape) throws Exception {
        List<Service> services = new ArrayList<>();
        for (Service s : SERVICES) {
            for (int i = 1; i <= shape.instancesOf(s.name()); i++) {
                services.add(new Service(i == 1 ? s.name() : s.name() + "-" + i, s.module(), FreePorts.next(), FreePorts.next(),
                        s.database()));
            }
        }
        LocalStack stack = new LocalStack(root.toAbsolutePath().normalize(), Files.createTempDirectory("thads-system-"),
                services, Infrastructure.Ports.free(), "local", LOOPBACK, shape);
        try {
            stack.start();
        } catch (Exception e) {
            stack.stop();
            throw e;
        }
        return stack;
    }

    public String url(String serviceName) {
        return services.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow().url();
    }

    /** The service's management interface (health, metrics), on the loopback address. */
    public String managementUrl(String serviceName) {
        return services.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow().managementUrl();
    }

    /**
     * Where the services listen: this machine only, unless {@code --listen-all} (all interfaces) or
     * {@code THADS_BIND} (an address) says otherwise. The development token endpoint signs tokens
     * for anyone who can reach the gateway.
     */
    public static String bindAddress(List<String> args, Map<String, String> environment) {
        if (args.contains("--listen-all")) {
            return "0.0.0.0";
        }
        String bind = environment.get("THADS_BIND");
        return bind == null || bind.isBlank() ? LOOPBACK : bind.strip();
    }

    /** The infrastructure under the services (its Kafka cluster, its databases). */
    public Infrastructure infrastructure() {
        return infrastructure;
    }

    /** Stops one service, as an operator or a crash would; the rest keeps running. */
    public void stopService(String serviceName) throws InterruptedException {
        Service service = services.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow();
        Process process = processes.get(service);
        process.destroy();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        stop();
        if (Boolean.getBoolean("thads.system.keep-data")) {
            System.out.println("Data and logs kept in " + dataDirectory);
            return;
        }
        try (var paths = Files.walk(dataDirectory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dataDirectory + ": " + e.getMessage());
        }
    }

    /** The local run keeps its data; only a system test's stack is closed (and deleted). */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("thads.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("THADS_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        Infrastructure.Ports ports = new Infrastructure.Ports(
                Integer.parseInt(env("THADS_POSTGRES_PORT", "15432")),
                Integer.parseInt(env("THADS_KAFKA_PORT", "19092")),
                Integer.parseInt(env("THADS_KAFKA_CONTROLLER_PORT", "19093")));
        String bind = bindAddress(List.of(args), System.getenv());
        // THADS_GATEWAY_PORT, THADS_CASE_SERVICE_PORT, ...: a second stack next to one on the default ports
        List<Service> services = SERVICES.stream().map(s -> new Service(s.name(), s.module(),
                Integer.parseInt(env("THADS_" + s.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PORT",
                        Integer.toString(s.port()))), s.managementPort(), s.database())).toList();
        LocalStack stack = new LocalStack(root, data, services, ports, "local", bind);
        stack.durablePostgres = true;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "thads-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("Start failed: " + e.getMessage());
            System.exit(1);
        }
        if (List.of(args).contains("--demo")) {
            // the system is up whatever happens to the demo data: a failed load is reported, not fatal
            try {
                stack.loadDemoDataOnce();
            } catch (Exception e) {
                if (stack.infrastructure != null) { // not stopping (Ctrl-C during the load ends it as expected)
                    System.err.println("Loading the demo data failed: " + e.getMessage());
                    System.err.println("THADS keeps running; ./run --demo again goes on from what was loaded.");
                }
            }
        }
        stack.watch();
        stopped.await();
    }

    private void start() throws Exception {
        for (Service service : services) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException(service.jar(root) + " is missing: build first (./run does)");
            }
        }
        Files.createDirectories(dataDirectory.resolve("logs"));
        lockDataDirectory();
        stopProcessesOfKilledRun();
        System.out.println("Starting PostgreSQL (" + ports.postgres() + ") and Kafka (" + ports.kafka() + ") in " + dataDirectory);
        List<String> databases = services.stream().map(Service::database).filter(d -> d != null).distinct().toList();
        infrastructure = shape.kafkaNodes() > 1
                ? Infrastructure.startWithKafkaCluster(dataDirectory, ports.postgres(), databases, shape.kafkaNodes(),
                        ProductionKafka.from(root))
                : Infrastructure.start(dataDirectory, ports, databases, durablePostgres);
        for (Service service : services) {
            processes.put(service, launch(service));
        }
        recordPids();
        for (Service service : services) {
            awaitHealthy(service, Duration.ofSeconds(180));
        }
        System.out.println();
        System.out.println("THADS is up. Logs in " + dataDirectory.resolve("logs"));
        for (Service service : services) {
            System.out.printf("  %-18s %s   (health %s/q/health, API docs %s/q/swagger-ui)%n",
                    service.name(), service.url(), service.managementUrl(), service.url());
        }
        System.out.println("Development tokens: POST " + url("gateway") + "/api/v1/dev/tokens {\"subject\",\"roles\",\"agencyCode\"}");
        if (!LOOPBACK.equals(bindAddress)) {
            System.out.println("WARNING: listening on " + bindAddress + ": anyone who reaches this machine can get a"
                    + " development token for any role and agency.");
        } else {
            System.out.println("Listening on this machine only (./run --listen-all or THADS_BIND=<address> to open it).");
        }
        System.out.println("Ctrl-C stops everything.");
    }

    private Process launch(Service service) throws IOException {
        Map<String, String> config = new LinkedHashMap<>();
        if (service.database() != null) {
            config.putAll(infrastructure.serviceConfig(service.database()));
        } else {
            infrastructure.serviceConfig("postgres").forEach((key, value) -> {
                if (key.startsWith("mp.jwt") || key.startsWith("smallrye.jwt")) {
                    config.put(key, value);
                }
            });
        }
        config.put("quarkus.http.port", Integer.toString(service.port()));
        config.put("quarkus.http.host", bindAddress);
        config.put("quarkus.management.port", Integer.toString(service.managementPort()));
        config.put("quarkus.management.host", LOOPBACK);
        config.put("thads.org-units.local-offices",
                root.resolve("deploy/local/src/main/resources/reference/local-offices.csv").toString());
        for (Service other : services) {
            // the gateway knows one instance of each service (on Kubernetes: the Service in front of them all)
            if (other.database() != null && other.name().equals(other.module())) {
                config.put("thads.gateway.services." + other.name(), other.url());
            }
        }
        if (service.module().equals("reporting-service")) {
            // reconciliation asks the case service for its own counts
            config.put("quarkus.rest-client.case-service.url", url("case-service"));
        }
        // setsid: a Ctrl-C in the terminal reaches only this launcher, which stops the services in order.
        // The serial collector: the one the JVM picks by itself in the Kubernetes pods (1 GiB is below
        // its "server class" 1,792 MB), so that what runs here is what runs there; on this machine's
        // heap it would pick G1.
        List<String> command = new ArrayList<>(List.of("setsid", javaExecutable(), "-Xmx" + env("THADS_SERVICE_HEAP", "512m"),
                "-XX:+UseSerialGC"));
        // for profiling one service (a JFR recording, a JIT log) without touching the others: {service} names the file
        for (String option : env("THADS_SERVICE_JAVA_OPTIONS", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option.replace("{service}", service.name()));
            }
        }
        command.addAll(List.of("-Dquarkus.profile=" + profile, "-jar", service.jar(root).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("logs").resolve(service.name() + ".log").toFile()));
        builder.environment().putAll(Infrastructure.asEnvironment(config));
        System.out.println("Starting " + service.name() + " on " + service.port());
        return builder.start();
    }

    private void awaitHealthy(Service service, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with " + process.exitValue()
                        + "; see " + dataDirectory.resolve("logs").resolve(service.name() + ".log"));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.println(service.name() + " is healthy");
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not healthy within " + timeout.toSeconds() + " s");
    }

    /** The demo data set, once per data folder. */
    private void loadDemoDataOnce() throws Exception {
        Path marker = dataDirectory.resolve("demo-data-loaded");
        if (Files.exists(marker)) {
            System.out.println("Demo data already loaded (" + marker + ")");
            return;
        }
        System.out.println("Loading the demo data set through the gateway...");
        long start = System.nanoTime();
        loadDemoData(Integer.parseInt(env("THADS_DEMO_CASES_PER_OFFICE", "250")), dataDirectory.resolve("demo-complaints-made"));
        Files.writeString(marker, java.time.OffsetDateTime.now().toString());
        System.out.printf("Demo data loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * The demo data set through the gateway, {@code casesPerOffice} cases in each of its offices; {@code progress} counts
     * the complaints made (a load stopped and started again goes on from there).
     */
    public void loadDemoData(int casesPerOffice, Path progress) throws Exception {
        new DemoData(url("gateway"), progress).load(casesPerOffice);
    }

    /** Reports a service that dies while the stack runs; the others go on. */
    private void watch() {
        processes.forEach((service, process) -> process.onExit().thenAccept(p -> {
            if (infrastructure != null) {
                System.err.println(service.name() + " stopped with exit code " + p.exitValue()
                        + "; see " + dataDirectory.resolve("logs").resolve(service.name() + ".log"));
            }
        }));
    }

    synchronized void stop() {
        if (infrastructure == null && processes.isEmpty()) {
            return;
        }
        System.out.println("Stopping THADS...");
        Infrastructure running = infrastructure;
        infrastructure = null;
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
        processes.clear();
        try {
            Files.deleteIfExists(pidFile());
            if (running != null) {
                running.close();
            }
        } catch (Exception e) {
            System.err.println("Stopping the infrastructure failed: " + e.getMessage());
        }
        System.out.println("Stopped.");
    }

    /** One launcher per data folder; the OS releases the lock even when the launcher is killed. */
    private void lockDataDirectory() throws IOException {
        FileChannel channel = FileChannel.open(dataDirectory.resolve("launcher.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        launcherLock = channel.tryLock();
        if (launcherLock == null) {
            channel.close();
            throw new IllegalStateException("THADS is already running from " + dataDirectory);
        }
    }

    private Path pidFile() {
        return dataDirectory.resolve("services.pid");
    }

    private void recordPids() throws IOException {
        Files.writeString(pidFile(), processes.values().stream()
                .map(p -> Long.toString(p.pid())).collect(Collectors.joining("\n")));
    }

    /** A launcher killed with SIGKILL leaves its services running and holding their ports. */
    private void stopProcessesOfKilledRun() throws IOException {
        if (!Files.exists(pidFile())) {
            return;
        }
        for (String line : Files.readAllLines(pidFile())) {
            if (!line.isBlank()) {
                ProcessHandle.of(Long.parseLong(line.trim()))
                        .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                        .ifPresent(p -> {
                            System.out.println("Stopping a service left running by an earlier run (pid " + p.pid() + ")");
                            p.destroy();
                            p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                                    .exceptionally(e -> { p.destroyForcibly(); return p; }).join();
                        });
            }
        }
        Files.delete(pidFile());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
