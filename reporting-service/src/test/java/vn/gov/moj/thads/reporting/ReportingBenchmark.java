package vn.gov.moj.thads.reporting;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.gov.moj.thads.deploy.testing.TestTokens;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The national-scale benchmark (a benchmark, not a test: it prints numbers and asserts none).
 * Sends the {@link NationalDataSet} in 714 agencies (34 provinces, 20 local offices each plus the
 * provincial agencies)
 * through thads.case-events / thads.complaint-events to the real reporting service in steps, and
 * after each step measures ingestion (events per second until the consumer group has caught up)
 * and the latency of the national report, a provincial report and the children ranking of the
 * country. Run (README "Benchmark"):
 * {@code ./mvnw -B -pl reporting-service verify -Dtest=ReportingBenchmark -Dthads.benchmark.cases=1000000 -Dthads.benchmark.steps=1}
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(ReportingBenchmark.NationalOffices.class)
@EnabledIfSystemProperty(named = "thads.benchmark.cases", matches = "\\d+")
class ReportingBenchmark {

    /** 20 local offices in each of the 34 provinces (PP.01 … PP.20), as a deployment's local-offices file: the view takes events only from known agencies. */
    public static class NationalOffices implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                StringBuilder csv = new StringBuilder("code,name,valid_from,valid_to,successor_code\n");
                for (OrgUnit province : new OrgUnits(java.util.Optional.empty()).children(OrgUnits.NATIONAL, LocalDate.of(2026, 1, 1))) {
                    for (int office = 1; office <= 20; office++) {
                        csv.append(String.format("%s.%02d,Phòng Thi hành án dân sự khu vực %d,2008-01-01,,%n", province.code(), office, office));
                    }
                }
                java.nio.file.Path file = java.nio.file.Files.createTempFile("benchmark-offices", ".csv");
                java.nio.file.Files.writeString(file, csv);
                // the service's own rebuild limits (application.properties), not the tests' small ones
                return Map.of("thads.org-units.local-offices", file.toString(), "thads.rebuild.batch", "5000",
                        "thads.rebuild.cases-in-memory", "25000", "thads.rebuild.figure-rows-in-memory", "150000");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final int REQUESTS = 200;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Inject OrgUnits orgUnits;

    @Inject javax.sql.DataSource dataSource;

    @TestHTTPResource("/")
    URL service;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.bearer("benchmark", null, "STATISTICS_CLIENT");

    @Test
    void nationalScale() throws Exception {
        long cases = Long.getLong("thads.benchmark.cases");
        int steps = Integer.getInteger("thads.benchmark.steps", 5);
        NationalDataSet data = new NationalDataSet(codec, NationalDataSet.agencies(orgUnits));
        StringBuilder table = new StringBuilder("| cases | events | ingest events/s | national p50/p95/p99 ms | province p50/p95/p99 ms"
                + " | children p50/p95/p99 ms | national breakdown p50/p95/p99 ms |\n|---|---|---|---|---|---|---|\n");
        long sent = 0;
        try (KafkaProducer<String, String> producer = NationalDataSet.producer(bootstrapServers); Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (int step = 1; step <= steps; step++) {
                long from = cases * (step - 1) / steps;
                long to = cases * step / steps;
                long started = System.nanoTime();
                long[] cpuBefore = cpu();
                long events = data.send(producer, from, to);
                producer.flush();
                NationalDataSet.awaitCaughtUp(admin);
                double seconds = (System.nanoTime() - started) / 1e9;
                long[] cpuAfter = cpu();
                System.out.printf("BENCHMARK CPU of the ingestion step (generator and service, this JVM) %.1f s, PostgreSQL %.1f s,"
                        + " %.1f s wall, load average %s%n", (cpuAfter[0] - cpuBefore[0]) / 1e9, (cpuAfter[1] - cpuBefore[1]) / 100.0,
                        seconds, Files.readString(Path.of("/proc/loadavg")).strip());
                sent += events;
                String row = String.format("| %,d | %,d | %,.0f | %s | %s | %s | %s |", to, sent, events / seconds,
                        latency("/api/v1/reports/enforcement?orgUnit=VN"),
                        latency("/api/v1/reports/enforcement?orgUnit=01"),
                        latency("/api/v1/reports/enforcement/children?orgUnit=VN"),
                        latency("/api/v1/reports/enforcement/breakdown?orgUnit=VN"));
                System.out.println("BENCHMARK " + row);
                table.append(row).append('\n');
                reportCpu();
                rebuild();
                Files.writeString(Path.of("target/benchmark.md"), table);
            }
        }
        System.out.println(table);
    }

