package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * Two officers of Hà Nội's regional office 2 in March 2026 against their monthly targets, and
 * the office's figures as a spreadsheet.
 */
@QuarkusTest
class OfficersReportTest {

    private static final long M = 1_000_000L;
    private static final UUID LAN = UUID.randomUUID();
    private static final UUID MINH = UUID.randomUUID();
    /** An officer of Hà Nội's provincial agency (01) itself. */
    private static final UUID HUNG = UUID.randomUUID();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;
    @Inject io.agroal.api.AgroalDataSource dataSource;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void eachOfficerAgainstTheirTargetsForTheMonth() throws IOException {
        TopicClient topics = new TopicClient(bootstrapServers);
        // Lan: case 1 carried from November, collected 40M in February and 60M in March, completed in March
        new CaseStory(codec, topics, "01.02", d("2025-11-01"), 100 * M).assignedTo(LAN).verified("HAS_CONDITIONS", d("2025-11-10"))
                .collected(40 * M, d("2026-02-10")).collected(60 * M, d("2026-03-05")).closed("COMPLETED", d("2026-03-06"));
        // Lan: case 2, 50M, 10M collected in March
        new CaseStory(codec, topics, "01.02", d("2026-01-05"), 50 * M).assignedTo(LAN).verified("HAS_CONDITIONS", d("2026-01-10"))
                .collected(10 * M, d("2026-03-20"));
        // Minh: case 3 without conditions; case 4 never verified, terminated in March with all 30M left
        new CaseStory(codec, topics, "01.02", d("2026-02-01"), 20 * M).assignedTo(MINH).verified("NO_CONDITIONS", d("2026-02-15"));
        new CaseStory(codec, topics, "01.02", d("2026-03-01"), 30 * M).assignedTo(MINH).closed("TERMINATED", d("2026-03-25"));
        // Hùng, of the provincial agency: one case of 01 itself, 5M collected in March
        new CaseStory(codec, topics, "01", d("2026-01-15"), 80 * M).assignedTo(HUNG).verified("HAS_CONDITIONS", d("2026-01-20"))
                .collected(5 * M, d("2026-03-10"));
        // (the officers' cases read first: an officer the view knows nothing of has no targets to set)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officers()
                .body("officers", hasSize(2)).body(officer(LAN) + ".money.done", equalTo(110_000_000))
                .body(officer(MINH) + ".cases.terminated", equalTo(1)));
        setOfficerTargets("01.02", "01.02", "2026-03", LAN, 60, 70)
                .then().statusCode(200).body("setBy", equalTo("agency_head-user"));
        setOfficerTargets("01.03", "01.02", "2026-03", MINH, 60, 70)
                .then().statusCode(403);
        setOfficerTargets("01.02", "01.02", "2026-13", MINH, 60, 70)
                .then().statusCode(400).body("errors[0].field", equalTo("month"));
        as("AGENCY_HEAD", "01.02").queryParam("agency", "01.02").get("/api/v1/targets/officers/2026-03")
                .then().statusCode(200).body("", hasSize(1)).body("[0].officerId", equalTo(LAN.toString()));

        // the head of 01.03 claiming 01.02's officer for 01.03 (with 01.03 in the body, inside their scope): refused, and
        // the officer's own head still sets their targets
        setOfficerTargets("01.03", "01.03", "2026-03", MINH, 60, 70)
                .then().statusCode(422).body("type", equalTo("urn:thads:problem:officer-of-another-agency"));
        setOfficerTargets("01.02", "01.02", "2026-04", MINH, 50, 50)
                .then().statusCode(200);

