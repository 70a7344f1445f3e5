package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.reporting.service.ViewLock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * The cases a provincial office meets every week (issue "Figures that stay true"), each with the
 * figures worked out by hand in the comments, each in a province no other test of this module
 * uses, through the HTTP API.
 */
@QuarkusTest
class WorkedExamplesTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Inject ViewLock viewLock;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void collectedInPartThenWithoutConditions() {
        // Hưng Yên (33): 100M new on 2025-10-15, 40M collected in December, verified NO_CONDITIONS in February
        new CaseStory(codec, new TopicClient(bootstrapServers), "33", d("2025-10-15"), 100 * M)
                .collected(40 * M, d("2025-12-10")).verified("NO_CONDITIONS", d("2026-02-10"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("33", 2026, "2026-09-30").body("cases.withoutConditions", equalTo(1)));
        // without conditions: the 60M still outstanding; the 40M collected stays with conditions and in done
        report("33", 2026, "2026-09-30")
                .body("money.withoutConditions", equalTo(60_000_000)).body("money.withConditions", equalTo(40_000_000))
                .body("money.done", equalTo(40_000_000)).body("money.inProgress", equalTo(0))
                // 40 / 40 = 100 %
                .body("money.rate", equalTo(100.00f))
                // cases: the one case is without conditions, so none with conditions and no case rate
                .body("cases.withConditions", equalTo(0)).body("cases.rate", nullValue());
        // in January, before the verification, it was with conditions: 40 of 100
        report("33", 2026, "2026-01-31").body("money.withoutConditions", equalTo(0)).body("money.withConditions", equalTo(100_000_000))
                .body("money.inProgress", equalTo(60_000_000)).body("money.rate", equalTo(40.00f));
    }

    @Test
    void reductionsAndExemptionsCountInMoneyDone() {
        // Hải Phòng (31), two state-budget cases:
        // A: 100M new on 2025-10-20, 30M collected 2025-12-01, reduced by 20M on 2026-01-15, verified NO_CONDITIONS 2026-02-01
        // B: 80M opened 2025-05-10, 10M collected 2025-08-01, exempted of the 70M left on 2025-11-15 (completed that day)
        TopicClient topics = new TopicClient(bootstrapServers);
        new CaseStory(codec, topics, "31", d("2025-10-20"), 100 * M, true, List.of("STATE_BUDGET"))
                .collected(30 * M, d("2025-12-01")).reduced("REDUCTION", 20 * M, d("2026-01-15"))
                .verified("NO_CONDITIONS", d("2026-02-01"));
        new CaseStory(codec, topics, "31", d("2025-05-10"), 80 * M, true, List.of("STATE_BUDGET"))
                .collected(10 * M, d("2025-08-01")).reduced("EXEMPTION", 70 * M, d("2025-11-15"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("31", 2026, "2026-09-30")
                .body("cases.withoutConditions", equalTo(1)).body("cases.completed", equalTo(1)).body("money.reduced", equalTo(90_000_000)));
        // as of 2026-09-30, money: carried in 70M (B: 80 − 10), new 100M (A), accepted 170M;
        // without conditions 50M (A's outstanding: 100 − 30 − 20), with conditions 170 − 50 = 120M;
        // completed (collected this year) 30M, reduced 20M + 70M = 90M, done 120M, in progress 0, rate 120 / 120 = 100 %;
        // carried over 170 − 120 = 50M
        report("31", 2026, "2026-09-30")
                .body("money.carriedIn", equalTo(70_000_000)).body("money.newlyAccepted", equalTo(100_000_000))
                .body("money.withoutConditions", equalTo(50_000_000)).body("money.withConditions", equalTo(120_000_000))
                .body("money.completed", equalTo(30_000_000)).body("money.reduced", equalTo(90_000_000))
                .body("money.done", equalTo(120_000_000)).body("money.inProgress", equalTo(0))
                .body("money.rate", equalTo(100.00f)).body("money.carriedOver", equalTo(50_000_000))
                // cases: B completed by its exemption; A without conditions; with conditions 1, done 1, rate 100 %
                .body("cases.completed", equalTo(1)).body("cases.reduced", equalTo(0)).body("cases.done", equalTo(1))
                .body("cases.withConditions", equalTo(1)).body("cases.rate", equalTo(100.00f));
        // as of 2026-01-14, before A's reduction: with conditions 170M, done 30M collected + 70M exempted = 100M, rate 58.82 %
        report("31", 2026, "2026-01-14").body("money.withConditions", equalTo(170_000_000)).body("money.reduced", equalTo(70_000_000))
                .body("money.done", equalTo(100_000_000)).body("money.inProgress", equalTo(70_000_000)).body("money.rate", equalTo(58.82f));
        // the drill-down of money reduced lists the two cases, 90M in all
        as("MINISTRY", "VN").queryParam("orgUnit", "31").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .queryParam("figure", "reduced").queryParam("measure", "money")
                .get("/api/v1/reports/enforcement/cases").then().statusCode(200)
                .body("total", equalTo(2)).body("moneyTotal", equalTo(90_000_000));
        // past the last page: no rows, the same totals
        as("MINISTRY", "VN").queryParam("orgUnit", "31").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .queryParam("figure", "reduced").queryParam("measure", "money").queryParam("page", 5)
                .get("/api/v1/reports/enforcement/cases").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(2)).body("moneyTotal", equalTo(90_000_000));
        // the country's cases are not listed (every case through the facts: 17 s at 2 million): 400, drill into a province
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .queryParam("figure", "reduced").queryParam("measure", "money")
                .get("/api/v1/reports/enforcement/cases").then().statusCode(400).body("errors[0].field", equalTo("orgUnit"));
    }

