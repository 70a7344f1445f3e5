package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The negative-test run: reads the merged OpenAPI document of a running system, takes development
 * tokens for six callers, and sends every operation its valid-ish request (once per caller) and
 * the bad requests {@link Mutations} derives from it. Every answer is recorded; the run fails if
 * any is a 5xx, a 4xx that is not problem details, or shows a stack trace. It starts nothing.
 *
 * <pre>contract/negative-run [gateway-url] [--only regex] [--out folder]</pre>
 */
public final class NegativeRun {

    /** The callers, in the order one is chosen to send an operation's bad requests. */
    static final List<String[]> CALLERS = List.of(
            new String[] {"AGENCY_HEAD", "19.05"},
            new String[] {"OFFICER", "19.05"},
            new String[] {"MINISTRY", "VN"},
            new String[] {"PROVINCE", "19"},
            new String[] {"STATISTICS_CLIENT", "VN"},
            new String[] {"COURT_CLIENT", null});

    /** Path parameters and fields that name a record made for the run: collection and the field of it. */
    private static final Map<String, String[]> NAMED_FIXTURES = Map.of(
            "officerId", new String[] {"/api/v1/officers", "id"},
            "caseId", new String[] {"/api/v1/cases", "id"},
            "trackingCode", new String[] {"/api/v1/complaints", "trackingCode"});

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record Result(String operation, String category, String description, String caller, String request, int status,
                  String contentType, String body, String defect, boolean accepted) {
    }

    private final String gateway;
    private final Pattern only;
    private final Path out;
    private final PrintStream console;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, JsonNode> sharedFixtures = new HashMap<>();
    private final List<Result> results = new ArrayList<>();
    private final Map<String, Boolean> validAnswered = new LinkedHashMap<>();
    private final LocalDate today = LocalDate.now(VIETNAM);
    private OpenApi api;
    private List<OpenApi.Operation> operations;
    private long throttledSeconds;

