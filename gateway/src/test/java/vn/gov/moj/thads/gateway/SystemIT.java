package vn.gov.moj.thads.gateway;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.moj.thads.deploy.LocalStack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/**
 * The system as users meet it: the four packaged services with a real PostgreSQL and Kafka, every
 * call through the gateway with tokens from its development issuer.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SystemIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static LocalStack stack;
    private static String caseInThaiNguyen;

    @BeforeAll
    static void startTheSystem() throws Exception {
        stack = LocalStack.startOnFreePorts(Path.of(System.getProperty("thads.root", "..")));
        RestAssured.baseURI = stack.url("gateway");
        RestAssured.port = -1;
        // a hung request fails the test instead of the build
        RestAssured.config = io.restassured.config.RestAssuredConfig.config().httpClient(io.restassured.config.HttpClientConfig
                .httpClientConfig().setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 5_000));
        caseInThaiNguyen = as("AGENCY_HEAD", "19.05").body(Map.of(
                        "agencyCode", "19.05", "decisionNumber", "QĐ-" + UUID.randomUUID(), "decisionDate", TODAY.minusDays(10).toString(),
                        "kind", "EX_OFFICIO",
                        "judgment", Map.of("courtCode", "TAND-TN", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                                "number", "12/2026/HS-ST", "effectiveDate", TODAY.minusDays(30).toString()),
                        "debtors", List.of(Map.of("name", "Triệu Văn Sơn", "type", "PERSON")),
                        "moneyAmount", 15_000_000, "categories", List.of("STATE_BUDGET")))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    static RequestSpecification as(String role, String agency) {
        Map<String, Object> request = agency == null
                ? Map.of("subject", "user-" + UUID.randomUUID(), "roles", List.of(role))
                : Map.of("subject", "user-" + UUID.randomUUID(), "roles", List.of(role), "agencyCode", agency);
        String token = RestAssured.given().contentType("application/json").body(request)
                .post("/api/v1/dev/tokens").then().statusCode(200).extract().path("accessToken");
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    @ParameterizedTest(name = "{0} of {1} reading a case of 19.05: {2}")
    @CsvSource({
            "AGENCY_HEAD,       19.05, 200",
            "AGENCY_HEAD,       19,    200",
            "AGENCY_HEAD,       19.01, 404",
            "OFFICER,           19.05, 404",
            "PROVINCE,          19,    200",
            "PROVINCE,          01,    404",
            "MINISTRY,          VN,    200",
            "COURT_CLIENT,      ,      403",
            "STATISTICS_CLIENT, ,      403",
    })
    void readingACaseFollowsRoleAndAgency(String role, String agency, int status) {
        as(role, agency).get("/api/v1/cases/" + caseInThaiNguyen).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} of {1} closing a case of 19.05: {2}")
    @CsvSource({
            "OFFICER,     19.05, 404",
            "PROVINCE,    19,    403",
            "MINISTRY,    VN,    403",
            "AGENCY_HEAD, 01.01, 404",
    })
    void onlyTheHeadClosesACase(String role, String agency, int status) {
        String etag = as("AGENCY_HEAD", "19.05").get("/api/v1/cases/" + caseInThaiNguyen).then().extract().header("ETag");
        as(role, agency).header("If-Match", etag)
                .body(Map.of("outcome", "TERMINATED", "closedOn", TODAY.toString(), "reason", "thử"))
                .post("/api/v1/cases/" + caseInThaiNguyen + "/closure").then().statusCode(status);
    }

    @Test
    void withoutATokenOnlyThePublicListAnswers() {
        RestAssured.given().get("/api/v1/cases/" + caseInThaiNguyen).then().statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().get("/api/v1/public/debtors-without-conditions").then().statusCode(200);
        // open data of the signed figures (issue 17): no token, through the gateway
        RestAssured.given().get("/api/v1/public/figures").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("periods", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aValidationErrorReadsInVietnameseByDefaultThroughTheGateway() {
        as("MINISTRY", "VN").queryParam("workYear", 2026).get("/api/v1/reports/enforcement").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "vi")
                .body("type", equalTo("urn:thads:problem:validation")).body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors[0].field", equalTo("orgUnit")).body("errors[0].message", equalTo("là bắt buộc"));
        as("MINISTRY", "VN").header("Accept-Language", "en").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                .then().statusCode(400).body("type", equalTo("urn:thads:problem:validation"))
                .body("title", equalTo("Invalid request")).body("errors[0].message", equalTo("is required"));
    }

    @Test
    void headersAndProblemsComeThroughTheGateway() {
        var read = as("AGENCY_HEAD", "19.05").get("/api/v1/cases/" + caseInThaiNguyen).then().statusCode(200)
                .body("debtors[0].name", equalTo("Triệu Văn Sơn")).extract();
        as("AGENCY_HEAD", "19.05").header("If-Match", "\"999\"")
                .body(Map.of("result", "HAS_CONDITIONS", "verifiedOn", TODAY.toString()))
                .post("/api/v1/cases/" + caseInThaiNguyen + "/verifications")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:thads:problem:stale-version"));
        org.assertj.core.api.Assertions.assertThat(read.header("ETag")).matches("\"\\d+\"");
    }

    @Test
    void eventsFlowBetweenTheServicesThroughTheBroker() {
        // the complaint service learns the case from thads.case-events: a complaint about it is routed to its agency
        Map<String, Object> complaint = Map.of("type", "COMPLAINT", "channel", "IN_PERSON", "receivedOn", TODAY.toString(),
                "filedAtAgencyCode", "19.05", "complainant", Map.of("name", "Hà Thị Thu", "idNumber", "019300001111"),
                "caseId", caseInThaiNguyen, "subject", Map.of("kind", "OFFICER", "phase", "COERCION", "officerSubject", "can-bo-tn-1"),
                "content", "Khiếu nại việc cưỡng chế");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                as("OFFICER", "19.05").body(complaint).post("/api/v1/complaints").statusCode() == 201);
        as("AGENCY_HEAD", "19.05").queryParam("caseId", caseInThaiNguyen).get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].competentAgencyCode", equalTo("19.05"));
        // the case service counts it from thads.complaint-events
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                as("AGENCY_HEAD", "19.05").get("/api/v1/cases/" + caseInThaiNguyen).then().body("complaintCount", equalTo(1)));
        // the reporting service has both in its own view
        LocalDate opened = TODAY.minusDays(10);
        int workYear = opened.getMonthValue() >= 10 ? opened.getYear() + 1 : opened.getYear();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                as("MINISTRY", "VN").queryParam("orgUnit", "19.05").queryParam("workYear", workYear)
                        .queryParam("asOf", TODAY.toString()).get("/api/v1/reports/enforcement").then().statusCode(200)
                        .body("cases.newlyAccepted", equalTo(1)).body("money.newlyAccepted", equalTo(15_000_000)));
        // the complaint arrives on its own topic: the case figures above say nothing of when it is applied
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                as("MINISTRY", "VN").queryParam("orgUnit", "19.05").queryParam("from", TODAY.toString())
                        .queryParam("to", TODAY.toString()).get("/api/v1/reports/complaints").then().statusCode(200)
                        .body("received", equalTo(1)));
        // the view's counts reconcile with the case service's own (a synchronous call, with the caller's token)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                as("PROVINCE", "19").queryParam("orgUnit", "19").get("/api/v1/reports/reconciliation").then().statusCode(200)
                        .body("reconciled", equalTo(true)).body("differences", org.hamcrest.Matchers.empty())
                        .body("lines.serviceCases.sum()", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    /** The worked examples of domain.md §6, entered as an office would and read as the ministry would. */
    @Test
    void moneyWithoutConditionsAndDelegatedAsTheRulesHaveThem() {
        // Hưng Yên (33): 100M new on 2025-10-15, 40M collected in December, verified NO_CONDITIONS in February
        String a = openCase("33", "2025-10-15", 100_000_000L);
        step("33", a, "collections", Map.of("amount", 40_000_000L, "collectedOn", "2025-12-10", "receiptNumber", "BL-" + UUID.randomUUID()));
        step("33", a, "verifications", Map.of("result", "NO_CONDITIONS", "verifiedOn", "2026-02-10", "decisionNumber", "15/QĐ-CĐK",
                "decisionDate", "2026-02-12"));
        // Thanh Hóa (38): 50M new, 20M collected, then delegated to Nghệ An (40)
        String b = openCase("38", "2025-10-15", 50_000_000L);
        step("38", b, "collections", Map.of("amount", 20_000_000L, "collectedOn", "2025-11-20", "receiptNumber", "BL-" + UUID.randomUUID()));
        step("38", b, "delegation", Map.of("toAgencyCode", "40", "date", "2026-01-05", "reason", "Tài sản ở Nghệ An"));
        // a third case, with conditions; a collection dated before its last change is refused, naming that date
        String c = openCase("38", "2025-10-20", 1_000_000L);
        step("38", c, "verifications", Map.of("result", "HAS_CONDITIONS", "verifiedOn", "2025-12-01"));
        String etag = as("AGENCY_HEAD", "38").get("/api/v1/cases/" + c).then().extract().header("ETag");
        as("AGENCY_HEAD", "38").header("If-Match", etag).body(Map.of("amount", 1_000L, "collectedOn", "2025-11-30", "receiptNumber", "BL-x"))
                .post("/api/v1/cases/" + c + "/collections").then().statusCode(422).body("lastChangeOn", equalTo("2025-12-01"));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> report("33")
                .body("money.withoutConditions", equalTo(60_000_000)));
        // without conditions is what is still outstanding; the 40M collected stays with conditions and done
        report("33").body("money.withConditions", equalTo(40_000_000)).body("money.done", equalTo(40_000_000))
                .body("money.inProgress", equalTo(0)).body("money.rate", equalTo(100.00f));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> report("38")
                .body("money.delegated", equalTo(30_000_000)));
        // delegated is what was outstanding on the day; the 20M collected before counts in done and with conditions
        report("38").body("money.done", equalTo(20_000_000)).body("money.withConditions", equalTo(21_000_000))
                .body("cases.delegated", equalTo(1));
        // an amount no judgment reaches is refused before it can overflow a figure
        as("AGENCY_HEAD", "33").body(caseBody("33", "2025-10-15", 9_223_372_036_854_775_000L)).post("/api/v1/cases").then()
                .statusCode(422).body("type", equalTo("urn:thads:problem:amount-too-large"));
    }

    private static io.restassured.response.ValidatableResponse report(String unit) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }

    private static Map<String, Object> caseBody(String agency, String decisionDate, long money) {
        return Map.of("agencyCode", agency, "decisionNumber", "QĐ-" + UUID.randomUUID(), "decisionDate", decisionDate,
                "kind", "ON_REQUEST", "judgment", Map.of("courtCode", "TAND-" + agency, "courtName", "Tòa án nhân dân",
                        "number", "BA-" + UUID.randomUUID(), "effectiveDate", "2025-09-01"),
                "debtors", List.of(Map.of("name", "Công ty TNHH Thương mại Hoàng Long", "type", "ORGANIZATION")), "moneyAmount", money);
    }

    private static String openCase(String agency, String decisionDate, long money) {
        return as("AGENCY_HEAD", agency).body(caseBody(agency, decisionDate, money)).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
    }

    private static void step(String agency, String caseId, String transition, Map<String, ?> body) {
        String etag = as("AGENCY_HEAD", agency).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().header("ETag");
        as("AGENCY_HEAD", agency).header("If-Match", etag).body(body).post("/api/v1/cases/" + caseId + "/" + transition)
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} of {1} reading the report of 19: {2}")
    @CsvSource({
            "MINISTRY,          VN,    200",
            "STATISTICS_CLIENT, ,      200",
            "PROVINCE,          19,    200",
            "PROVINCE,          01,    403",
            "AGENCY_HEAD,       19.05, 403",
            "OFFICER,           19.05, 403",
            "COURT_CLIENT,      ,      403",
    })
    void reportsFollowRoleAndAgency(String role, String agency, int status) {
        as(role, agency).queryParam("orgUnit", "19").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                .then().statusCode(status);
    }

    /**
     * ./run --demo's loader, three cases an office: every answer is what it expects (it failed on the targets' PUT once).
     * Late, so that the tests that count what one office received count only their own.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1)
    void theDemoDataSetLoadsThroughTheGateway() throws Exception {
        java.nio.file.Path progress = java.nio.file.Files.createTempDirectory("demo").resolve("complaints-made");
        stack.loadDemoData(3, progress);
        long complaints = demoComplaints();
        org.assertj.core.api.Assertions.assertThat(complaints).isPositive();
        // loaded again, as after a Ctrl-C: it goes on from what is there, and sends no complaint twice
        stack.loadDemoData(3, progress);
        org.assertj.core.api.Assertions.assertThat(demoComplaints()).isEqualTo(complaints);
    }

    /** The petitions the demo's agencies hold, as each agency's head lists them. */
    private static long demoComplaints() {
        long total = 0;
        for (String agency : List.of("01", "01.01", "01.02", "01.03", "19", "19.01", "19.02", "19.05", "25", "25.01", "25.02",
                "79", "79.01", "79.02", "79.03")) {
            total += as("AGENCY_HEAD", agency).queryParam("agency", agency).get("/api/v1/complaints")
                    .then().statusCode(200).extract().jsonPath().getLong("total");
        }
        return total;
    }

    @Test
    void theGatewayServesOneApiDocumentForEveryService() {
        RestAssured.given().get("/api/v1/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/cases"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/complaints"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reports/enforcement"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/dev/tokens"));
    }

    @Test
    void theGatewayServesTheAsyncApiDocumentOfTheTopicsWithoutAToken() {
        RestAssured.given().get("/api/v1/asyncapi").then().statusCode(200)
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.caseEvents.address", equalTo("thads.case-events"))
                .body("channels.complaintEvents.address", equalTo("thads.complaint-events"))
                .body("components.messages", org.hamcrest.Matchers.hasKey("CaseOpened"));
    }

    @Test
    void aNewCasesLocationIsTheGatewayPathNotTheServicesAddress() {
        String location = as("AGENCY_HEAD", "19.05").body(Map.of(
                        "agencyCode", "19.05", "decisionNumber", "QĐ-" + UUID.randomUUID(), "decisionDate", TODAY.minusDays(3).toString(),
                        "kind", "EX_OFFICIO",
                        "judgment", Map.of("courtCode", "TAND-TN", "courtName", "Tòa án nhân dân tỉnh Thái Nguyên",
                                "number", "13/2026/HS-ST", "effectiveDate", TODAY.minusDays(20).toString()),
                        "debtors", List.of(Map.of("name", "Lý Văn Tâm", "type", "PERSON")),
                        "moneyAmount", 2_000_000, "categories", List.of("STATE_BUDGET")))
                .post("/api/v1/cases").then().statusCode(201).extract().header("Location");
        org.assertj.core.api.Assertions.assertThat(location).matches("/api/v1/cases/[0-9a-f-]{36}");
        as("AGENCY_HEAD", "19.05").get(location).then().statusCode(200);
    }

    @Test
    void aGetWithASmuggledBodyIsRefusedAndTheNextCitizensGetTheirOwnAnswers() {
        int port = java.net.URI.create(stack.url("gateway")).getPort();
        String smuggled = "GET /q/metrics HTTP/1.1\r\nHost: case-service\r\n\r\n";
        try (RawHttp attacker = RawHttp.connect(port)) {
            attacker.send("GET /api/v1/public/debtors-without-conditions HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                    + smuggled.length() + "\r\n\r\n" + smuggled);
            org.assertj.core.api.Assertions.assertThat(attacker.read().status()).isEqualTo(400);
            org.assertj.core.api.Assertions.assertThat(attacker.closedByServer()).isTrue();
        }
        for (int i = 0; i < 20; i++) {
            try (RawHttp citizen = RawHttp.connect(port)) {
                RawHttp.Answer answer = citizen.send(RawHttp.get("/api/v1/public/debtors-without-conditions?page=" + i)).read();
                org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(io.restassured.path.json.JsonPath.from(answer.body()).getInt("page")).isEqualTo(i);
            }
        }
    }

    @Test
    void healthAndMetricsAreOnTheManagementInterfaceOnly() {
        RestAssured.given().get("/q/health").then().statusCode(404);
        RestAssured.given().get("/q/metrics").then().statusCode(404);
        for (String service : List.of("gateway", "case-service", "complaint-service", "reporting-service")) {
            RestAssured.given().baseUri(stack.managementUrl(service)).get("/q/health/ready").then().statusCode(200);
            RestAssured.given().baseUri(stack.managementUrl(service)).get("/q/metrics").then().statusCode(200);
            RestAssured.given().baseUri(stack.url(service)).get("/q/health/ready").then().statusCode(404);
        }
    }

    @Test
    void theServicesListenOnThisMachineOnly() throws Exception {
        java.net.InetAddress external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> { try { return n.isUp() && !n.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no address but loopback");
        for (String service : List.of("gateway", "case-service", "complaint-service", "reporting-service")) {
            int port = java.net.URI.create(stack.url(service)).getPort();
            try (java.net.Socket socket = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(external, port), 2_000))
                        .as(service + " on " + external).isInstanceOf(java.io.IOException.class);
            }
            RestAssured.given().baseUri(stack.url(service)).get("/q/openapi").then().statusCode(200);
        }
    }

    /** Last: stops the real reporting service. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aStoppedServiceGives503WhileTheOthersAnswer() throws Exception {
        stack.stopService("reporting-service");
        for (int i = 0; i < 3; i++) {
            as("MINISTRY", "VN").queryParam("orgUnit", "19").queryParam("workYear", 2026).get("/api/v1/reports/enforcement")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"));
            as("AGENCY_HEAD", "19.05").get("/api/v1/cases/" + caseInThaiNguyen).then().statusCode(200);
        }
    }
}
