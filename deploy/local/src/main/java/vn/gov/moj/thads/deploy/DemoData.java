package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The demo data set of {@code ./run --demo}: offices of four provinces, their officers, a few
 * thousand cases over two work years taken through their lifecycle, complaints and targets, all
 * entered through the gateway's public API as users would (so every event flows as in production).
 * Generated from fixed seeds (one per office, so that the offices load in parallel): the same data
 * every time.
 * <p>
 * A load that was stopped (Ctrl-C) goes on from where it was when started again: what it meets
 * already made is taken as it is (an officer with the same login, a case with the same decision
 * number, whose remaining steps are then skipped), and the complaints count on from the number
 * recorded in the data folder.
 */
final class DemoData {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
    private static final String[] COMPANIES = {"Công ty TNHH Thương mại Hoàng Long", "Công ty Cổ phần Xây dựng Đông Á", "Công ty TNHH Vận tải Phú Thành", "Hợp tác xã Nông nghiệp Tân Cương"};
    private static final String[][] OFFICES = {{"01.01", "01"}, {"01.02", "01"}, {"01.03", "01"}, {"19.01", "19"}, {"19.02", "19"},
            {"19.05", "19"}, {"25.01", "25"}, {"25.02", "25"}, {"79.01", "79"}, {"79.02", "79"}, {"79.03", "79"}};

    /** An office another one took over, and its last day (reference/local-offices.csv: successor_code and valid_to). */
    private record TakenOver(String code, LocalDate lastDay) {
    }

    /**
     * The office each office took over, read from the offices file the stack itself loads: a case decided while that
     * office existed is recorded there (domain.md §2: 19.02's Bắc Kạn cases stay in Bắc Kạn's figures before the merger).
     */
    private static final Map<String, TakenOver> TAKEN_OVER = takenOver();