    NegativeRun(String gateway, Pattern only, Path out, PrintStream console) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.only = only;
        this.out = out;
        this.console = console;
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getenv().getOrDefault("THADS_GATEWAY_URL", "http://localhost:8080");
        Pattern only = null;
        Path out = Path.of("contract/target/negative-run");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = Pattern.compile(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("contract/negative-run [gateway-url] [--only regex-of-'METHOD /path'] [--out folder]");
                    return;
                }
                default -> gateway = args[i];
            }
        }
        int exit;
        try {
            exit = new NegativeRun(gateway, only, out, System.out).run();
        } catch (SetupException e) {
            System.err.println("Could not run: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit);
    }

    static final class SetupException extends Exception {
        SetupException(String message) {
            super(message);
        }
    }

    int run() throws Exception {
        long started = System.nanoTime();
        JsonNode document = document();
        api = new OpenApi(document);
        operations = api.operations();
        takeTokens();
        Files.createDirectories(out);
        console.printf("Negative run against %s: %d operations in the document%n", gateway, operations.size());
        try (Writer log = Files.newBufferedWriter(out.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
            for (OpenApi.Operation operation : operations) {
                if (only != null && !only.matcher(operation.id()).find()) {
                    continue;
                }
                int before = results.size();
                runOperation(operation);
                for (Result result : results.subList(before, results.size())) {
                    log.write(MAPPER.writeValueAsString(result));
                    log.write('\n');
                }
                console.printf("  %-58s %5d requests%n", operation.id(), results.size() - before);
            }
        }
        Report report = new Report(results, validAnswered, gateway, today, Duration.ofNanos(System.nanoTime() - started), throttledSeconds);
        String summary = report.markdown();
        Files.writeString(out.resolve("summary.md"), summary);
        console.println();
        console.println(summary);
        console.println("Every request and answer: " + out.resolve("results.jsonl"));
        return report.defects() == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------- set-up

    private JsonNode document() throws SetupException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/openapi"))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SetupException("GET " + gateway + "/api/v1/openapi answered " + response.statusCode());
            }
            JsonNode document = MAPPER.readTree(response.body());
            String missing = document.path("info").path("description").asText("");
            if (missing.startsWith("Not answering")) {
                throw new SetupException("the gateway's document leaves services out (" + missing + "); is the whole system up?");
            }
            return document;
        } catch (IOException e) {
            throw new SetupException("no gateway at " + gateway + " (" + e.getClass().getSimpleName() + "); start the system first, e.g. ./run");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupException("interrupted");
        }
    }

    private void takeTokens() throws Exception {
        for (String[] caller : CALLERS) {
            ObjectNode request = MAPPER.createObjectNode().put("subject", "negative-run." + caller[0].toLowerCase(java.util.Locale.ROOT));
            request.putArray("roles").add(caller[0]);
            if (caller[1] != null) {
                request.put("agencyCode", caller[1]);
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
            if (response.statusCode() != 200) {
                throw new SetupException("POST /api/v1/dev/tokens answered " + response.statusCode()
                        + " (development tokens exist only in the local run)");
            }
            tokens.put(caller[0], MAPPER.readTree(response.body()).path("accessToken").asText());
        }
    }

    /** The role that sends an operation's bad requests: the first of the callers its security allows. */
    String callerOf(OpenApi.Operation operation) {
        if (!operation.secured()) {
            return Probe.NO_TOKEN;
        }
        for (String[] caller : CALLERS) {
            if (operation.roles().isEmpty() || operation.roles().contains(caller[0])) {
                return caller[0];
            }
        }
        return CALLERS.get(0)[0];
    }

    // ---------------------------------------------------------------- one operation

    /** The operation's record under test: its id in the path, and its current ETag for If-Match. */
    private final class Target {
        final OpenApi.Operation operation;
        final String collection;
        final String caller;
        JsonNode record;
        String etag;

        Target(OpenApi.Operation operation) {
            this.operation = operation;
            this.caller = callerOf(operation);
            int id = operation.path().indexOf("/{id}");
            this.collection = id < 0 ? null : operation.path().substring(0, id);
        }

        /** A record of its own for a change, one shared with other operations for a read. */
        void renew() throws Exception {
            if (collection == null) {
                return;
            }
            record = operation.writes() ? create(collection) : shared(collection);
            etag = null;
            if (record != null && operation.params().stream().anyMatch(p -> p.name().equalsIgnoreCase(Mutations.IF_MATCH))) {
                etag = readEtag(collection + "/" + record.path("id").asText(), caller);
            }
        }

        String id() {
            return record == null ? null : record.path("id").asText(null);
        }
    }

    private void runOperation(OpenApi.Operation operation) throws Exception {
        Target target = new Target(operation);
        target.renew();
        Samples samples = samples(target);
        Probe base = new Probe(operation.id(), "valid", "valid-ish request", operation.method(), operation.path());
        base.caller = target.caller;
        base.header("Accept", "application/json");
        for (OpenApi.Param param : operation.params()) {
            if (param.name().equalsIgnoreCase(Mutations.IF_MATCH)) {
                base.etag = Probe.Etag.CURRENT;
                continue;
            }
            String value = param.in().equals("path") && param.name().equals("id") && target.id() != null ? target.id() : samples.param(param);
            if (param.in().equals("path") && value == null) {
                value = java.util.UUID.randomUUID().toString();
            }
            if (value != null) {
                switch (param.in()) {
                    case "path" -> base.pathValues.put(param.name(), value);
                    case "query" -> base.queryParam(param.name(), value);
                    default -> base.header(param.name(), value);
                }
            }
        }
        JsonNode body = null;
        if (operation.bodySchema() != null) {
            body = samples.body(operation.bodySchema());
            base.header("Content-Type", operation.bodyMediaType());
            base.body(Mutations.write(body));
        }
        List<Probe> probes = new ArrayList<>();
        if (operation.secured()) {
            for (String role : tokens.keySet()) {
                Probe valid = base.derive("valid", "valid-ish request as " + role, false);
                valid.caller = role;
                probes.add(valid);
            }
        } else {
            probes.add(base.derive("valid", "valid-ish request", false));
        }
        Set<String> declared = new LinkedHashSet<>();
        operations.stream().filter(o -> o.path().equals(operation.path())).forEach(o -> declared.add(o.method()));
        probes.addAll(Mutations.of(operation, base, body == null ? MAPPER.createObjectNode() : body, declared, api::resolve, samples));
        boolean validAnswer = false;
        for (Probe probe : probes) {
            if (target.id() != null && probe.pathValues.containsKey("id") && base.pathValues.get("id").equals(probe.pathValues.get("id"))) {
                probe.pathValues.put("id", target.id()); // the record may have been renewed
            }
            Result result = send(probe, target);
            results.add(result);
            boolean success = result.status() >= 200 && result.status() < 300;
            if (probe.category.equals("valid") && success) {
                validAnswer = true;
            }
            if (success && operation.writes() && target.collection != null) {
                target.renew(); // the change went through: the next request gets a record as it was
            }
        }
        validAnswered.put(operation.id(), validAnswer);
    }

    private Samples samples(Target target) {
        String agency = null;
        for (String[] caller : CALLERS) {
            if (caller[0].equals(target.caller)) {
                agency = caller[1];
            }
        }
        return new Samples(today, agency, name -> {
            String[] named = NAMED_FIXTURES.get(name);
            if (named == null) {
                return null;
            }
            try {
                JsonNode fixture = shared(named[0]);
                return fixture == null ? null : fixture.path(named[1]).asText(null);
            } catch (Exception e) {
                return null;
            }
        }, api::resolve);
    }

    // ---------------------------------------------------------------- fixtures

    private JsonNode shared(String collection) throws Exception {
        if (!sharedFixtures.containsKey(collection)) {
            sharedFixtures.put(collection, null); // no loops
            sharedFixtures.put(collection, create(collection));
        }
        return sharedFixtures.get(collection);
    }

    /** A new record through the collection's POST with its valid-ish body, or null if it was refused. */
    private JsonNode create(String collection) throws Exception {
        OpenApi.Operation post = operations.stream().filter(o -> o.method().equals("POST") && o.path().equals(collection))
                .findFirst().orElse(null);
        if (post == null) {
            return null;
        }
        Samples samples = samples(new Target(post));
        String body = post.bodySchema() == null ? "" : Mutations.write(samples.body(post.bodySchema()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + collection))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String caller = callerOf(post);
        if (tokens.containsKey(caller)) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            console.printf("  (could not create a record at %s: %d %s)%n", collection, response.statusCode(), abbreviate(response.body(), 300));
            return null;
        }
        return MAPPER.readTree(response.body());
    }

    private String readEtag(String path, String caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).header("Accept", "application/json").GET();
        if (tokens.containsKey(caller)) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        return send(request).headers().firstValue("ETag").orElse(null);
    }

    // ---------------------------------------------------------------- HTTP

    private Result send(Probe probe, Target target) throws InterruptedException {
        HttpRequest.Builder request;
        try {
            request = build(probe, target);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The run made a request it cannot send: " + probe, e);
        }
        int status = 0;
        String contentType = null;
        String body = null;
        // Twice: a server may close a kept-alive connection after refusing a request (414), and the
        // client learns it only when it sends the next one on it.
        for (int attempt = 0; attempt < 2 && status == 0; attempt++) {
            try {
                HttpResponse<String> response = send(request);
                status = response.statusCode();
                contentType = response.headers().firstValue("Content-Type").orElse(null);
                body = response.body();
            } catch (IOException e) {
                body = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        String defect = Verdict.defect(status, contentType, body);
        boolean accepted = probe.expectRejection && status >= 200 && status < 300;
        return new Result(probe.operation, probe.category, probe.description, probe.caller, probe.toString(), status,
                contentType, abbreviate(body, defect == null ? 300 : 2_000), defect, accepted);
    }

    private HttpRequest.Builder build(Probe probe, Target target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + probe.path() + probe.queryString()))
                .timeout(Duration.ofSeconds(60));
        String token = switch (probe.caller) {
            case Probe.NO_TOKEN -> null;
            case Probe.GARBAGE_TOKEN -> "not.a.jwt";
            default -> tokens.get(probe.caller);
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        probe.headers.forEach(request::header);
        if (probe.etag != Probe.Etag.AS_GIVEN && target.etag != null) {
            String strong = target.etag.startsWith("W/") ? target.etag.substring(2) : target.etag;
            request.header(Mutations.IF_MATCH, probe.etag == Probe.Etag.CURRENT_WEAK ? "W/" + strong : strong);
        }
        request.method(probe.method, probe.body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(fresh(probe.body)));
        return request;
    }

    private static final Pattern GENERATED_TEXT = Pattern.compile("negative([ -])run([ -])\\d+");

    /**
     * Each request's generated texts made new (decision numbers, court numbers, accounts), so that a
     * request is not refused as a duplicate of the one before, nor answered as its resend.
     */
    static byte[] fresh(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!GENERATED_TEXT.matcher(text).find() || !java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body)) {
            return body;
        }
        return GENERATED_TEXT.matcher(text).replaceAll(m -> "negative" + m.group(1) + "run" + m.group(2) + Samples.next())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Sends, and waits out 429 Too Many Requests as its Retry-After says. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 429 || attempt >= 30) {
                return response;
            }
            long wait = response.headers().firstValue("Retry-After").map(NegativeRun::seconds).orElse(1L);
            wait = Math.max(1, Math.min(wait, 60));
            if (throttledSeconds == 0) {
                console.println("  (the gateway's rate limit answered 429: waiting as Retry-After says; a stack started with"
                        + " THADS_GATEWAY_RATE_LIMIT_PER_SUBJECT_PER_MINUTE=1000000 THADS_GATEWAY_RATE_LIMIT_PUBLIC_PER_MINUTE=1000000 runs faster)");
            }
            throttledSeconds += wait;
            Thread.sleep(wait * 1000);
        }
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) + "…(" + text.length() + " chars)" : text;
    }

    /** Now, for the report. */
    static String now() {
        return OffsetDateTime.now(VIETNAM).withNano(0).toString();
    }

    static Map<Integer, Integer> histogram(List<Result> results) {
        Map<Integer, Integer> histogram = new TreeMap<>();
        results.forEach(r -> histogram.merge(r.status(), 1, Integer::sum));
        return histogram;
    }
}
