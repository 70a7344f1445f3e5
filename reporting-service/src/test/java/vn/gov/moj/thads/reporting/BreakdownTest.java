package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/** Issue 17, item 4: every figure by kind and by category, worked out by hand; Cao Bằng (04), which no other test uses. */
@QuarkusTest
class BreakdownTest {

    private static final long M = 1_000_000L;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static ValidatableResponse breakdown() {
        return as("AGENCY_HEAD", "04").queryParam("orgUnit", "04").queryParam("workYear", 2026).queryParam("asOf", "2026-06-30")
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(200);
    }

    /**
     * A case service (or anyone who can write to its topic) sending a kind or a category no case has,
     * a category twice (an office's breakdown, computed case by case, would count the case twice in
     * it), a category or a verification result that is null (the check itself threw, which failed the
     * whole batch and stopped the view's channel): each event goes to the dead-letter topic with the
     * reason and counts nowhere (work year 2023 of Cao Bằng, which the other test does not read). The
     * case whose verification was refused still counts, from its opening: the stream went on.
     */
    @Test
    void anUnknownNullOrRepeatedValueIsDeadLetteredNotCounted() {
        TopicClient topics = new TopicClient(bootstrapServers);
        List<CaseStory> attacks = List.of(
                new CaseStory(codec, topics, "04", d("2023-01-05"), 5 * M, "X".repeat(60), List.of()),
                new CaseStory(codec, topics, "04", d("2023-01-06"), 5 * M, "ON_REQUEST", List.of("FAVOURED")),
                new CaseStory(codec, topics, "04", d("2023-01-06"), 5 * M, "ON_REQUEST", java.util.Arrays.asList("COMPLEX", null)),
                new CaseStory(codec, topics, "04", d("2023-01-06"), 5 * M, "ON_REQUEST", List.of("STATE_BUDGET", "STATE_BUDGET")),
                new CaseStory(codec, topics, "04", d("2023-01-07"), 7 * M, "EX_OFFICIO", List.of()).verified(null, d("2023-02-01")));
        for (CaseStory attack : attacks) {
            String key = attack.id().toString();
            assertThat(topics.records("thads.case-events.dlq", r -> key.equals(r.key()), 1, Duration.ofSeconds(30)))
                    .extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), java.nio.charset.StandardCharsets.UTF_8))
                    .singleElement().asString().containsAnyOf("kind must be one of", "categories must be among", "result must be one of");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("AGENCY_HEAD", "04").queryParam("orgUnit", "04")
                .queryParam("workYear", 2023).queryParam("asOf", "2023-09-30").get("/api/v1/reports/enforcement/breakdown").then()
                .statusCode(200).body("total.cases.accepted", equalTo(1)).body("total.money.accepted", equalTo(7_000_000))
                .body("rows.find { it.value == 'EX_OFFICIO' }.cases.accepted", equalTo(1))
                .body("rows.find { it.value == 'STATE_BUDGET' }.cases.accepted", equalTo(0))
                .body("rows.size()", equalTo(6)));
    }

    /**
     * A breakdown as of a date counts a case in the categories it had on that date: made COMPLEX by the
     * agency head on 1 March 2024, a case is not in the COMPLEX row as of 29 February, and is in it, with
     * everything it counted since the work year began, from 1 March (work year 2024 of Cao Bằng, which
     * the other tests do not read; its province's figures come from the kept rows).
     */
    @Test
    void aCaseCountsInTheCategoriesItHadOnTheAsOfDate() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // opened 1 Nov 2023 (work year 2024), 80M, 30M collected on 15 Jan, made COMPLEX on 1 Mar 2024, each step entered on its day;
        // completed on 20 Sep 2024, so that it is carried into no later work year another test reads
        new CaseStory(codec, topics, "04", d("2023-11-01"), 80 * M, "EX_OFFICIO", List.of(), true, true)
                .collected(30 * M, d("2024-01-15")).categorised(List.of("COMPLEX"), d("2024-03-01")).closed("COMPLETED", d("2024-09-20"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> breakdown2024("2024-03-01")
                .body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(1)));
        breakdown2024("2024-02-29")
                .body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(0))
                .body("rows.find { it.value == 'COMPLEX' }.money.newlyAccepted", equalTo(0))
                .body("rows.find { it.value == 'COMPLEX' }.money.done", equalTo(0))
                .body("rows.find { it.value == 'EX_OFFICIO' }.cases.newlyAccepted", equalTo(1))
                .body("rows.find { it.value == 'EX_OFFICIO' }.money.newlyAccepted", equalTo(80_000_000));
        for (String asOf : List.of("2024-03-01", "2024-09-30")) {
            breakdown2024(asOf)
                    .body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(1))
                    .body("rows.find { it.value == 'COMPLEX' }.money.newlyAccepted", equalTo(80_000_000))
                    .body("rows.find { it.value == 'COMPLEX' }.money.done", equalTo(30_000_000))
                    .body("rows.find { it.value == 'COMPLEX' }.cases.withConditions", equalTo(1))
                    .body("rows.find { it.value == 'EX_OFFICIO' }.cases.newlyAccepted", equalTo(1));
        }
    }

    /**
     * The same, computed case by case (a local office, Bắc Kạn city 06.01, in work year 2024, which no
     * other test reads; the case is completed within it, so it counts in no later year of 06.01's successor),
     * with two changes, the second back: COMPLEX from 10 January 2024, not from 1 April.
     */
    @Test
    void anOfficesBreakdownCountsTheCategoriesOfEachDateCaseByCase() {
        TopicClient topics = new TopicClient(bootstrapServers);
        new CaseStory(codec, topics, "06.01", d("2023-12-01"), 40 * M, "ON_REQUEST", List.of("BANK_CREDIT"), true, true)
                .categorised(List.of("BANK_CREDIT", "COMPLEX"), d("2024-01-10")).collected(15 * M, d("2024-02-01"))
                .categorised(List.of("BANK_CREDIT"), d("2024-04-01")).closed("COMPLETED", d("2024-09-20"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officeBreakdown2024("2024-04-01")
                .body("rows.find { it.value == 'BANK_CREDIT' }.cases.newlyAccepted", equalTo(1)));
        // complex only from 10 January to 31 March; bank credit throughout
        for (String asOf : List.of("2023-12-01", "2024-01-09", "2024-04-01", "2024-09-30")) {
            officeBreakdown2024(asOf).body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(0))
                    .body("rows.find { it.value == 'BANK_CREDIT' }.cases.newlyAccepted", equalTo(1));
        }
        officeBreakdown2024("2024-01-10").body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(1))
                .body("rows.find { it.value == 'COMPLEX' }.money.newlyAccepted", equalTo(40_000_000))
                .body("rows.find { it.value == 'COMPLEX' }.money.done", equalTo(0));
        officeBreakdown2024("2024-03-31").body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(1))
                .body("rows.find { it.value == 'COMPLEX' }.money.done", equalTo(15_000_000))
                .body("rows.find { it.value == 'BANK_CREDIT' }.money.done", equalTo(15_000_000));
    }

    /**
     * A change of categories counts from the date of the head's decision, not from when it was recorded: made COMPLEX by a
     * decision of 28 September 2025 recorded on 3 October, a case is in work year 2025's COMPLEX row as of 30 September
     * (review of session 31: it counted from 3 October, in the next work year). Nghệ An (40), which no other test reads.
     */
    @Test
    void aChangeOfCategoriesCountsFromTheHeadsDecisionNotItsRecording() {
        TopicClient topics = new TopicClient(bootstrapServers);
        new CaseStory(codec, topics, "40", d("2025-06-02"), 60 * M, "EX_OFFICIO", List.of(), true, true)
                .categorisedLate(List.of("COMPLEX"), d("2025-09-28"), d("2025-10-03"));
        // applied: COMPLEX in the next work year, whichever date it counts from
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> nghean(2026, "2025-10-03")
                .body("rows.find { it.value == 'COMPLEX' }.cases.carriedIn", equalTo(1)));
        nghean(2025, "2025-09-30").body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(1))
                .body("rows.find { it.value == 'COMPLEX' }.money.newlyAccepted", equalTo(60_000_000));
        nghean(2025, "2025-09-27").body("rows.find { it.value == 'COMPLEX' }.cases.newlyAccepted", equalTo(0));
    }

    private static ValidatableResponse nghean(int workYear, String asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", "40").queryParam("workYear", workYear).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(200);
    }

    private static ValidatableResponse officeBreakdown2024(String asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", "06.01").queryParam("workYear", 2024).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(200);
    }

    private static ValidatableResponse breakdown2024(String asOf) {
        return as("AGENCY_HEAD", "04").queryParam("orgUnit", "04").queryParam("workYear", 2024).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(200);
    }

    @Test
    void everyFigureByKindAndCategory() {
        TopicClient topics = new TopicClient(bootstrapServers);
        // A: on request, bank credit, 600M (so large value), 100M collected
        new CaseStory(codec, topics, "04", d("2025-11-01"), 600 * M, "ON_REQUEST", List.of("BANK_CREDIT", "LARGE_VALUE"))
                .collected(100 * M, d("2026-01-10"));
        // B: ex officio, state budget, 50M, 20M collected, then without conditions (30M outstanding)
        new CaseStory(codec, topics, "04", d("2025-12-01"), 50 * M, "EX_OFFICIO", List.of("STATE_BUDGET"))
                .collected(20 * M, d("2026-02-01")).verified("NO_CONDITIONS", d("2026-03-01"));
        // C: ex officio, state budget and complex, 10M, all collected and completed
        new CaseStory(codec, topics, "04", d("2026-01-05"), 10 * M, "EX_OFFICIO", List.of("STATE_BUDGET", "COMPLEX"))
                .collected(10 * M, d("2026-01-20")).closed("COMPLETED", d("2026-01-20"));
        // D: on request, no category, 5M
        new CaseStory(codec, topics, "04", d("2026-02-01"), 5 * M, "ON_REQUEST", List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> breakdown().body("total.cases.newlyAccepted", equalTo(4))
                .body("total.money.completed", equalTo(130_000_000)).body("total.cases.withoutConditions", equalTo(1)));

        breakdown()
                // ex officio = B + C: 2 new, B without conditions, C with and done: 1/1 = 100 %; 60M, 30M without, 30M collected
                .body("rows.find { it.value == 'EX_OFFICIO' }.cases.newlyAccepted", equalTo(2))
                .body("rows.find { it.value == 'EX_OFFICIO' }.cases.withConditions", equalTo(1))
                .body("rows.find { it.value == 'EX_OFFICIO' }.cases.rate", equalTo(100.00f))
                .body("rows.find { it.value == 'EX_OFFICIO' }.money.withoutConditions", equalTo(30_000_000))
                .body("rows.find { it.value == 'EX_OFFICIO' }.money.done", equalTo(30_000_000))
                .body("rows.find { it.value == 'EX_OFFICIO' }.carriedOverWithConditions.cases", equalTo(0))
                // on request = A + D: 605M with conditions, 100M collected: 16.53 %; carried over with conditions 2 cases, 505M
                .body("rows.find { it.value == 'ON_REQUEST' }.cases.withConditions", equalTo(2))
                .body("rows.find { it.value == 'ON_REQUEST' }.money.withConditions", equalTo(605_000_000))
                .body("rows.find { it.value == 'ON_REQUEST' }.money.rate", equalTo(16.53f))
                .body("rows.find { it.value == 'ON_REQUEST' }.carriedOverWithConditions.cases", equalTo(2))
                .body("rows.find { it.value == 'ON_REQUEST' }.carriedOverWithConditions.money", equalTo(505_000_000))
                // bank credit and large value = A: 100 / 600 = 16.67 %
                .body("rows.find { it.value == 'BANK_CREDIT' }.money.rate", equalTo(16.67f))
                .body("rows.find { it.value == 'LARGE_VALUE' }.cases.newlyAccepted", equalTo(1))
                .body("rows.find { it.value == 'LARGE_VALUE' }.money.newlyAccepted", equalTo(600_000_000))
                // complex = C; state budget = B + C (a case counts in each of its categories)
                .body("rows.find { it.value == 'COMPLEX' }.cases.completed", equalTo(1))
                .body("rows.find { it.value == 'STATE_BUDGET' }.cases.newlyAccepted", equalTo(2))
                // recovered for the state budget: 20M + 10M collected
                .body("stateBudgetRecovered", equalTo(30_000_000))
                // the unit: 3 with conditions, 1 done: 33.33 %; 635M with conditions, 130M: 20.47 %; 2 cases and 505M carried over with conditions
                .body("total.cases.rate", equalTo(33.33f)).body("total.money.rate", equalTo(20.47f))
                .body("total.carriedOverWithConditions.cases", equalTo(2))
                .body("total.carriedOverWithConditions.money", equalTo(505_000_000));

        String csv = as("AGENCY_HEAD", "04").accept("text/csv").queryParam("orgUnit", "04").queryParam("workYear", 2026)
                .queryParam("asOf", "2026-06-30").get("/api/v1/reports/enforcement/breakdown").then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("dimension,value,cases.carriedIn,").contains("\r\ncategory,STATE_BUDGET,0,2,2,0,2,1,1,1,0,0,0,0,0,1,1,100.00,,")
                .endsWith("\r\nstateBudgetRecovered,,30000000\r\n");
        as("AGENCY_HEAD", "04").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("orgUnit", "04")
                .queryParam("workYear", 2026).queryParam("asOf", "2026-06-30").get("/api/v1/reports/enforcement/breakdown")
                .then().statusCode(200);
        // another province's head, an officer: no breakdown of An Giang
        as("AGENCY_HEAD", "92").queryParam("orgUnit", "04").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(403);
        as("OFFICER", "04").queryParam("orgUnit", "04").queryParam("workYear", 2026)
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(403);
    }
}
