import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The THADS benchmark (README "Performance"). It starts nothing: it drives a system started with
 * {@code ./run} and prints each rate, its latency percentiles and the ratios of issue 14.
 *
 * <pre>bench/run [--seconds 10] [--warmup 1] [--warmup-max 6] [--rounds 3] [--connections 8] [--only open,mix,read,report,ingest,pgbench,report-live] [--live-openings 2]</pre>
 *
 * Phases of a round, each {@code seconds} long with {@code connections} clients (one keep-alive
 * connection and one token subject each, so the gateway's per-subject rate limit is not what is
 * measured): pgbench's six-insert transaction on the same PostgreSQL; opening cases through the
 * gateway and straight to the case service; the write mix (open, verify, collect, close) both
 * ways; the read mix (case lists and the national report) both ways; the national report alone
 * through the gateway. Gateway and direct phases alternate so machine noise falls on both, and
 * every other round runs the direct phase first, so that the JIT's warming falls on both too; the
 * table gives the median over rounds, after warm-up rounds that are not counted (the JIT). Then
 * once: Kafka's own consumer reading both event topics from the start, and the reporting service's
 * rebuild replaying the same events.
 * The HTTP client is a minimal blocking HTTP/1.1 one: it costs the shared cores far less than a
 * general client would.
 */