    private static Map<String, TakenOver> takenOver() {
        Map<String, TakenOver> result = new HashMap<>();
        try (var in = DemoData.class.getResourceAsStream("/reference/local-offices.csv")) {
            if (in == null) {
                return result;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                String[] c = line.split(",", -1); // code,name,valid_from,valid_to,successor_code
                if (c.length >= 5 && !c[3].isBlank() && !c[4].isBlank()) {
                    result.putIfAbsent(c[4].strip(), new TakenOver(c[0].strip(), LocalDate.parse(c[3].strip())));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result;
    }

    /** Threads sending one office's cases (11 offices side by side). */
    private static final int SENDERS_PER_OFFICE = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String gateway;
    private final Path complaintsMade;
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code progress}: a file in the data folder that counts the complaints made so far. */
    DemoData(String gateway, Path progress) {
        this.gateway = gateway;
        this.complaintsMade = progress;
    }

    void load(int casesPerOffice) throws Exception {
        Random random = new Random(20251001L);
        for (String[] province : new String[][]{{"01"}, {"19"}, {"25"}, {"79"}}) {
            for (int year : new int[]{2025, 2026, 2027}) {
                send("PUT", "/api/v1/targets/" + year + "/" + province[0], token("MINISTRY", "VN"),
                        Map.of("caseRate", 75, "moneyRate", 40, "carriedOverCaseReduction", 5, "carriedOverMoneyReduction", 3), null);
            }
        }
        // One thread per office: each office's requests follow each other as before, the offices
        // go side by side (a single client waiting on each answer took minutes).
        AtomicInteger cases = new AtomicInteger();
        Map<String, List<String>> caseIdsByOffice = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String[]> officerOfCase = new java.util.concurrent.ConcurrentHashMap<>(); // id and login of its first officer
        inParallel(List.of(OFFICES), office -> caseIdsByOffice.put(office[0], loadOffice(office, casesPerOffice, cases, officerOfCase)));
        List<String> caseIds = new ArrayList<>();
        for (String[] office : OFFICES) {
            caseIds.addAll(caseIdsByOffice.get(office[0]));
        }
        int complaints = caseIds.size() / 15;
        // Every complaint is drawn first, in order (the same data every time), then each office sends the ones filed
        // with it, the offices side by side; the progress file counts what each office has sent.
        Map<String, List<Map<String, Object>>> complaintsByOffice = new LinkedHashMap<>();
        List<String> filedAt = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            Map<String, Object> complaint = drawComplaint(random, caseIds, officerOfCase);
            String office = (String) complaint.get("filedAtAgencyCode");
            complaintsByOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(complaint);
            filedAt.add(office);
        }
        Map<String, Integer> made = complaintsMade(filedAt);
        inParallel(complaintsByOffice.keySet(), office -> {
            String head = token("AGENCY_HEAD", office);
            List<Map<String, Object>> filed = complaintsByOffice.get(office);
            for (int i = made.getOrDefault(office, 0); i < filed.size(); i++) {
                send("POST", "/api/v1/complaints", head, filed.get(i), null);
                recordComplaintMade(made, office, i + 1);
            }
            return null;
        });
        System.out.printf("Demo data loaded: %d cases, %d complaints%n", cases.get(), complaints);
    }

    /** A petition about an officer names them, as a desk does: the case's officer (a delegated case has none left). */
    private static Map<String, Object> drawComplaint(Random random, List<String> caseIds, Map<String, String[]> officerOfCase) {
        String caseId = caseIds.get(random.nextInt(caseIds.size()));
        String[] office = OFFICES[random.nextInt(OFFICES.length)];
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("type", random.nextInt(5) == 0 ? "DENUNCIATION" : "COMPLAINT");
        complaint.put("channel", List.of("IN_PERSON", "POST", "ONLINE").get(random.nextInt(3)));
        complaint.put("receivedOn", TODAY.minusDays(random.nextInt(300)).toString());
        complaint.put("filedAtAgencyCode", office[0]);
        complaint.put("complainant", Map.of("name", person(random), "idNumber", "0" + (10_000_000_000L + random.nextInt(999_999_999))));
        complaint.put("caseId", caseId);
        String kind = random.nextInt(4) == 0 ? "AGENCY_HEAD" : "OFFICER";
        Map<String, Object> subject = new LinkedHashMap<>(Map.of("kind", kind,
                "phase", List.of("BEFORE_MEASURES", "SECURITY_MEASURE", "COERCION", "AFTER_COERCION").get(random.nextInt(4))));
        String[] officer = officerOfCase.get(caseId);
        if (kind.equals("OFFICER") && officer != null) {
            subject.put("officerId", officer[0]);
            subject.put("officerSubject", officer[1]);
        }
        complaint.put("subject", subject);
        complaint.put("content", "Khiếu nại về việc tổ chức thi hành án");
        return complaint;
    }

    /**
     * How many complaints each office has sent, from the progress file: lines {@code office=count}, or (a load stopped
     * before the offices sent side by side) one number, the complaints made in drawing order.
     */
    private Map<String, Integer> complaintsMade(List<String> filedAt) throws IOException {
        Map<String, Integer> made = new java.util.concurrent.ConcurrentHashMap<>();
        if (!Files.exists(complaintsMade)) {
            return made;
        }
        String recorded = Files.readString(complaintsMade).strip();
        if (recorded.matches("\\d+")) {
            filedAt.stream().limit(Integer.parseInt(recorded)).forEach(office -> made.merge(office, 1, Integer::sum));
            return made;
        }
        for (String line : recorded.split("\n")) {
            String[] officeAndCount = line.split("=");
            made.put(officeAndCount[0].strip(), Integer.parseInt(officeAndCount[1].strip()));
        }
        return made;
    }

    private synchronized void recordComplaintMade(Map<String, Integer> made, String office, int count) throws IOException {
        made.put(office, count);
        StringBuilder lines = new StringBuilder();
        made.forEach((o, n) -> lines.append(o).append('=').append(n).append('\n'));
        Files.writeString(complaintsMade, lines);
    }

    /** One thread per key; the first failure is thrown once all have stopped. */
    private static <K> void inParallel(java.util.Collection<K> keys, Work<K> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, keys.size()));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (K key : keys) {
                done.add(threads.submit(() -> work.on(key)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            threads.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Work<K> {
        Object on(K key) throws Exception;
    }

    /** An office's targets, officers and cases, from the office's own seed; the ids of its cases. */
    private List<String> loadOffice(String[] office, int casesPerOffice, AtomicInteger cases, Map<String, String[]> officerOfCase)
            throws Exception {
        String agency = office[0];
        Random random = seedOf(agency);
        String head = token("AGENCY_HEAD", agency);
        for (int year : new int[]{2026, 2027}) {
            send("PUT", "/api/v1/targets/" + year + "/" + agency, token("PROVINCE", office[1]),
                    Map.of("caseRate", 70 + random.nextInt(15), "moneyRate", 30 + random.nextInt(20),
                            "carriedOverCaseReduction", 5, "carriedOverMoneyReduction", 3), null);
        }
        List<String> officers = new ArrayList<>();
        Map<String, String> loginOf = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String subject = "cbv." + agency.replace('.', '-') + "." + i;
            String id = officer(head, agency, subject, "Chấp hành viên " + person(random));
            officers.add(id);
            loginOf.put(id, subject);
        }
        // Every case of the office is drawn first, in order (the same data every time), then sent by
        // a few threads: a case's own requests follow each other, cases go side by side.
        List<Planned> plans = new ArrayList<>();
        for (int n = 0; n < casesPerOffice; n++) {
            plans.add(plan(random, office, officers, n));
        }
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS_PER_OFFICE);
        List<String> caseIds = new ArrayList<>();
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (Planned planned : plans) {
                sent.add(senders.submit(() -> send(planned, head)));
            }
            for (int i = 0; i < sent.size(); i++) {
                String caseId = sent.get(i).get();
                caseIds.add(caseId);
                String officer = (String) plans.get(i).steps().get(0).body().get("officerId");
                officerOfCase.put(caseId, new String[] {officer, loginOf.get(officer)});
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            senders.shutdownNow();
        }
        System.out.printf("Demo data: %s done (%d cases so far)%n", agency, cases.addAndGet(casesPerOffice));
        return caseIds;
    }

    /** Each office's own sequence: the same data whatever order the offices load in. */
    private static Random seedOf(String agency) {
        return new Random(20251001L + agency.hashCode());
    }

    /** The officer with this login: added, or the one an earlier (stopped) load added. */
    private String officer(String head, String agency, String subject, String fullName) throws Exception {
        HttpResponse<String> added = raw("POST", "/api/v1/officers", head, Map.of("agencyCode", agency, "subject", subject,
                "fullName", fullName), null, 409);
        if (added.statusCode() != 409) {
            return mapper.readTree(added.body()).path("id").asText();
        }
        for (int page = 0; ; page++) {
            JsonNode found = send("GET", "/api/v1/officers?agency=" + agency + "&size=200&page=" + page, head, null, null);
            for (JsonNode officer : found.path("items")) {
                if (subject.equals(officer.path("subject").asText())) {
                    return officer.path("id").asText();
                }
            }
            if (found.path("items").size() < 200) {
                throw new IOException("Officer " + subject + " exists (409) but is not listed in " + agency);
            }
        }
    }

    /** A step of a case after its opening: the transition and its body ({@code {id}} stands for the case's id). */
    private record Step(String name, Map<String, Object> body) {
    }

    /** A case drawn and not yet sent: its opening, its decision number and the steps after it. */
    private record Planned(String office, Map<String, Object> body, String decisionNumber, List<Step> steps) {
    }

    /**
     * A case opened in the last two work years and taken as far as its dates allow. Everything is
     * drawn before anything is sent, so that a case an earlier load already made (409: same decision
     * number) is skipped with its draws, and the cases after it come out the same.
     */
    private Planned plan(Random random, String[] office, List<String> officers, int n) {
        String agency = office[0];
        LocalDate opened = TODAY.minusDays(random.nextInt(780));
        long money = Math.round(Math.pow(10, 6.5 + random.nextDouble() * 3)) / 1000 * 1000;
        boolean company = random.nextInt(6) == 0;
        Map<String, Object> body = new LinkedHashMap<>();
        String decisionNumber = (n + 1) + "/QĐ-THADS-" + agency + "-" + opened.getYear();
        TakenOver before = TAKEN_OVER.get(agency);
        body.put("agencyCode", before != null && !opened.isAfter(before.lastDay()) ? before.code() : agency);
        body.put("decisionNumber", decisionNumber);
        body.put("decisionDate", opened.toString());
        body.put("kind", random.nextInt(3) == 0 ? "EX_OFFICIO" : "ON_REQUEST");
        body.put("judgment", Map.of("courtCode", "TAND-" + agency.substring(0, 2), "courtName", "Tòa án nhân dân khu vực " + agency,
                "number", (n + 7) + "/" + opened.getYear() + "/DS-ST", "effectiveDate", opened.minusDays(15 + random.nextInt(60)).toString()));
        body.put("creditors", List.of(Map.of("name", random.nextBoolean() ? "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" : person(random),
                "type", "ORGANIZATION")));
        body.put("debtors", List.of(Map.of("name", company ? COMPANIES[random.nextInt(COMPANIES.length)] : person(random),
                "type", company ? "ORGANIZATION" : "PERSON", "idNumber", "0" + (10_000_000_000L + random.nextInt(999_999_999)),
                "address", "Tổ " + (1 + random.nextInt(20)) + ", phường Trung tâm")));
        body.put("moneyAmount", money);
        body.put("categories", random.nextInt(4) == 0 ? List.of("BANK_CREDIT") : List.of());
        return new Planned(agency, body, decisionNumber, lifecycle(random, opened, money, officers));
    }

    /** Opens the case and takes its steps; the id of the case (or of the one an earlier load opened). */
    private String send(Planned planned, String head) throws Exception {
        HttpResponse<String> created = raw("POST", "/api/v1/cases", head, planned.body(), null, 409);
        if (created.statusCode() == 409) {
            // looked up in the office, whose lists hold its predecessors' cases too (a load of before may have recorded
            // the case under the office's own code)
            return existingCase(head, planned.office(), planned.decisionNumber(), created.body());
        }
        String id = mapper.readTree(created.body()).path("id").asText();
        String etag = created.headers().firstValue("ETag").orElse("\"0\"");
        for (Step step : planned.steps()) {
            Map<String, Object> stepBody = new LinkedHashMap<>(step.body());
            stepBody.replaceAll((k, v) -> v instanceof String text ? text.replace("{id}", id.substring(0, 8)) : v);
            etag = transition(id, head, etag, step.name(), stepBody);
        }
        return id;
    }

    private List<Step> lifecycle(Random random, LocalDate opened, long money, List<String> officers) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("assignment", Map.of("officerId", officers.get(random.nextInt(officers.size())), "assignedOn", opened.toString())));
        LocalDate day = opened.plusDays(10 + random.nextInt(20));
        if (day.isAfter(TODAY)) {
            return steps;
        }
        boolean conditions = random.nextInt(10) < 7;
        steps.add(new Step("verifications", conditions
                ? Map.of("result", "HAS_CONDITIONS", "verifiedOn", day.toString(), "note", "Xác minh tại địa phương")
                : Map.of("result", "NO_CONDITIONS", "verifiedOn", day.toString(), "note", "Xác minh tại địa phương",
                        "decisionNumber", "CĐK-{id}", "decisionDate", day.toString())));
        if (!conditions) {
            return steps;
        }
        long outstanding = money;
        int receipt = 0;
        while (outstanding > 0 && random.nextInt(3) > 0) {
            day = day.plusDays(15 + random.nextInt(60));
            if (day.isAfter(TODAY)) {
                return steps;
            }
            long amount = random.nextBoolean() ? outstanding : Math.max(1000, outstanding / (2 + random.nextInt(3)));
            steps.add(new Step("collections", Map.of("amount", amount, "collectedOn", day.toString(),
                    "receiptNumber", "BL-{id}-" + (++receipt))));
            outstanding -= amount;
        }
        day = day.plusDays(5 + random.nextInt(30));
        if (day.isAfter(TODAY)) {
            return steps;
        }
        if (outstanding == 0) {
            steps.add(new Step("closure", Map.of("outcome", "COMPLETED", "closedOn", day.toString(), "reason", "Đã thi hành xong")));
        } else if (random.nextInt(8) == 0) {
            steps.add(new Step("closure", Map.of("outcome", "TERMINATED", "closedOn", day.toString(), "reason", "Người được thi hành án từ bỏ quyền")));
        } else if (random.nextInt(10) == 0) {
            steps.add(new Step("postponement", Map.of("date", day.toString(), "reason", "Người phải thi hành án ốm nặng")));
        }
        return steps;
    }

    /** The id of the case an earlier load opened with this decision number; any other 409 is an error. */
    private String existingCase(String head, String agency, String decisionNumber, String conflict) throws Exception {
        if (!conflict.contains("duplicate-decision")) {
            throw new IOException("POST /api/v1/cases answered 409: " + conflict);
        }
        JsonNode found = send("GET", "/api/v1/cases?agency=" + agency + "&size=200&q="
                + URLEncoder.encode(decisionNumber, StandardCharsets.UTF_8), head, null, null);
        for (JsonNode c : found.path("items")) {
            if (decisionNumber.equals(c.path("decisionNumber").asText())) {
                return c.path("id").asText();
            }
        }
        throw new IOException("Case " + decisionNumber + " exists (409) but is not found in " + agency);
    }

    private String transition(String id, String token, String etag, String name, Map<String, ?> body) throws Exception {
        return raw("POST", "/api/v1/cases/" + id + "/" + name, token, body, etag).headers().firstValue("ETag").orElseThrow();
    }

    private static String person(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String token(String role, String agency) throws Exception {
        String key = role + "@" + agency;
        String known = tokens.get(key);
        if (known == null) {
            JsonNode answer = send("POST", "/api/v1/dev/tokens", null,
                    Map.of("subject", "demo." + role.toLowerCase(java.util.Locale.ROOT) + "." + agency, "roles", List.of(role),
                            "agencyCode", agency), null);
            known = answer.path("accessToken").asText();
            tokens.put(key, known);
        }
        return known;
    }

    private JsonNode send(String method, String path, String token, Object body, String ifMatch) throws Exception {
        return mapper.readTree(raw(method, path, token, body, ifMatch).body());
    }

    private HttpResponse<String> raw(String method, String path, String token, Object body, String ifMatch) throws Exception {
        return raw(method, path, token, body, ifMatch, 0);
    }

    /** {@code alsoAccepted}: a status above 299 the caller handles itself (0: none). */
    private HttpResponse<String> raw(String method, String path, String token, Object body, String ifMatch, int alsoAccepted)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        while (response.statusCode() == 429) {
            // a well-behaved client waits as the gateway asks
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() >= 300 && response.statusCode() != alsoAccepted) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
