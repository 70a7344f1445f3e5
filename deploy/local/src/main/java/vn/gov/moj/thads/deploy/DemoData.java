package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
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

/**
 * The demo data set of {@code ./run --demo}: offices of four provinces, their officers, a few
 * thousand cases over two work years taken through their lifecycle, complaints and targets, all
 * entered through the gateway's public API as users would (so every event flows as in production).
 * Generated from a fixed seed: the same data every time.
 */
final class DemoData {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
    private static final String[] COMPANIES = {"Công ty TNHH Thương mại Hoàng Long", "Công ty Cổ phần Xây dựng Đông Á", "Công ty TNHH Vận tải Phú Thành", "Hợp tác xã Nông nghiệp Tân Cương"};
    private static final String[][] OFFICES = {{"01.01", "01"}, {"01.02", "01"}, {"01.03", "01"}, {"19.01", "19"}, {"19.02", "19"},
            {"19.05", "19"}, {"25.01", "25"}, {"25.02", "25"}, {"79.01", "79"}, {"79.02", "79"}, {"79.03", "79"}};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String gateway;
    private final Random random = new Random(20251001L);
    private final Map<String, String> tokens = new HashMap<>();

    DemoData(String gateway) {
        this.gateway = gateway;
    }

    void load(int casesPerOffice) throws Exception {
        for (String[] province : new String[][]{{"01"}, {"19"}, {"25"}, {"79"}}) {
            for (int year : new int[]{2025, 2026, 2027}) {
                send("PUT", "/api/v1/targets/" + year + "/" + province[0], token("MINISTRY", "VN"),
                        Map.of("caseRate", 75, "moneyRate", 40, "carriedOverCaseReduction", 5, "carriedOverMoneyReduction", 3), null);
            }
        }
        int cases = 0;
        List<String> caseIds = new ArrayList<>();
        for (String[] office : OFFICES) {
            String agency = office[0];
            String head = token("AGENCY_HEAD", agency);
            for (int year : new int[]{2026, 2027}) {
                send("PUT", "/api/v1/targets/" + year + "/" + agency, token("PROVINCE", office[1]),
                        Map.of("caseRate", 70 + random.nextInt(15), "moneyRate", 30 + random.nextInt(20),
                                "carriedOverCaseReduction", 5, "carriedOverMoneyReduction", 3), null);
            }
            List<String> officers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                officers.add(send("POST", "/api/v1/officers", head, Map.of("agencyCode", agency,
                        "subject", "cbv." + agency.replace('.', '-') + "." + i, "fullName", "Chấp hành viên " + person()), null).path("id").asText());
            }
            for (int n = 0; n < casesPerOffice; n++) {
                caseIds.add(oneCase(agency, head, officers, n));
                cases++;
            }
            System.out.printf("Demo data: %s done (%d cases so far)%n", agency, cases);
        }
        for (int i = 0; i < caseIds.size() / 15; i++) {
            String caseId = caseIds.get(random.nextInt(caseIds.size()));
            String[] office = OFFICES[random.nextInt(OFFICES.length)];
            Map<String, Object> complaint = new LinkedHashMap<>();
            complaint.put("type", random.nextInt(5) == 0 ? "DENUNCIATION" : "COMPLAINT");
            complaint.put("channel", List.of("IN_PERSON", "POST", "ONLINE").get(random.nextInt(3)));
            complaint.put("receivedOn", TODAY.minusDays(random.nextInt(300)).toString());
            complaint.put("filedAtAgencyCode", office[0]);
            complaint.put("complainant", Map.of("name", person(), "idNumber", "0" + (10_000_000_000L + random.nextInt(999_999_999))));
            complaint.put("caseId", caseId);
            complaint.put("subject", Map.of("kind", random.nextInt(4) == 0 ? "AGENCY_HEAD" : "OFFICER",
                    "phase", List.of("BEFORE_MEASURES", "SECURITY_MEASURE", "COERCION", "AFTER_COERCION").get(random.nextInt(4))));
            complaint.put("content", "Khiếu nại về việc tổ chức thi hành án");
            send("POST", "/api/v1/complaints", token("AGENCY_HEAD", office[0]), complaint, null);
        }
        System.out.printf("Demo data loaded: %d cases, %d complaints%n", cases, caseIds.size() / 15);
    }

    /** A case opened in the last two work years and taken as far as its dates allow. */
    private String oneCase(String agency, String head, List<String> officers, int n) throws Exception {
        LocalDate opened = TODAY.minusDays(random.nextInt(780));
        long money = Math.round(Math.pow(10, 6.5 + random.nextDouble() * 3)) / 1000 * 1000;
        boolean company = random.nextInt(6) == 0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyCode", agency);
        body.put("decisionNumber", (n + 1) + "/QĐ-THADS-" + agency + "-" + opened.getYear());
        body.put("decisionDate", opened.toString());
        body.put("kind", random.nextInt(3) == 0 ? "EX_OFFICIO" : "ON_REQUEST");
        body.put("judgment", Map.of("courtCode", "TAND-" + agency.substring(0, 2), "courtName", "Tòa án nhân dân khu vực " + agency,
                "number", (n + 7) + "/" + opened.getYear() + "/DS-ST", "effectiveDate", opened.minusDays(15 + random.nextInt(60)).toString()));
        body.put("creditors", List.of(Map.of("name", random.nextBoolean() ? "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" : person(),
                "type", "ORGANIZATION")));
        body.put("debtors", List.of(Map.of("name", company ? COMPANIES[random.nextInt(COMPANIES.length)] : person(),
                "type", company ? "ORGANIZATION" : "PERSON", "idNumber", "0" + (10_000_000_000L + random.nextInt(999_999_999)),
                "address", "Tổ " + (1 + random.nextInt(20)) + ", phường Trung tâm")));
        body.put("moneyAmount", money);
        body.put("categories", random.nextInt(4) == 0 ? List.of("BANK_CREDIT") : List.of());
        HttpResponse<String> created = raw("POST", "/api/v1/cases", head, body, null);
        String id = mapper.readTree(created.body()).path("id").asText();
        String etag = created.headers().firstValue("ETag").orElse("\"0\"");
        etag = transition(id, head, etag, "assignment", Map.of("officerId", officers.get(random.nextInt(officers.size())),
                "assignedOn", opened.toString()));
        LocalDate day = opened.plusDays(10 + random.nextInt(20));
        if (day.isAfter(TODAY)) {
            return id;
        }
        boolean conditions = random.nextInt(10) < 7;
        etag = transition(id, head, etag, "verifications", conditions
                ? Map.of("result", "HAS_CONDITIONS", "verifiedOn", day.toString(), "note", "Xác minh tại địa phương")
                : Map.of("result", "NO_CONDITIONS", "verifiedOn", day.toString(), "note", "Xác minh tại địa phương",
                        "decisionNumber", "CĐK-" + id.substring(0, 8), "decisionDate", day.toString()));
        if (!conditions) {
            return id;
        }
        long outstanding = money;
        int receipt = 0;
        while (outstanding > 0 && random.nextInt(3) > 0) {
            day = day.plusDays(15 + random.nextInt(60));
            if (day.isAfter(TODAY)) {
                return id;
            }
            long amount = random.nextBoolean() ? outstanding : Math.max(1000, outstanding / (2 + random.nextInt(3)));
            etag = transition(id, head, etag, "collections", Map.of("amount", amount, "collectedOn", day.toString(),
                    "receiptNumber", "BL-" + id.substring(0, 8) + "-" + (++receipt)));
            outstanding -= amount;
        }
        day = day.plusDays(5 + random.nextInt(30));
        if (day.isAfter(TODAY)) {
            return id;
        }
        if (outstanding == 0) {
            transition(id, head, etag, "closure", Map.of("outcome", "COMPLETED", "closedOn", day.toString(), "reason", "Đã thi hành xong"));
        } else if (random.nextInt(8) == 0) {
            transition(id, head, etag, "closure", Map.of("outcome", "TERMINATED", "closedOn", day.toString(), "reason", "Người được thi hành án từ bỏ quyền"));
        } else if (random.nextInt(10) == 0) {
            transition(id, head, etag, "postponement", Map.of("date", day.toString(), "reason", "Người phải thi hành án ốm nặng"));
        }
        return id;
    }

    private String transition(String id, String token, String etag, String name, Map<String, ?> body) throws Exception {
        return raw("POST", "/api/v1/cases/" + id + "/" + name, token, body, etag).headers().firstValue("ETag").orElseThrow();
    }

    private String person() {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String token(String role, String agency) throws Exception {
        String key = role + "@" + agency;
        if (!tokens.containsKey(key)) {
            JsonNode answer = send("POST", "/api/v1/dev/tokens", null,
                    Map.of("subject", "demo." + role.toLowerCase() + "." + agency, "roles", List.of(role), "agencyCode", agency), null);
            tokens.put(key, answer.path("accessToken").asText());
        }
        return tokens.get(key);
    }

    private JsonNode send(String method, String path, String token, Object body, String ifMatch) throws Exception {
        return mapper.readTree(raw(method, path, token, body, ifMatch).body());
    }

    private HttpResponse<String> raw(String method, String path, String token, Object body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)));
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
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