public final class Bench {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static String gateway = "http://127.0.0.1:8080";
    static String caseService = "http://127.0.0.1:8081";
    static String reportingService = "http://127.0.0.1:8083";
    static int pgPort = 15432;
    static int kafkaPort = 19092;
    static int seconds = 10;
    static int rounds = 3;
    /**
     * Rounds run first and not counted: the services' JIT compiles what the phases call (right after
     * a start, a first round cost up to 2.8 times the CPU per request of the third); at least this many.
     */
    static int warmup = 1;
    /**
     * Warm-up goes on, up to this many rounds, while the CPU a request costs the stack still falls by
     * more than a tenth from one round to the next: right after a demo load the case service's CPU
     * per opening fell threefold over four rounds (3.1, 3.4, 2.0, 1.2 ms), its JIT compiling on two
     * cores shared with the load.
     */
    static int warmupMax = 6;
    static final double STEADY = 0.9;
    static int connections = 8;
    static List<String> only = List.of("pgbench", "open", "mix", "read", "report", "ingest");
    // report-live (the national report while cases open) is asked for by name: README "Benchmark"
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--warmup-max" -> warmupMax = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--gateway" -> gateway = args[++i];
                case "--case-service" -> caseService = args[++i];
                case "--reporting-service" -> reportingService = args[++i];
                case "--postgres-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--live-openings" -> liveOpenings = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (seconds < 1 || rounds < 1 || warmup < 0 || warmupMax < 0 || connections < 1 || !(liveOpenings > 0 && liveOpenings <= 1000)) {
            System.err.println("--seconds, --rounds and --connections must be at least 1, --warmup and --warmup-max at least 0,"
                    + " --live-openings above 0 and at most 1000 a second");
            System.exit(2);
        }
        System.out.printf("THADS benchmark %s: %d to %d warm-up and %d measured round(s) of %d s phases, %d connections; load average %s%n",
                OffsetDateTime.now(VN).withNano(0), warmup, Math.max(warmup, warmupMax), rounds, seconds, connections, loadAverage());
        Map<String, List<Result>> results = new LinkedHashMap<>();
        List<Scenario> scenarios = scenarios();
        double previousCpu = Double.NaN;
        for (int done = 0; done < Math.max(warmup, warmupMax); done++) {
            System.out.printf("%nwarm-up round %d, not counted (load average %s)%n", done + 1, loadAverage());
            double cpu = 0;
            for (Scenario s : inOrderOf(scenarios, done)) {
                Result r = s.run();
                cpu += r.cpuTotal();
                System.out.println("  " + r.line(s.name));
            }
            System.out.printf("  CPU ms per request, all phases together: %.2f%n", cpu);
            if (done + 1 >= warmup && cpu > 0 && cpu > STEADY * previousCpu) {
                break; // the JIT is done with what the phases call: the CPU a request costs no longer falls
            }
            previousCpu = cpu;
        }
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("%nround %d (load average %s)%n", round, loadAverage());
            for (Scenario s : inOrderOf(scenarios, round)) {
                Result r = s.run();
                results.computeIfAbsent(s.name, k -> new ArrayList<>()).add(r);
                System.out.println("  " + r.line(s.name));
            }
        }
        Map<String, Result> median = new LinkedHashMap<>();
        results.forEach((name, list) -> median.put(name, list.stream()
                .sorted(java.util.Comparator.comparingDouble(Result::rate)).toList().get(list.size() / 2)));
        double kafkaRate = 0;
        double ingestRate = 0;
        if (only.contains("ingest")) {
            System.out.println();
            kafkaRate = kafkaConsumerRate();
            ingestRate = rebuildRate();
        }
        System.out.printf("%nMedian of %d round(s) (load average now %s)%n", rounds, loadAverage());
        System.out.printf("| %-44s | %10s | %8s | %8s | %8s | %6s | %s |%n", "what", "rate /s", "p50 ms", "p95 ms", "p99 ms", "errors",
                "CPU ms per request: gateway / service / PostgreSQL / rest = all");
        System.out.println("|----------------------------------------------|-----------:|---------:|---------:|---------:|-------:|---|");
        median.forEach((name, r) -> System.out.printf("| %-44s | %,10.0f | %8.1f | %8.1f | %8.1f | %6d | %s |%n", name, r.rate,
                r.p(50), r.p(95), r.p(99), r.errors, cpuColumns(name, r)));
        if (kafkaRate > 0) {
            System.out.printf("| %-44s | %,10.0f | %8s | %8s | %8s | %6s |%n", "Kafka's own consumer, both topics (events)", kafkaRate, "", "", "", "");
        }
        if (ingestRate > 0) {
            System.out.printf("| %-44s | %,10.0f | %8s | %8s | %8s | %6s |%n", "reporting ingestion, rebuild (events)", ingestRate, "", "", "", "");
        }
        System.out.println();
        System.out.println("Goals (issue 14):");
        goal(results, "open a case, gateway", "pgbench six-insert transaction", 0.25, "open through the gateway / pgbench six inserts");
        cost(results, "open a case, gateway", "open a case, direct", "gateway cost, open");
        cost(results, "write mix, gateway (requests)", "write mix, direct (requests)", "gateway cost, write mix");
        cost(results, "read mix, gateway", "read mix, direct", "gateway cost, read mix");
        reportGoal(median.get("national report, gateway"), "national report through the gateway");
        reportGoal(median.get(LIVE_REPORT + "gateway"), "the same while " + liveOpenings + " cases open a second");
        if (ingestRate > 0) {
            System.out.printf("  %-52s %,8.0f /s              goal ≥ 20,000 /s            %s%n", "reporting ingestion", ingestRate,
                    ingestRate >= 20_000 ? "MET" : "NOT MET");
            if (kafkaRate > 0) {
                System.out.printf("  %-52s %7.1f %%               goal ≥ 25 %%                 %s%n", "ingestion / Kafka's own consumer",
                        100 * ingestRate / kafkaRate, ingestRate / kafkaRate >= 0.25 ? "MET" : "NOT MET");
            }
        }
    }

    static void reportGoal(Result report, String label) {
        if (report != null) {
            System.out.printf("  %-52s %,8.0f /s, p95 %.1f ms   goal ≥ 1,500 /s, p95 < 20 ms  %s%n", label,
                    report.rate, report.p(95), report.rate >= 1500 && report.p(95) < 20 ? "MET" : "NOT MET");
        }
    }

    /** The service a scenario calls: its CPU is "service", the other services' and Kafka's "rest". */
    static String cpuColumns(String name, Result r) {
        if (r.cpuMsPerRequest().isEmpty()) {
            return "";
        }
        String service = name.startsWith("national report") ? "reporting" : name.startsWith("pgbench") ? "none" : "case";
        double rest = r.cpuTotal() - r.cpu("gateway") - r.cpu(service) - r.cpu("postgres");
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f = %.2f", r.cpu("gateway"), r.cpu(service), r.cpu("postgres"), rest,
                r.cpuTotal());
    }

    /**
     * Ratios are taken round by round, each from two phases run one after the other, and the median
     * of the rounds' ratios is compared with the goal: the services still get faster from round to
     * round (the JIT), and a median of each phase's rates could pair two different rounds.
     */
    static List<Double> ratios(Map<String, List<Result>> results, String a, String b) {
        List<Double> ratios = new ArrayList<>();
        List<Result> as = results.get(a);
        List<Result> bs = results.get(b);
        for (int i = 0; as != null && bs != null && i < Math.min(as.size(), bs.size()); i++) {
            ratios.add(as.get(i).rate / bs.get(i).rate);
        }
        return ratios;
    }

    static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    static String perRound(List<Double> values, boolean asCost) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", 100 * (asCost ? 1 - v : v)))
                .collect(java.util.stream.Collectors.joining(", ", "rounds ", " %"));
    }

    static void goal(Map<String, List<Result>> results, String a, String b, double goal, String label) {
        List<Double> ratios = ratios(results, a, b);
        if (!ratios.isEmpty()) {
            double ratio = median(ratios);
            System.out.printf("  %-52s %7.1f %%               goal ≥ %.0f %%                 %-8s (%s)%n", label, 100 * ratio, 100 * goal,
                    ratio >= goal ? "MET" : "NOT MET", perRound(ratios, false));
        }
    }

    static void cost(Map<String, List<Result>> results, String viaGateway, String direct, String label) {
        List<Double> ratios = ratios(results, viaGateway, direct);
        if (!ratios.isEmpty()) {
            double cost = 1 - median(ratios);
            System.out.printf("  %-52s %7.1f %%               goal ≤ 15 %%                 %-8s (%s)%n", label + " (1 − gateway/direct)",
                    100 * cost, cost <= 0.15 ? "MET" : "NOT MET", perRound(ratios, true));
            hopCpu(results.get(viaGateway), results.get(direct));
        }
    }

    /**
     * Not a goal: the share of a request's CPU (the whole stack's, from /proc) that the hop adds, and the
     * gateway's own share, each the median of the rounds'. On two shared cores the rate lost follows the
     * CPU added; this says how much of it is the gateway's own work and how much the rest costs more.
     */
    static void hopCpu(List<Result> viaGateway, List<Result> direct) {
        List<Double> added = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        for (int i = 0; i < Math.min(viaGateway.size(), direct.size()); i++) {
            double through = viaGateway.get(i).cpuTotal();
            if (through > 0) {
                added.add((through - direct.get(i).cpuTotal()) / through);
                own.add(viaGateway.get(i).cpu("gateway") / through);
            }
        }
        if (!added.isEmpty()) {
            System.out.printf("    CPU the hop adds to a request through the gateway: %.1f %%, the gateway's own %.1f %% (%s; %s)%n",
                    100 * median(added), 100 * median(own), perRound(added, false), perRound(own, false));
        }
    }

    /**
     * The phases of a round: every other round runs each direct phase before its gateway phase. The
     * services are still compiling in the first rounds, so whichever of the two runs second finds them
     * warmer; with the order alternating that falls on both.
     */
    static List<Scenario> inOrderOf(List<Scenario> scenarios, int round) {
        List<Scenario> ordered = new ArrayList<>(scenarios);
        if (round % 2 == 0) {
            for (int i = 0; i + 1 < ordered.size(); i++) {
                if (ordered.get(i).name.contains("gateway") && ordered.get(i + 1).name.contains("direct")) {
                    java.util.Collections.swap(ordered, i, i + 1);
                    i++;
                }
            }
        }
        return ordered;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------ scenarios

    record Scenario(String name, Phase phase) {
        Result run() throws Exception {
            return phase.run();
        }
    }

    interface Phase {
        Result run() throws Exception;
    }

    /** One client's work per iteration: some requests, each timed. */
    interface Work {
        void once(Client client, Recorder recorder) throws IOException;
    }

    static List<Scenario> scenarios() throws Exception {
        List<Scenario> list = new ArrayList<>();
        // writes go to an office the demo data set leaves empty (Ninh Bình area 1), so that the
        // case lists read (a demo office's, 19.05) keep the demo's size however often this runs
        String[] heads = new String[connections];
        String[] writers = new String[connections];
        String[] ministry = new String[connections];
        for (int i = 0; i < connections; i++) {
            heads[i] = token("bench." + RUN + ".head." + i, "AGENCY_HEAD", "19.05");
            writers[i] = token("bench." + RUN + ".writer." + i, "AGENCY_HEAD", WRITE_AGENCY);
            ministry[i] = token("bench." + RUN + ".ministry." + i, "MINISTRY", "VN");
        }
        if (only.contains("pgbench")) {
            list.add(new Scenario("pgbench six-insert transaction", Bench::pgbench));
        }
        if (only.contains("open")) {
            list.add(new Scenario("open a case, gateway", () -> http(gateway, writers, (c, r) -> openCase(c, r, c.token))));
            list.add(new Scenario("open a case, direct", () -> http(caseService, writers, (c, r) -> openCase(c, r, c.token))));
        }
        if (only.contains("mix")) {
            list.add(new Scenario("write mix, gateway (requests)", () -> http(gateway, writers, Bench::writeMix)));
            list.add(new Scenario("write mix, direct (requests)", () -> http(caseService, writers, Bench::writeMix)));
        }
        if (only.contains("read")) {
            list.add(new Scenario("read mix, gateway", () -> http(gateway, heads, ministry, false)));
            list.add(new Scenario("read mix, direct", () -> http(null, heads, ministry, false)));
        }
        if (only.contains("report")) {
            list.add(new Scenario("national report, gateway", () -> http(gateway, ministry, (c, r) -> nationalReport(c, r))));
            list.add(new Scenario("national report, direct", () -> http(reportingService, ministry, (c, r) -> nationalReport(c, r))));
        }
        if (only.contains("report-live")) {
            String opener = token("bench." + RUN + ".live", "AGENCY_HEAD", WRITE_AGENCY);
            list.add(new Scenario(LIVE_REPORT + "gateway", () -> whileCasesOpen(opener,
                    () -> http(gateway, ministry, (c, r) -> nationalReport(c, r)))));
            list.add(new Scenario(LIVE_REPORT + "direct", () -> whileCasesOpen(opener,
                    () -> http(reportingService, ministry, (c, r) -> nationalReport(c, r)))));
        }
        return list;
    }

    static final String WRITE_AGENCY = "37.01";
    static final String LIVE_REPORT = "national report, view changing, ";
    /**
     * Cases opened a second beside the live report phases, each a change of the reporting view that
     * the answers kept in memory must follow. The country opens about a million cases a year, about
     * 3.1 million events: 0.4 a second over working hours. 2 a second is five times that.
     */
    static double liveOpenings = 2;

    /**
     * Runs {@code phase} while one more client opens {@link #liveOpenings} cases a second straight at
     * the case service; each reaches the reporting view through Kafka, so reports are computed again
     * as they would be on a working day. Its CPU counts in the phase's.
     */
    static Result whileCasesOpen(String token, Phase phase) throws Exception {
        AtomicLong opened = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Thread opener = new Thread(() -> {
            long interval = (long) (1_000_000_000L / liveOpenings);
            long next = System.nanoTime();
            Recorder uncounted = new Recorder(0, 0);
            try (Client client = new Client(caseService, token)) {
                while (!Thread.currentThread().isInterrupted()) {
                    (openCase(client, uncounted, token) != null ? opened : failed).incrementAndGet();
                    next += interval;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                failed.incrementAndGet();
            }
        }, "bench-live-openings");
        opener.start();
        try {
            return phase.run();
        } finally {
            opener.interrupt();
            opener.join();
            System.out.printf("    (%d cases opened beside it%s)%n", opened.get(), failed.get() == 0 ? "" : ", " + failed.get() + " failed");
        }
    }
    static final AtomicLong SEQUENCE = new AtomicLong();

    static String openBody() {
        LocalDate today = LocalDate.now(VN);
        long n = SEQUENCE.incrementAndGet();
        return """
                {"agencyCode":"%s","decisionNumber":"%d/QĐ-BENCH-%s","decisionDate":"%s","kind":"ON_REQUEST",\
                "judgment":{"courtCode":"TAND-37","courtName":"Tòa án nhân dân khu vực 37.01","number":"%d/%d/DS-ST","effectiveDate":"%s"},\
                "creditors":[{"name":"Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam","type":"ORGANIZATION"}],\
                "debtors":[{"name":"Nguyễn Văn Bình %d","type":"PERSON","idNumber":"0%d","address":"Tổ 7, phường Trung tâm"}],\
                "moneyAmount":%d,"categories":[]}"""
                .formatted(WRITE_AGENCY, n, RUN, today.minusDays(30), n, today.getYear(), today.minusDays(60), n, 10_000_000_000L + n,
                        5_000_000 + (n % 1000) * 1000);
    }

    /** Opens a case; returns {id, etag}. */
    static String[] openCase(Client c, Recorder r, String token) throws IOException {
        Response response = r.time("open", () -> c.send("POST", "/api/v1/cases", token, openBody(), null));
        if (response.status != 201) {
            return null;
        }
        String location = response.header("location");
        String id = location == null ? firstId(response.body) : location.substring(location.lastIndexOf('/') + 1);
        return new String[]{id, response.header("etag")};
    }

    static void writeMix(Client c, Recorder r) throws IOException {
        String[] opened = openCase(c, r, c.token);
        if (opened == null) {
            return;
        }
        LocalDate today = LocalDate.now(VN);
        String id = opened[0];
        Response verified = r.time("verify", () -> c.send("POST", "/api/v1/cases/" + id + "/verifications", c.token,
                "{\"result\":\"HAS_CONDITIONS\",\"verifiedOn\":\"" + today.minusDays(20) + "\",\"note\":\"Xác minh tại địa phương\"}", opened[1]));
        if (verified.status != 200) {
            return;
        }
        String body = verified.body;
        long amount = Long.parseLong(field(body, "moneyAmount"));
        Response collected = r.time("collect", () -> c.send("POST", "/api/v1/cases/" + id + "/collections", c.token,
                "{\"amount\":" + amount + ",\"collectedOn\":\"" + today.minusDays(10) + "\",\"receiptNumber\":\"BL-" + id.substring(0, 8) + "\"}",
                verified.header("etag")));
        if (collected.status != 200 && collected.status != 201) {
            return;
        }
        r.time("close", () -> c.send("POST", "/api/v1/cases/" + id + "/closure", c.token,
                "{\"outcome\":\"COMPLETED\",\"closedOn\":\"" + today.minusDays(5) + "\",\"reason\":\"Đã thi hành xong\"}",
                collected.header("etag")));
    }

    static void nationalReport(Client c, Recorder r) throws IOException {
        LocalDate today = LocalDate.now(VN);
        int workYear = today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
        r.time("national report", () -> c.send("GET", "/api/v1/reports/enforcement?orgUnit=VN&workYear=" + workYear
                + "&asOf=" + today, c.token, null, null));
    }

    /**
     * The read mix: half case lists (an agency head's first page, and the same filtered by status),
     * half the national report. Through the gateway, or each request straight to its service.
     */
    static Result http(String viaGateway, String[] heads, String[] ministry, boolean unused) throws Exception {
        return run(i -> {
            Client toCases = new Client(viaGateway != null ? viaGateway : caseService, heads[i]);
            Client toReports = viaGateway != null ? toCases : new Client(reportingService, ministry[i]);
            return (c, r) -> {
                toCases.token = heads[i];
                r.time("case list", () -> toCases.send("GET", "/api/v1/cases?page=0&size=20", heads[i], null, null));
                r.time("case list by status", () -> toCases.send("GET", "/api/v1/cases?status=HAS_CONDITIONS&page=0&size=20", heads[i], null, null));
                toReports.token = ministry[i];
                nationalReport(toReports, r);
                nationalReport(toReports, r);
            };
        });
    }

    static Result http(String base, String[] tokens, Work work) throws Exception {
        return run(i -> {
            Client client = new Client(base, tokens[i]);
            return (c, r) -> work.once(client, r);
        });
    }

    interface WorkFactory {
        Work create(int client) throws IOException;
    }

    /** {@code connections} clients for a short warm-up, then {@code seconds} measured. */
    static Result run(WorkFactory factory) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        for (int i = 0; i < connections; i++) {
            Work work = factory.create(i);
            Recorder recorder = new Recorder(warmUpEnd, end);
            recorders.add(recorder);
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        work.once(null, recorder);
                    }
                } catch (IOException e) {
                    recorder.failure("I/O: " + e.getMessage());
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(Math.max(0, (warmUpEnd - System.nanoTime()) / 1_000_000));
        Map<String, Long> before = StackCpu.ticks();
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        Map<String, Long> after = StackCpu.ticks();
        for (Thread t : threads) {
            t.join();
        }
        return Result.of(recorders, seconds).withCpu(before, after);
    }

    // ------------------------------------------------------------------ measurement

    static final class Recorder {
        final long from;
        final long to;
        final Map<String, long[]> byOp = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        long[] all = new long[1 << 14];
        int n;
        int errors;
        String firstError;

        Recorder(long from, long to) {
            this.from = from;
            this.to = to;
        }

        interface Call {
            Response call() throws IOException;
        }

        Response time(String op, Call call) throws IOException {
            long start = System.nanoTime();
            Response response = call.call();
            long done = System.nanoTime();
            if (start >= from && done <= to) {
                if (n == all.length) {
                    all = Arrays.copyOf(all, n * 2);
                }
                all[n++] = done - start;
                counts.merge(op, 1, Integer::sum);
                if (response.status >= 300) {
                    errors++;
                    if (firstError == null) {
                        firstError = op + " answered " + response.status + ": " + response.body.substring(0, Math.min(300, response.body.length()));
                    }
                }
            }
            return response;
        }

        void failure(String message) {
            errors++;
            if (firstError == null) {
                firstError = message;
            }
        }
    }

    record Result(double rate, long[] latencies, int errors, String firstError, Map<String, Double> cpuMsPerRequest) {
        Result(double rate, long[] latencies, int errors, String firstError) {
            this(rate, latencies, errors, firstError, Map.of());
        }

        Result withCpu(Map<String, Long> before, Map<String, Long> after) {
            Map<String, Double> perRequest = new LinkedHashMap<>();
            double requests = rate * seconds;
            for (String part : StackCpu.PARTS) {
                long ticks = after.getOrDefault(part, 0L) - before.getOrDefault(part, 0L);
                perRequest.put(part, requests == 0 ? 0 : ticks * 10.0 / requests); // 100 ticks a second
            }
            return new Result(rate, latencies, errors, firstError, perRequest);
        }

        double cpu(String part) {
            return cpuMsPerRequest.getOrDefault(part, 0.0);
        }

        double cpuTotal() {
            return cpuMsPerRequest.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        String cpuLine() {
            if (cpuMsPerRequest.isEmpty()) {
                return "";
            }
            StringBuilder line = new StringBuilder("  CPU ms/request:");
            cpuMsPerRequest.forEach((part, ms) -> {
                if (ms >= 0.05) {
                    line.append(String.format(Locale.ROOT, " %s %.2f", part, ms));
                }
            });
            return line.append(String.format(Locale.ROOT, " = %.2f", cpuTotal())).toString();
        }

        static Result of(List<Recorder> recorders, int seconds) {
            int total = recorders.stream().mapToInt(r -> r.n).sum();
            long[] all = new long[total];
            int at = 0;
            int errors = 0;
            String firstError = null;
            for (Recorder r : recorders) {
                System.arraycopy(r.all, 0, all, at, r.n);
                at += r.n;
                errors += r.errors;
                firstError = firstError == null ? r.firstError : firstError;
            }
            Arrays.sort(all);
            return new Result((double) total / seconds, all, errors, firstError);
        }

        double p(int percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-44s %,9.0f /s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  errors %d%s%s", name, rate,
                    p(50), p(95), p(99), errors, cpuLine(), firstError == null ? "" : "  (" + firstError + ")");
        }
    }

    // ------------------------------------------------------------------ pgbench

    /**
     * The physical reference: a transaction of six inserts shaped as a case opening (the case row
     * with its eight indexes, two of them trigram, as migration V11 of the case service left it; two
     * parties with a trigram index, the history entry, the outbox row, a category) on the same server,
     * same settings, same number of clients.
     */
    static Result pgbench() throws Exception {
        String pgbench = System.getenv().getOrDefault("PGBENCH", "pgbench");
        psql("postgres", "select 'create database thads_bench' where not exists (select from pg_database where datname = 'thads_bench')\\gexec");
        psql("thads_bench", """
                create extension if not exists pg_trgm;
                create table if not exists b_case (id uuid primary key, agency_code varchar(10) not null, province_code varchar(10) not null,
                  decision_number varchar(100) not null, decision_date date not null, kind varchar(20) not null, court_code varchar(50) not null,
                  court_name varchar(300) not null, judgment_number varchar(100) not null, judgment_effective_date date not null,
                  money_amount bigint not null, collected_amount bigint not null, status varchar(20) not null, officer_id uuid,
                  opened_by varchar(100) not null, created_at timestamptz not null, version bigint not null, last_dated_on date not null,
                  debtor_names text not null, unique (agency_code, decision_number));
                create index if not exists b_case_agency_v11 on b_case (agency_code, decision_date) include (status);
                create index if not exists b_case_province_v11 on b_case (province_code, decision_date) include (status);
                create index if not exists b_case_officer on b_case (officer_id);
                create index if not exists b_case_status_v11 on b_case (status, decision_date);
                create index if not exists b_case_debtor_names on b_case using gin (debtor_names gin_trgm_ops);
                create index if not exists b_case_decision_number_text on b_case using gin (lower(decision_number) gin_trgm_ops);
                create table if not exists b_party (id uuid primary key, case_id uuid not null references b_case, position int not null,
                  role varchar(10) not null, type varchar(20) not null, name varchar(300) not null, id_number varchar(50),
                  address varchar(500), name_search varchar(300) not null);
                create index if not exists b_party_case on b_party (case_id);
                create index if not exists b_party_name on b_party (role, name_search);
                create index if not exists b_party_trgm on b_party using gin (name_search gin_trgm_ops);
                create table if not exists b_history (id bigserial primary key, case_id uuid not null references b_case, at timestamptz not null,
                  actor varchar(100) not null, action varchar(40) not null, details text not null);
                create index if not exists b_history_case on b_history (case_id, id);
                create table if not exists b_outbox (id bigserial primary key, event_id uuid not null unique, topic varchar(200) not null,
                  message_key varchar(200) not null, event_type varchar(100) not null, payload text not null,
                  created_at timestamptz not null default now(), published_at timestamptz);
                create index if not exists b_outbox_unpublished on b_outbox (id) where published_at is null;
                create table if not exists b_category (case_id uuid not null references b_case, category varchar(30) not null,
                  primary key (case_id, category));
                """);
        Path script = Files.createTempFile("thads-six-inserts", ".sql");
        Files.writeString(script, """
                \\set n random(1, 1000000000000000)
                BEGIN;
                INSERT INTO b_case VALUES (md5(:client_id || ':' || :n)::uuid, '19.05', '19', 'B' || :n || '-' || :client_id || '/QĐ-THADS', current_date, 'ON_REQUEST', 'TAND-19', 'Tòa án nhân dân khu vực 19.05', :n || '/2026/DS-ST', current_date - 30, 5000000, 0, 'ACTIVE', null, 'bench.head', now(), 0, current_date, 'nguyen van binh ' || :n);
                INSERT INTO b_party VALUES (gen_random_uuid(), md5(:client_id || ':' || :n)::uuid, 0, 'CREDITOR', 'ORGANIZATION', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam', null, null, 'ngan hang nong nghiep va phat trien nong thon viet nam');
                INSERT INTO b_party VALUES (gen_random_uuid(), md5(:client_id || ':' || :n)::uuid, 0, 'DEBTOR', 'PERSON', 'Nguyễn Văn Bình ' || :n, '0' || :n, 'Tổ 7, phường Trung tâm', 'nguyen van binh ' || :n);
                INSERT INTO b_history (case_id, at, actor, action, details) VALUES (md5(:client_id || ':' || :n)::uuid, now(), 'bench.head', 'OPENED', '{"agencyCode":"19.05","decisionNumber":"' || :n || '/QĐ-THADS","decisionDate":"2026-10-30","moneyAmount":5000000,"categories":[],"courtJudgmentId":null}');
                INSERT INTO b_outbox (event_id, topic, message_key, event_type, payload) VALUES (gen_random_uuid(), 'thads.case-events', md5(:client_id || ':' || :n)::uuid, 'vn.gov.moj.thads.case.opened', repeat('{"specversion":"1.0","type":"vn.gov.moj.thads.case.opened","source":"/case-service"}', 9));
                INSERT INTO b_category VALUES (md5(:client_id || ':' || :n)::uuid, 'BANK_CREDIT');
                END;
                """);
        Path logs = Files.createTempDirectory("thads-pgbench");
        List<String> command = List.of(pgbench, "-n", "-h", "127.0.0.1", "-p", Integer.toString(pgPort), "-U", "postgres",
                "-c", Integer.toString(connections), "-j", "2", "-T", Integer.toString(seconds), "-f", script.toString(),
                "-l", "--log-prefix", logs.resolve("tx").toString(), "thads_bench");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + out);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench said: " + out);
        }
        List<Long> latencies = new ArrayList<>();
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                for (String line : Files.readAllLines(log)) {
                    latencies.add(Long.parseLong(line.split(" ")[2]) * 1000); // µs → ns
                }
                Files.delete(log);
            }
        }
        Files.delete(logs);
        Files.delete(script);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int failed = out.contains("number of failed transactions: 0") || !out.contains("failed transactions") ? 0 : 1;
        // no CPU column: pgbench's backends end with it, before their CPU time can be read
        return new Result(Double.parseDouble(tps.group(1)), sorted, failed, failed == 0 ? null : out);
    }

    static void psql(String database, String sql) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", Integer.toString(pgPort),
                "-U", "postgres", "-d", database).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(sql.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
    }

    // ------------------------------------------------------------------ ingestion

    /**
     * Kafka's own consumer on this machine: a plain consumer (no group, byte arrays, nothing done
     * with a record) reading both event topics from the start, as a rebuild reads them.
     */
    static double kafkaConsumerRate() throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:" + kafkaPort);
        props.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        props.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        props.put("enable.auto.commit", "false");
        props.put("max.poll.records", "2000");
        var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(props);
        try (consumer) {
            List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("thads.case-events", "thads.complaint-events")) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new org.apache.kafka.common.TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> endOffsets = consumer.endOffsets(partitions);
            long total = 0;
            double best = 0;
            for (int pass = 0; pass < 3; pass++) { // the first pass warms up the JIT and the page cache
                consumer.seekToBeginning(partitions);
                long count = 0;
                long start = System.nanoTime();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < endOffsets.get(p))) {
                    count += consumer.poll(Duration.ofMillis(200)).count();
                }
                double rate = count / ((System.nanoTime() - start) / 1e9);
                best = Math.max(best, rate);
                total = count;
            }
            System.out.printf("Kafka's own consumer: %,d events of both topics, best of 3 passes %,.0f events/s%n", total, best);
            return best;
        }
    }

    /** The reporting service rebuilding its view: both topics from the start through its batch path. */
    static double rebuildRate() throws Exception {
        Client client = new Client(gateway, token("bench." + RUN + ".rebuild", "MINISTRY", "VN"));
        Response started = client.send("POST", "/api/v1/reports/rebuild", client.token, "", null);
        if (started.status != 202) {
            System.out.println("Rebuild not started: " + started.status + " " + started.body);
            return 0;
        }
        String id = field(started.body, "id");
        while (true) {
            Thread.sleep(250);
            Response status = client.send("GET", "/api/v1/reports/rebuild/" + id, client.token, null, null);
            String state = field(status.body, "state");
            if (!"RUNNING".equals(state)) {
                if (!"FINISHED".equals(state)) {
                    System.out.println("Rebuild " + state + ": " + status.body);
                    return 0;
                }
                long applied = Long.parseLong(field(status.body, "eventsApplied"));
                long refused = Long.parseLong(field(status.body, "eventsRefused"));
                double elapsed = Duration.between(OffsetDateTime.parse(field(status.body, "startedAt")),
                        OffsetDateTime.parse(field(status.body, "finishedAt"))).toNanos() / 1e9;
                double rate = (applied + refused) / elapsed;
                System.out.printf("Reporting rebuild %s: %,d events applied, %,d refused in %.1f s: %,.0f events/s%n", state, applied,
                        refused, elapsed, rate);
                return "FINISHED".equals(state) ? rate : 0;
            }
        }
    }

    // ------------------------------------------------------------------ CPU

    /**
     * CPU time of each process of the running stack, from /proc (user + system ticks): what a
     * request costs each part, whatever else the shared machine runs at the same time. Processes
     * are the ones of this work tree (their command line names it), PostgreSQL is its postmaster
     * (postgres/postmaster.pid in the data folder: THADS_DATA_DIR as ./run takes it, data/ by default) and its backends.
     */
    static final class StackCpu {
        static final List<String> PARTS = List.of("gateway", "case", "complaint", "reporting", "kafka", "postgres");
        static final String ROOT = Path.of("").toAbsolutePath().toString();

        static Map<String, Long> ticks() {
            Map<String, Long> ticks = new LinkedHashMap<>();
            long postmaster = -1;
            try {
                Path data = Path.of(ROOT).resolve(System.getenv().getOrDefault("THADS_DATA_DIR", "data"));
                postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            } catch (IOException | RuntimeException e) {
                // no PostgreSQL of this tree: its part stays 0
            }
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long pid = Long.parseLong(proc.getFileName().toString());
                        long parent = Long.parseLong(fields[1]);
                        long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        if (pid == postmaster) {
                            // and its backends that have ended (reaped children): else a phase in which
                            // connections close loses their CPU and PostgreSQL's part can come out negative
                            used += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                        }
                        String command = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                        String part = pid == postmaster || parent == postmaster ? "postgres"
                                : command.contains(ROOT + "/gateway/target/") ? "gateway"
                                : command.contains(ROOT + "/case-service/target/") ? "case"
                                : command.contains(ROOT + "/complaint-service/target/") ? "complaint"
                                : command.contains(ROOT + "/reporting-service/target/") ? "reporting"
                                : command.contains("thads.root=" + ROOT) && command.contains("LocalStack") ? "kafka" : null;
                        if (part != null) {
                            ticks.merge(part, used, Long::sum);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended while being read
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return ticks;
        }
    }

    // ------------------------------------------------------------------ HTTP

    static String token(String subject, String role, String agency) throws IOException {
        Client client = new Client(gateway, null);
        Response r = client.send("POST", "/api/v1/dev/tokens", null,
                "{\"subject\":\"" + subject + "\",\"roles\":[\"" + role + "\"],\"agencyCode\":\"" + agency + "\"}", null);
        client.close();
        if (r.status != 200) {
            throw new IllegalStateException("No development token (is ./run up?): " + r.status + " " + r.body);
        }
        return field(r.body, "accessToken");
    }

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static String firstId(String body) {
        Matcher m = ID.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** A top-level scalar of a small JSON answer (the bench needs a handful; no JSON library on the class path). */
    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.eE]+|true|false|null)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + body);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** One keep-alive HTTP/1.1 connection. */
    static final class Client implements AutoCloseable {
        final String host;
        final int port;
        String token;
        Socket socket;
        InputStream in;
        OutputStream out;

        Client(String base, String token) {
            URI uri = URI.create(base);
            this.host = uri.getHost();
            this.port = uri.getPort();
            this.token = token;
        }

        Response send(String method, String path, String bearer, String body, String ifMatch) throws IOException {
            for (int attempt = 0; ; attempt++) {
                try {
                    return exchange(method, path, bearer, body, ifMatch);
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private Response exchange(String method, String path, String bearer, String body, String ifMatch) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), 5000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = socket.getOutputStream();
            }
            byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(512).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\nAccept: application/json\r\n");
            if (bearer != null) {
                head.append("Authorization: Bearer ").append(bearer).append("\r\n");
            }
            if (ifMatch != null) {
                head.append("If-Match: ").append(ifMatch).append("\r\n");
            }
            if (content != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + (content == null ? 0 : content.length));
            request.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (content != null) {
                request.write(content);
            }
            out.write(request.toByteArray());
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            Map<String, String> headers = new ConcurrentHashMap<>();
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            byte[] answer;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected
                }
                answer = chunks.toByteArray();
            } else {
                answer = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            }
            if ("close".equalsIgnoreCase(headers.get("connection"))) {
                close();
            }
            return new Response(status, headers, new String(answer, StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    int length = line.length();
                    return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        @Override
        public void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing
            }
            socket = null;
        }
    }
}