    @Test
    void administrativeJudgmentsMonitoredCountTheirSteps() {
        // Cần Thơ (92): three administrative judgments monitored (records of their own, no money)
        // A: from 2025-06-10 (carried in), compelled by a court decision on 2025-11-03, complied on 2026-02-20
        // B: from 2025-12-01, reported to the higher authority on 2026-03-15, still monitored
        // C: from 2026-05-05, still monitored
        TopicClient topics = new TopicClient(bootstrapServers);
        List<String> administrative = List.of("ADMINISTRATIVE");
        new CaseStory(codec, topics, "92", d("2025-06-10"), 0, true, administrative)
                .complianceStep("COMPELLED", d("2025-11-03")).complianceStep("COMPLIED", d("2026-02-20"));
        new CaseStory(codec, topics, "92", d("2025-12-01"), 0, true, administrative).complianceStep("REPORTED", d("2026-03-15"));
        new CaseStory(codec, topics, "92", d("2026-05-05"), 0, true, administrative);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("92", 2026, "2026-09-30")
                .body("administrative.accepted", equalTo(3)).body("administrative.complied", equalTo(1))
                .body("administrative.reported", equalTo(1)));
        // 2026 as of 2026-09-30: carried in 1 (A), new 2 (B, C); complied 1 (A), compelled 1 (A, in November),
        // reported 1 (B); finished 1; still monitored 3 − 1 = 2; the civil figures hold none of them
        report("92", 2026, "2026-09-30")
                .body("administrative.carriedIn", equalTo(1)).body("administrative.newlyAccepted", equalTo(2))
                .body("administrative.complied", equalTo(1)).body("administrative.compelled", equalTo(1))
                .body("administrative.reported", equalTo(1)).body("administrative.finished", equalTo(1))
                .body("administrative.monitored", equalTo(2)).body("cases.accepted", equalTo(0));
        // as of 2026-01-31: B accepted, A compelled not yet complied, nothing reported: carried in 1, new 1, compelled 1, monitored 2
        report("92", 2026, "2026-01-31")
                .body("administrative.newlyAccepted", equalTo(1)).body("administrative.complied", equalTo(0))
                .body("administrative.compelled", equalTo(1)).body("administrative.reported", equalTo(0))
                .body("administrative.monitored", equalTo(2));
        // the drill-down of compelled lists A
        as("MINISTRY", "VN").queryParam("orgUnit", "92").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .queryParam("figure", "administrativeCompelled").get("/api/v1/reports/enforcement/cases").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].openedOn", equalTo("2025-06-10"));
    }

    @Test
    void aReductionAboveWhatIsOwedGoesToTheDeadLetterTopic() {
        // Lâm Đồng (68): 20M, 15M collected; then a reduction of 6M whose facts pass the checks (they say nothing was
        // collected) but which the view refuses: 15M + 6M would be more than the 20M to enforce
        TopicClient topics = new TopicClient(bootstrapServers);
        CaseStory fine = new CaseStory(codec, topics, "68", d("2025-11-01"), 20 * M, true, List.of("STATE_BUDGET"))
                .collected(15 * M, d("2025-12-01"));
        // its facts also say the case was opened on 15 September 2025 (work year 2025): refused, they must not move it either
        CaseEvents.CaseFacts facts = new CaseEvents.CaseFacts(fine.id(), "68", "68", "QĐ-y", d("2025-09-15"), "EX_OFFICIO",
                "RECEIVED", null, 20 * M, 0, 14 * M, List.of("STATE_BUDGET"), null, 6 * M);
        EventEnvelope over = EventEnvelope.of(CaseEvents.SOURCE, "ObligationReduced", 1, fine.id().toString(), "68", "68",
                OffsetDateTime.now(), codec.tree(new CaseEvents.ObligationReduced(facts, "REDUCTION", "QĐ-MG-1", d("2026-01-10"), 6 * M)));
        topics.send("thads.case-events", fine.id().toString(), codec.write(over));
        List<ConsumerRecord<String, String>> dead = topics.records("thads.case-events.dlq",
                r -> r.key().equals(fine.id().toString()), 1, Duration.ofSeconds(30));
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("would reach 21000000 VND, more than its 20000000 VND");
        // the figures hold the collection only
        report("68", 2026, "2026-09-30").body("money.completed", equalTo(15_000_000)).body("money.reduced", equalTo(0))
                .body("money.done", equalTo(15_000_000))
                // still new in 2026 (opened 1 November 2025), not carried in from 2025 (before: the refused event's date moved it)
                .body("cases.newlyAccepted", equalTo(1)).body("cases.carriedIn", equalTo(0));
    }

    @Test
    void collectedThenDelegated() {
        // Thanh Hóa (38): 50M new, 20M collected on 2025-11-20, delegated to Nghệ An on 2026-01-05
        new CaseStory(codec, new TopicClient(bootstrapServers), "38", d("2025-10-15"), 50 * M)
                .collected(20 * M, d("2025-11-20")).delegated("40", d("2026-01-05"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("38", 2026, "2026-09-30").body("cases.delegated", equalTo(1)));
        // delegated: the 30M outstanding on the day; the 20M collected before counts in done and with conditions
        report("38", 2026, "2026-09-30")
                .body("money.delegated", equalTo(30_000_000)).body("money.toEnforce", equalTo(20_000_000))
                .body("money.withConditions", equalTo(20_000_000)).body("money.done", equalTo(20_000_000))
                .body("money.inProgress", equalTo(0)).body("money.carriedOver", equalTo(0))
                .body("cases.toEnforce", equalTo(0)).body("cases.done", equalTo(0));
    }

    @Test
    void administrativeJudgmentsAreReportedOnTheirOwn() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // Hà Tĩnh (42): one civil case of 10M, one administrative judgment carried in, one new that ends in March
        new CaseStory(codec, topics, "42", d("2025-11-01"), 10 * M, true, List.of());
        new CaseStory(codec, topics, "42", d("2025-05-01"), 0, true, List.of("ADMINISTRATIVE"));
        new CaseStory(codec, topics, "42", d("2025-12-01"), 0, true, List.of("ADMINISTRATIVE")).closed("COMPLETED", d("2026-03-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("42", 2026, "2026-09-30").body("administrative.accepted", equalTo(2)));
        report("42", 2026, "2026-09-30")
                .body("cases.accepted", equalTo(1)).body("cases.completed", equalTo(0)).body("money.accepted", equalTo(10_000_000))
                .body("administrative.carriedIn", equalTo(1)).body("administrative.newlyAccepted", equalTo(1))
                .body("administrative.finished", equalTo(1)).body("administrative.monitored", equalTo(1));
        as("MINISTRY", "VN").queryParam("orgUnit", "42").queryParam("workYear", 2026).queryParam("asOf", "2026-09-30")
                .queryParam("figure", "administrativeMonitored").get("/api/v1/reports/enforcement/cases").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].openedOn", equalTo("2025-05-01"));
    }

    @Test
    void unitsAsAtTheReportDate() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // Hà Nam (35), work year 2017: one case opened and completed
        new CaseStory(codec, topics, "35", d("2016-11-01"), 10 * M).collected(10 * M, d("2017-02-01")).closed("COMPLETED", d("2017-02-02"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("35", 2017, "2017-09-30").body("cases.completed", equalTo(1)));
        // as of 2017-09-30 the country had 63 provinces: Hà Nam is one of them, Ninh Bình (37) does not hold its cases
        JsonPath children = as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2017).queryParam("asOf", "2017-09-30")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200).extract().jsonPath();
        assertThat(children.getList("children")).hasSize(63);
        assertThat(children.getLong("children.find { it.orgUnit == '35' }.cases.accepted")).isEqualTo(1);
        assertThat(children.getLong("children.find { it.orgUnit == '37' }.cases.accepted")).isZero();
        assertThat(children.getInt("children.find { it.orgUnit == '35' }.rankByCaseRate")).isEqualTo(1);
        long sum = children.getList("children.cases.accepted", Long.class).stream().mapToLong(Long::longValue).sum();
        assertThat(sum).isEqualTo(report("VN", 2017, "2017-09-30").extract().jsonPath().getLong("cases.accepted"));
        // named as it was then; the national agency was the Tổng cục
        assertThat(children.getString("children.find { it.orgUnit == '35' }.orgUnitName")).isEqualTo("Hà Nam");
        report("VN", 2017, "2017-09-30").body("orgUnitName", equalTo("Tổng cục Thi hành án dân sự"));
    }

    @Test
    void officialCodesAndNamesAtADate() {
        // code 15 is Yên Bái until 2025-06-30 and Lào Cai from 2025-07-01; the old Lào Cai (10) closed into it
        report("15", 2025, "2025-06-30").body("orgUnitName", equalTo("Yên Bái")).body("includedUnits", equalTo(List.of("15")));
        report("15", 2025, "2025-07-01").body("orgUnitName", equalTo("Lào Cai")).body("includedUnits", equalTo(List.of("10", "15")));
        report("10", 2025, "2025-06-30").body("orgUnitName", equalTo("Lào Cai"));
        var before = as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2025).queryParam("asOf", "2025-06-30")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200);
        before.body("children.find { it.orgUnit == '15' }.orgUnitName", equalTo("Yên Bái"))
                .body("children.find { it.orgUnit == '10' }.orgUnitName", equalTo("Lào Cai"))
                .body("children.find { it.orgUnit == '46' }.orgUnitName", equalTo("Huế"));
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2025).queryParam("asOf", "2025-07-01")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200)
                .body("children.find { it.orgUnit == '15' }.orgUnitName", equalTo("Lào Cai"))
                .body("children.orgUnit", not(hasItem("10")));
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2025).queryParam("asOf", "2024-12-31")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200)
                .body("children.find { it.orgUnit == '46' }.orgUnitName", equalTo("Thừa Thiên Huế"));
        // the spreadsheet and the CSV name units as the report does
        as("MINISTRY", "VN").accept("text/csv").queryParam("orgUnit", "VN").queryParam("workYear", 2025).queryParam("asOf", "2025-06-30")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200)
                .body(containsString("15,Yên Bái,")).body(containsString("10,Lào Cai,"));
    }

    @Test
    void anAmountTheViewCannotHoldGoesToTheDeadLetterTopicWithItsReason() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // Lạng Sơn's measured overflow: a case of 9,223,372,036,854,775,000 VND, here in Đà Nẵng (48)
        CaseStory huge = new CaseStory(codec, topics, "48", d("2025-11-01"), 9_223_372_036_854_775_000L, false, List.of());
        topics.send("thads.case-events", huge.id().toString(), codec.write(huge.sent.get(0)));
        // a collection above the money to enforce
        CaseStory small = new CaseStory(codec, topics, "48", d("2025-11-01"), 10 * M, true, List.of());
        CaseEvents.CaseFacts facts = new CaseEvents.CaseFacts(small.id(), "48", "48", "QĐ-x", d("2025-11-01"), "ON_REQUEST",
                "RECEIVED", null, 10 * M, 0, 10 * M, List.of(), null, 0);
        EventEnvelope over = EventEnvelope.of(CaseEvents.SOURCE, "CollectionRecorded", 1, small.id().toString(), "48", "48",
                OffsetDateTime.now(), codec.tree(new CaseEvents.CollectionRecorded(facts, 11 * M, d("2025-12-01"), "BL-1")));
        topics.send("thads.case-events", small.id().toString(), codec.write(over));
        // and the stream goes on
        new CaseStory(codec, topics, "48", d("2025-11-02"), 5 * M).collected(5 * M, d("2025-12-02"));

        List<ConsumerRecord<String, String>> dead = topics.records("thads.case-events.dlq",
                r -> r.key().equals(huge.id().toString()) || r.key().equals(small.id().toString()), 2, Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .anySatisfy(reason -> assertThat(reason).contains("moneyAmount 9223372036854775000"))
                .anySatisfy(reason -> assertThat(reason).contains("more than its 10000000 VND"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("48", 2026, "2026-09-30")
                .body("cases.accepted", equalTo(2)).body("money.accepted", equalTo(15_000_000)).body("money.completed", equalTo(5_000_000)));
    }

    @Test
    void overdueComplaintsAreCountedAsAtThePeriodsEnd() {
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID id = UUID.randomUUID();
        // Quảng Ngãi (51): received 2026-01-05, to accept by 2026-01-12; accepted late on 01-20 (to resolve by 02-19); resolved 02-20
        send(topics, "ComplaintReceived", new ComplaintEvents.ComplaintReceived(complaint(id, "RECEIVED")));
        send(topics, "ComplaintAccepted", new ComplaintEvents.ComplaintAccepted(complaint(id, "ACCEPTED"), d("2026-01-20")));
        send(topics, "ComplaintResolved", new ComplaintEvents.ComplaintResolved(complaint(id, "RESOLVED"), "REJECTED", d("2026-02-20"), false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints("2026-01-01", "2026-02-28").body("resolved", equalTo(1)));
        // on 15 January it was waiting for acceptance, three days past 12 January: overdue then, whatever happened later
        complaints("2026-01-01", "2026-01-15").body("overdue", equalTo(1)).body("received", equalTo(1));
        // on 12 January its due date had not passed yet
        complaints("2026-01-01", "2026-01-12").body("overdue", equalTo(0));
        // on 31 January it had been accepted, with 19 February to resolve it: not overdue
        complaints("2026-01-01", "2026-01-31").body("overdue", equalTo(0));
        // on 20 February it was resolved
        complaints("2026-02-01", "2026-02-28").body("overdue", equalTo(0));
    }

    @Test
    void theOfficersReportCountsEachDayForWhoHeldTheCase() {
        UUID an = UUID.randomUUID();
        UUID binh = UUID.randomUUID();
        // Khánh Hòa (56): An holds the case from its opening; collects 10M in November; Bình takes it over on 2026-01-05,
        // collects 5M on 2026-01-20
        new CaseStory(codec, new TopicClient(bootstrapServers), "56", d("2025-10-15"), 50 * M).assignedTo(an, d("2025-10-15"))
                .verified("HAS_CONDITIONS", d("2025-10-20")).collected(10 * M, d("2025-11-10")).assignedTo(binh, d("2026-01-05"))
                .collected(5 * M, d("2026-01-20"));
        // the story's last event applied (a case's events arrive in order): one officer in January is not enough, An alone
        // holds it there until Bình's assignment arrives
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officers("2026-01").body("officers.size()", equalTo(1))
                .body(officer(binh) + ".collectedInMonth", equalTo(5_000_000)));
        // November: An held the case; 10M collected by An that month
        officers("2025-11").body("officers.size()", equalTo(1)).body(officer(an) + ".cases.accepted", equalTo(1))
                .body(officer(an) + ".collectedInMonth", equalTo(10_000_000));
        // January: Bình holds it at the month's end, with the year's 15M collected; in the month Bình collected 5M
        officers("2026-01").body(officer(binh) + ".cases.accepted", equalTo(1)).body(officer(binh) + ".money.completed", equalTo(15_000_000))
                .body(officer(binh) + ".collectedInMonth", equalTo(5_000_000));
    }

    @Test
    void aRebuildRunsInTheBackgroundOnceAtATimeAndKeepsTheFigures() throws Exception {
        new CaseStory(codec, new TopicClient(bootstrapServers), "66", d("2025-10-15"), 30 * M).collected(10 * M, d("2025-11-10"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report("66", 2026, "2026-09-30").body("money.completed", equalTo(10_000_000)));
        // a writer of the view holds it: the rebuild waits, and a second one is refused meanwhile
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var writer = Executors.newSingleThreadExecutor().submit(() -> viewLock.shared(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holding.await();
        String location = as("MINISTRY", "VN").post("/api/v1/reports/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING")).extract().header("Location");
        as("MINISTRY", "VN").post("/api/v1/reports/rebuild").then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:rebuild-running"));
        as("AGENCY_HEAD", "66").post("/api/v1/reports/rebuild").then().statusCode(403);
        // reports read the old view while the rebuild waits
        report("66", 2026, "2026-09-30").body("money.completed", equalTo(10_000_000));
        release.countDown();
        writer.get();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("MINISTRY", "VN").get(location).then().statusCode(200)
                .body("state", equalTo("FINISHED")));
        report("66", 2026, "2026-09-30").body("money.completed", equalTo(10_000_000)).body("money.accepted", equalTo(30_000_000));
        as("MINISTRY", "VN").get("/api/v1/reports/rebuild/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse report(String unit, int year, String asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse complaints(String from, String to) {
        return as("MINISTRY", "VN").queryParam("orgUnit", "51").queryParam("from", from).queryParam("to", to)
                .get("/api/v1/reports/complaints").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse officers(String month) {
        return as("AGENCY_HEAD", "56").queryParam("agency", "56").queryParam("month", month)
                .get("/api/v1/reports/officers").then().statusCode(200);
    }

    private static String officer(UUID id) {
        return "officers.find { it.officerId == '" + id + "' }";
    }

    private static ComplaintEvents.ComplaintFacts complaint(UUID id, String status) {
        return new ComplaintEvents.ComplaintFacts(id, "COMPLAINT", "IN_PERSON", d("2026-01-05"), "51", "51", "WITHIN", status, null,
                "OFFICER", "BEFORE_MEASURES", 1, false, d("2026-01-12"), d("2026-02-19"));
    }

    private void send(TopicClient topics, String type, Record data) {
        UUID id = UUID.fromString(codec.tree(data).path("facts").path("complaintId").asText());
        EventEnvelope event = EventEnvelope.of(ComplaintEvents.SOURCE, type, 1, id.toString(), "51", "51",
                OffsetDateTime.now(), codec.tree(data));
        topics.send("thads.complaint-events", id.toString(), codec.write(event));
    }
}