        officers().body("workYear", equalTo(2026)).body("asOf", equalTo("2026-03-31"))
                // Lan: 2 cases with conditions, 1 done = 50 %; 110M collected this year of 150M = 73.33 %
                .body(officer(LAN) + ".cases.withConditions", equalTo(2)).body(officer(LAN) + ".cases.rate", equalTo(50.00f))
                .body(officer(LAN) + ".money.rate", equalTo(73.33f))
                .body(officer(LAN) + ".doneInMonth", equalTo(1)).body(officer(LAN) + ".collectedInMonth", equalTo(70_000_000))
                .body(officer(LAN) + ".targets.caseRate.difference", equalTo(-10.00f)).body(officer(LAN) + ".targetVersion", equalTo(1))
                .body(officer(LAN) + ".targets.caseRate.met", equalTo(false))
                .body(officer(LAN) + ".targets.moneyRate.difference", equalTo(3.33f))
                .body(officer(LAN) + ".targets.moneyRate.met", equalTo(true))
                // nothing carried in: no reduction to compare, so not all targets met
                .body(officer(LAN) + ".targets.carriedOverCaseReduction.result", nullValue())
                .body(officer(LAN) + ".meetsAllTargets", equalTo(false))
                // Minh: one without conditions, one terminated: 1 / 1 = 100 %, 30M left counts as money done
                .body(officer(MINH) + ".cases.withoutConditions", equalTo(1)).body(officer(MINH) + ".cases.rate", equalTo(100.00f))
                .body(officer(MINH) + ".money.done", equalTo(30_000_000)).body(officer(MINH) + ".collectedInMonth", equalTo(0))
                .body(officer(MINH) + ".targets.caseRate.target", nullValue());