    /**
     * CPU time so far: this JVM's (ns) and PostgreSQL's (clock ticks of 1/100 s: the postmaster, its reaped
     * children and its live ones, from /proc), so that the benchmark compares work done, not the machine's other load.
     */
    private long[] cpu() throws Exception {
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        String dataDirectory;
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery("show data_directory")) {
            r.next();
            dataDirectory = r.getString(1);
        }
        long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(process.getFileName().toString());
                    if (pid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    } else if (Long.parseLong(f[1]) == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // a process that ended meanwhile
                }
            }
        }
        return new long[] {jvm, ticks};
    }

    /** p50 / p95 / p99 in ms over {@value REQUESTS} requests at as-of dates spread over work year 2026, after a warm-up. */
    private String latency(String path) throws Exception {
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            get(path, random);
        }
        double[] ms = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            get(path, random);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format("%.1f / %.1f / %.1f", ms[REQUESTS / 2], ms[REQUESTS * 95 / 100], ms[REQUESTS * 99 / 100]);
    }

    /**
     * CPU per national report (this JVM, client and service, and PostgreSQL) at as-of dates spread over the
     * year (most computed) and at one date (from the second on, answered from memory while no event comes).
     */
    private void reportCpu() throws Exception {
        Random spread = new Random(2);
        for (boolean oneDate : new boolean[] {false, true}) {
            long[] before = cpu();
            for (int i = 0; i < REQUESTS; i++) {
                get("/api/v1/reports/enforcement?orgUnit=VN", oneDate ? new Random(3) : spread);
            }
            long[] after = cpu();
            System.out.printf("BENCHMARK national report, %s: CPU per request %.2f ms in this JVM (client and service), %.2f ms PostgreSQL%n",
                    oneDate ? "one as-of date" : "as-of dates spread over the year", (after[0] - before[0]) / 1e6 / REQUESTS,
                    (after[1] - before[1]) * 10.0 / REQUESTS);
        }
    }

    /** A rebuild of the view from both topics (the batch path a replay takes): events per second and CPU per event. */
    private void rebuild() throws Exception {
        String ministry = TestTokens.bearer("benchmark-ministry", null, "MINISTRY");
        String base = service.toString().replaceAll("/$", "");
        long[] before = cpu();
        long started = System.nanoTime();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", ministry).build(), HttpResponse.BodyHandlers.ofString());
        String id = start.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String status;
        do {
            Thread.sleep(500);
            status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/rebuild/" + id)).header("Authorization", ministry)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } while (status.contains("RUNNING"));
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] after = cpu();
        long events = Long.parseLong(status.replaceAll("(?s).*\"eventsApplied\"\\s*:\\s*(\\d+).*", "$1"));
        System.out.printf("BENCHMARK rebuild: %s, %,d events in %.1f s, %,.0f events/s; CPU per event %.1f µs in this JVM, %.1f µs PostgreSQL;"
                        + " load average %s%n", status.contains("FINISHED") ? "finished" : status, events, seconds, events / seconds,
                (after[0] - before[0]) / 1e3 / events, (after[1] - before[1]) * 1e4 / events, Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private void get(String path, Random random) throws Exception {
        LocalDate asOf = LocalDate.of(2025, 10, 1).plusDays(random.nextInt(365));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.toString().replaceAll("/$", "") + path
                        + "&workYear=2026&asOf=" + asOf)).header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