        as("AGENCY_HEAD", "01.03").queryParam("agency", "01.02").queryParam("month", "2026-03").get("/api/v1/reports/officers")
                .then().statusCode(403);
        // the provincial agency's officers report: its own officers and cases, not those of the offices below it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("AGENCY_HEAD", "01").queryParam("agency", "01")
                .queryParam("month", "2026-03").get("/api/v1/reports/officers").then().statusCode(200)
                .body(officer(HUNG) + ".collectedInMonth", equalTo(5_000_000))
                .body(officer(HUNG) + ".cases.withConditions", equalTo(1))
                .body("officers.officerId", not(hasItem(LAN.toString())))
                .body("officers.officerId", not(hasItem(MINH.toString()))));
        as("AGENCY_HEAD", "01.02").queryParam("agency", "01.02").queryParam("month", "March").get("/api/v1/reports/officers")
                .then().statusCode(400);

        // the office among Hà Nội's offices, as a spreadsheet
        byte[] workbook = as("PROVINCE", "01").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("orgUnit", "01").queryParam("workYear", 2026).queryParam("asOf", "2026-03-31")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200)
                .header("Content-Disposition", containsString("children-01-2026-03-31.xlsx")).extract().asByteArray();
        Map<String, String> parts = unzip(workbook);
        assertThat(parts.get("xl/sharedStrings.xml")).contains("Phòng Thi hành án dân sự khu vực 2 - Hà Nội", "cases.rate");
        assertThat(parts).containsKey("xl/worksheets/sheet1.xml");
    }

    /**
     * A case handed over on the day money was collected on it: what was recorded before the handover is the first
     * officer's, what after it the second's. Before, the handover dated that day took the day's collections recorded
     * before it too (the case service's workload reads it the same way: OfficersAndIntakeTest). Money recorded before a
     * case's first officer is assigned the same day stays that officer's, as before.
     */
    @Test
    void aCollectionRecordedBeforeASameDayHandoverStaysWithTheOfficerWhoHeldTheCase() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        new CaseStory(codec, new TopicClient(bootstrapServers), "01.03", d("2026-01-05"), 50 * M).assignedTo(first)
                .verified("HAS_CONDITIONS", d("2026-01-10")).collected(7 * M, d("2026-04-14"))
                .assignedTo(second, d("2026-04-14")).collected(2 * M, d("2026-04-14"));
        // and money recorded on a case before its first officer was assigned that day is that officer's
        UUID third = UUID.randomUUID();
        new CaseStory(codec, new TopicClient(bootstrapServers), "01.03", d("2026-04-01"), 20 * M).verified("HAS_CONDITIONS", d("2026-04-02"))
                .collected(3 * M, d("2026-04-20")).assignedTo(third, d("2026-04-20"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("AGENCY_HEAD", "01.03").queryParam("agency", "01.03")
                .queryParam("month", "2026-04").get("/api/v1/reports/officers").then().statusCode(200)
                .body(officer(first) + ".collectedInMonth", equalTo(7_000_000))
                .body(officer(second) + ".collectedInMonth", equalTo(2_000_000))
                .body(officer(third) + ".collectedInMonth", equalTo(3_000_000)));
    }

    private static io.restassured.response.ValidatableResponse officers() {
        return as("AGENCY_HEAD", "01.02").queryParam("agency", "01.02").queryParam("month", "2026-03").get("/api/v1/reports/officers")
                .then().statusCode(200);
    }

    private static String officer(UUID id) {
        return "officers.find { it.officerId == '" + id + "' }";
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        Files.write(file, zip);
        Map<String, String> parts = new HashMap<>();
        try (ZipFile workbook = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(workbook.entries())) {
                String xml = new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                // the writer escapes non-ASCII letters as character references (&#x1ef1;), which spreadsheet programs read back
                parts.put(entry.getName(), java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                        .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }

    /**
     * Every version of an officer's targets is kept, with who set it and when (domain.md §6), and the month's list says
     * which is in force: before, a second setting replaced the first without a trace.
     */
    @Test
    void everyVersionOfAnOfficersTargetsIsKept() throws Exception {
        UUID officer = registeredAndRead(UUID.randomUUID(), "01.02");
        setOfficerTargets("01.02", "01.02", "2026-05", officer, 60, 70).then().statusCode(200).body("version", equalTo(1));
        setOfficerTargets("01.02", "01.02", "2026-05", officer, 65, 75).then().statusCode(200).body("version", equalTo(2));
        as("AGENCY_HEAD", "01.02").get("/api/v1/targets/officers/2026-05/" + officer + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("caseRate", equalTo(List.of(60.0f, 65.0f)))
                .body("setBy[0]", equalTo("agency_head-user")).body("agencyCode[1]", equalTo("01.02"));
        as("AGENCY_HEAD", "01.02").queryParam("agency", "01.02").get("/api/v1/targets/officers/2026-05").then().statusCode(200)
                .body("find { it.officerId == '" + officer + "' }.version", equalTo(2))
                .body("find { it.officerId == '" + officer + "' }.moneyRate", equalTo(75.0f));
        // another office's head reads none of them
        as("AGENCY_HEAD", "01.03").get("/api/v1/targets/officers/2026-05/" + officer + "/versions").then().statusCode(403);
        as("PROVINCE", "79").get("/api/v1/targets/officers/2026-05/" + officer + "/versions").then().statusCode(403);
        as("COURT_CLIENT", "01").get("/api/v1/targets/officers/2026-05/" + officer + "/versions").then().statusCode(403);
        // nor sets them: another province's user
        setOfficerTargetsAs("PROVINCE", "79", "2026-05", officer).then().statusCode(403);
        as("AGENCY_HEAD", "01.02").get("/api/v1/targets/officers/2026-05/" + officer + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)));
        as("AGENCY_HEAD", "01.02").get("/api/v1/targets/officers/2026-05/not-an-id/versions").then().statusCode(400);
    }

    /**
     * The attack: near the end of a month going badly, the officer's own head lowers the month's targets, and the officers
     * report (which compares with the last version) says "met". Once the month has begun the head keeps or raises them;
     * the level above lowers them. Before, the lowering was a version like any other (200).
     */
    @Test
    void anOfficersOwnHeadDoesNotLowerTheTargetsOfAMonthBegun() throws Exception {
        UUID officer = registeredAndRead(UUID.randomUUID(), "01.02");
        // June 2026 has begun (the tests set past months: officer-months-back-for-heads)
        setOfficerTargets("01.02", "01.02", "2026-06", officer, 60, 70).then().statusCode(200).body("version", equalTo(1));
        setOfficerTargets("01.02", "01.02", "2026-06", officer, 50, 70).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:targets-lowered-in-month")).body("lowered", equalTo(List.of("caseRate")));
        setOfficerTargets("01.02", "01.02", "2026-06", officer, 60, 69).then().statusCode(422).body("lowered", equalTo(List.of("moneyRate")));
        setOfficerTargets("01.02", "01.02", "2026-06", officer, 60, 70).then().statusCode(200).body("version", equalTo(2));
        setOfficerTargets("01.02", "01.02", "2026-06", officer, 65, 75).then().statusCode(200).body("version", equalTo(3));
        // the level above: the provincial agency's head over the office, Hà Nội's provincial user
        setOfficerTargets("01", "01.02", "2026-06", officer, 55, 70).then().statusCode(200).body("version", equalTo(4));
        as("PROVINCE", "01").body(Map.of("agencyCode", "01.02", "targets", Map.of("caseRate", 50, "moneyRate", 60,
                        "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0))).put("/api/v1/targets/officers/2026-06/" + officer)
                .then().statusCode(200).body("version", equalTo(5));
        as("AGENCY_HEAD", "01.02").get("/api/v1/targets/officers/2026-06/" + officer + "/versions").then().statusCode(200)
                .body("caseRate", equalTo(List.of(60.0f, 60.0f, 65.0f, 55.0f, 50.0f)));
        // a provincial director heading agency 01 is the own head of 01's officers, whatever other role the token carries
        UUID provincial = registeredAndRead(UUID.randomUUID(), "01");
        var director = io.restassured.RestAssured.given().header("Authorization",
                vn.gov.moj.thads.deploy.testing.TestTokens.bearer("giam-doc-01", "01", "PROVINCE", "AGENCY_HEAD")).contentType("application/json");
        director.body(Map.of("agencyCode", "01", "targets", Map.of("caseRate", 60, "moneyRate", 70, "carriedOverCaseReduction", 0,
                "carriedOverMoneyReduction", 0))).put("/api/v1/targets/officers/2026-06/" + provincial).then().statusCode(200);
        io.restassured.RestAssured.given().header("Authorization",
                        vn.gov.moj.thads.deploy.testing.TestTokens.bearer("giam-doc-01", "01", "PROVINCE", "AGENCY_HEAD")).contentType("application/json")
                .body(Map.of("agencyCode", "01", "targets", Map.of("caseRate", 50, "moneyRate", 70, "carriedOverCaseReduction", 0,
                        "carriedOverMoneyReduction", 0))).put("/api/v1/targets/officers/2026-06/" + provincial).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:targets-lowered-in-month"));
        // a month not begun is still the head's to change either way
        String later = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2).toString();
        setOfficerTargets("01.02", "01.02", later, officer, 60, 70).then().statusCode(200);
        setOfficerTargets("01.02", "01.02", later, officer, 40, 50).then().statusCode(200).body("version", equalTo(2));
    }

    /**
     * The attack: a head is an enforcement officer too, with cases of the office, and sets their own monthly targets low
     * enough to meet. Their targets are set above them (the province, the ministry); their officers' they set.
     */
    @Test
    void aHeadDoesNotSetTheirOwnTargets() {
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID head = UUID.randomUUID();
        UUID officer = UUID.randomUUID();
        // 01.01's head ("agency_head-user") and one of the office's officers, each assigned a case (the assignment
        // carries the account), 1M and 2M collected after it
        new CaseStory(codec, topics, "01.01", d("2026-04-01"), 10 * M).assignedTo(head, d("2026-04-02"), "agency_head-user")
                .collected(1 * M, d("2026-04-03"));
        new CaseStory(codec, topics, "01.01", d("2026-04-01"), 10 * M).assignedTo(officer, d("2026-04-02"), "cbv-01.01-hoa")
                .collected(2 * M, d("2026-04-03"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN").queryParam("orgUnit", "01.01")
                .queryParam("workYear", 2026).queryParam("asOf", "2026-04-30").get("/api/v1/reports/enforcement").then()
                .body("money.completed", equalTo(3_000_000)));

        setOfficerTargets("01.01", "01.01", "2026-05", head, 1, 1).then().statusCode(403).contentType("application/problem+json");
        setOfficerTargets("01.01", "01.01", "2026-05", officer, 60, 70).then().statusCode(200).body("setBy", equalTo("agency_head-user"));
        as("AGENCY_HEAD", "01.01").queryParam("agency", "01.01").get("/api/v1/targets/officers/2026-05").then().statusCode(200)
                .body("officerId", not(hasItem(head.toString()))).body("officerId", hasItem(officer.toString()));
        // Hà Nội's provincial user sets the head's
        as("PROVINCE", "01").body(Map.of("agencyCode", "01.01", "targets", Map.of("caseRate", 60, "moneyRate", 70,
                        "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0))).put("/api/v1/targets/officers/2026-05/" + head)
                .then().statusCode(200).body("setBy", equalTo("province-user"));
    }

    /**
     * Red team of session 26: the head of 19.05 set this month's targets of an officer 79.01 had just registered (no case
     * yet, so the view could not place them), as 19.05's; 79.01's head was then refused their own officer's targets and
     * their versions for the month. The officer events say whose officer an account is: the foreign targets give way, and
     * 19.05 is refused. Until session 29, in the second before the view read the registration, 19.05's setting was kept
     * (200): now an officer of whom the view knows nothing has no targets to set (404), and nothing is stored.
     */
    @Test
    void aHeadOfAnotherProvinceDoesNotTakeANewOfficersTargets() throws Exception {
        UUID squatted = UUID.randomUUID();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        // before the officer's record is read
        setOfficerTargets("19.05", "19.05", month, squatted, 90, 90).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:thads:problem:officer-not-known"));
        as("MINISTRY", "VN").get("/api/v1/targets/officers/" + month + "/" + squatted + "/versions").then().statusCode(200)
                .body("size()", equalTo(0));
        // targets another agency set in that second before this version refused it give way all the same
        keptFromBeforeTheRecord(squatted, month, "19.05");
        TopicClient topics = new TopicClient(bootstrapServers);
        registered(topics, squatted, "79.01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                setOfficerTargets("79.01", "79.01", month, squatted, 60, 70).then().statusCode(200).body("agencyCode", equalTo("79.01")));
        as("AGENCY_HEAD", "79.01").get("/api/v1/targets/officers/" + month + "/" + squatted + "/versions").then().statusCode(200)
                .body("agencyCode", org.hamcrest.Matchers.contains("19.05", "79.01"));
        setOfficerTargets("19.05", "19.05", month, squatted, 90, 90).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-of-another-agency"));
        // a forged event naming 19.05 with the highest version (review of session 26) moves nobody: a record keeps its agency
        UUID forged = registered(topics, squatted, "19.05", Long.MAX_VALUE);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(forged));
        setOfficerTargets("79.01", "79.01", month, squatted, 65, 75).then().statusCode(200);
        setOfficerTargets("19.05", "19.05", month, squatted, 90, 90).then().statusCode(422);

        UUID fresh = UUID.randomUUID();
        registered(topics, fresh, "79.01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                setOfficerTargets("19.05", "19.05", month, fresh, 90, 90).then().statusCode(422));
        setOfficerTargets("79.01", "79.01", month, fresh, 60, 70).then().statusCode(200);
    }

    /**
     * Review of session 26: 79.01's officer seconded to 19.05 for ten days and given one of its cases; 19.05's head set their
     * targets for the months after, and 79.01's own head was then refused them. The host sets them for the months the
     * officer holds its cases: one who handed the case back on 20 November is 79.01's for December; one still holding a
     * 19.05 case is 19.05's too.
     */
    @Test
    void aHostAgencySetsASecondedOfficersTargetsForTheMonthsTheyHoldItsCasesOnly() throws Exception {
        UUID back = UUID.randomUUID();
        UUID still = UUID.randomUUID();
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID registration = registered(topics, back, "79.01", 0);
        registered(topics, still, "79.01", 0);
        new CaseStory(codec, topics, "19.05", d("2026-10-20"), 10 * M).assignedTo(back, d("2026-11-02"))
                .assignedTo(UUID.randomUUID(), d("2026-11-20"));
        new CaseStory(codec, topics, "19.05", d("2026-10-21"), 10 * M).assignedTo(still, d("2026-11-25"));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(registration) && handedBack(back));
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                setOfficerTargets("19.05", "19.05", month, still, 50, 50).then().statusCode(200));
        setOfficerTargets("19.05", "19.05", month, back, 90, 90).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:officer-of-another-agency"));
        setOfficerTargets("79.01", "79.01", month, back, 60, 70).then().statusCode(200);
        // the officer's own agency sets them over the host's (before: 403 for as long as the officer held a host's case,
        // which nothing ends when the secondment does: review of session 31); the host then no longer replaces them
        setOfficerTargets("79.01", "79.01", month, still, 70, 60).then().statusCode(200).body("agencyCode", equalTo("79.01"));
        setOfficerTargets("19.05", "19.05", month, still, 40, 40).then().statusCode(403);
        as("MINISTRY", "VN").get("/api/v1/targets/officers/" + month + "/" + still + "/versions").then().statusCode(200)
                .body("caseRate", equalTo(List.of(50.0f, 70.0f)));
    }

    private void registered(TopicClient topics, UUID officer, String agency) {
        registered(topics, officer, agency, 0);
    }

    /** {@code officer}, registered at {@code agency} and read by the view. */
    private UUID registeredAndRead(UUID officer, String agency) {
        UUID registration = registered(new TopicClient(bootstrapServers), officer, agency, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(registration));
        return officer;
    }

    /** Targets of {@code agency} for an officer the view knew nothing of, as a version before session 29 kept them. */
    private void keptFromBeforeTheRecord(UUID officer, String month, String agency) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var insert = connection.createStatement()) {
            String values = "(date '" + month + "-01', '" + officer + "', '" + agency + "', 90, 90, 0, 0, 'agency_head-user', now()";
            insert.executeUpdate("insert into officer_target (month, officer_id, agency_code, case_rate, money_rate,"
                    + " carried_over_case_reduction, carried_over_money_reduction, set_by, set_at, version) values " + values + ", 1)");
            insert.executeUpdate("insert into officer_target_version (month, officer_id, agency_code, case_rate, money_rate,"
                    + " carried_over_case_reduction, carried_over_money_reduction, set_by, set_at, version) values " + values + ", 1)");
        }
    }

    /** Sends an officer's registration; answers the event's id. */
    private UUID registered(TopicClient topics, UUID officer, String agency, long version) {
        var event = new vn.gov.moj.thads.platform.event.OfficerEvents.OfficerRegistered(officer, "cbv-" + officer, agency, version);
        var envelope = vn.gov.moj.thads.platform.event.EventEnvelope.of(vn.gov.moj.thads.platform.event.OfficerEvents.SOURCE,
                "OfficerRegistered", 1, officer.toString(), agency, agency.substring(0, 2), java.time.OffsetDateTime.now(), codec.tree(event));
        topics.send("thads.officer-events", officer.toString(), codec.write(envelope));
        return envelope.id();
    }

    /** Whether the view holds {@code officer}'s assignment and the one that took the case from them. */
    private boolean handedBack(UUID officer) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select 1 from case_assignment a join case_assignment n on n.case_id = a.case_id"
                     + " and n.assigned_on > a.assigned_on where a.officer_id = ?")) {
            query.setObject(1, officer);
            return query.executeQuery().next();
        }
    }

    /** Whether the reporting service has applied the officer event {@code eventId} (its inbox holds it). */
    private boolean applied(UUID eventId) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select 1 from processed_event where consumer = 'reporting-officers' and event_id = ?")) {
            query.setObject(1, eventId);
            return query.executeQuery().next();
        }
    }

    private static io.restassured.response.Response setOfficerTargetsAs(String role, String agencyOfCaller, String month, UUID officer) {
        return as(role, agencyOfCaller).body(Map.of("agencyCode", "01.02", "targets", Map.of("caseRate", 1, "moneyRate", 1,
                "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0))).put("/api/v1/targets/officers/" + month + "/" + officer);
    }

    /** The head of {@code headOf} sets an officer's targets for a month as {@code agency}'s (the carried-over ones 0). */
    private static io.restassured.response.Response setOfficerTargets(String headOf, String agency, String month, UUID officer,
                                                                      int caseRate, int moneyRate) {
        return as("AGENCY_HEAD", headOf).body(Map.of("agencyCode", agency, "targets", Map.of("caseRate", caseRate, "moneyRate", moneyRate,
                "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0))).put("/api/v1/targets/officers/" + month + "/" + officer);
    }
}
