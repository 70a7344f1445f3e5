package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * A unit's money summed over its cases passes a long (2^63 − 1 = 9,223,372,036,854,775,807) with about 9,224 cases at the
 * amount bound of 10^15 VND, which one insider can open. Before session 28 the day rows were bigint: the events that
 * pushed one past it went to the dead-letter topic, and every report of the unit, its province and the country answered
 * 500. Now every figure is exact at any size, through the live consumer and a rebuild alike.
 */
@QuarkusTest
class MoneyBeyondALongTest {

    private static final long BOUND = 1_000_000_000_000_000L;
    private static final int CASES = 9_300;
    /** 9,300 × 10^15, by hand: past 2^63 − 1 = 9,223,372,036,854,775,807. */
    private static final BigInteger ALL = new BigInteger("9300000000000000000");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    @Test
    void aUnitsMoneyPastALongIsReportedAndSignedExactlyLiveAndAfterARebuild() {
        // Hà Nội's agency (01), work year 2020 (no other test's): 9,300 cases of 10^15 VND opened on 1 November 2019, all held
        // by one officer, each collected in full and completed on 2 March 2020 (so nothing is carried into later years)
        UUID officer = UUID.randomUUID();
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            events.addAll(new CaseStory(codec, null, "01", LocalDate.parse("2019-11-01"), BOUND, false)
                    .assignedTo(officer, LocalDate.parse("2019-11-01"))
                    .collected(BOUND, LocalDate.parse("2020-03-02")).closed("COMPLETED", LocalDate.parse("2020-03-02")).sent);
        }
        new TopicClient(bootstrapServers).sendAll("thads.case-events",
                events.stream().map(e -> Map.entry(e.aggregateId(), codec.write(e))).toList());
        // each case's events are in order on its partition: when every case is completed, all were applied
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> report("01", "2020-03-31").body("cases.completed", equalTo(CASES)));
        assertExact();

        // a rebuild sums them again, in memory over batches
        EnforcementFiguresTest.rebuildAndWait();
        assertExact();

        // the ministry signs the country's figures: kept exactly, and the digest over them intact
        String id = as("MINISTRY", "VN").body(Map.of("orgUnit", "VN", "workYear", 2020, "asOf", "2020-03-31"))
                .post("/api/v1/reports/periods").then().statusCode(201).body("money.done", equalTo(ALL))
                .body("signature.intact", equalTo(true)).extract().path("id");
        as("MINISTRY", "VN").get("/api/v1/reports/periods/" + id).then().statusCode(200).body("money.completed", equalTo(ALL))
                .body("cases.completed", equalTo(CASES)).body("signature.intact", equalTo(true));
    }

    private void assertExact() {
        for (String unit : List.of("01", "VN")) {
            // as of 31 January: all new and in progress, none done
            report(unit, "2020-01-31").body("cases.newlyAccepted", equalTo(CASES))
                    .body("money.newlyAccepted", equalTo(ALL)).body("money.accepted", equalTo(ALL)).body("money.toEnforce", equalTo(ALL))
                    .body("money.withConditions", equalTo(ALL)).body("money.inProgress", equalTo(ALL))
                    .body("money.carriedOver", equalTo(ALL)).body("money.done", equalTo(0)).body("money.rate", equalTo(0.00f));
            // as of 31 March: all collected and completed: money done 100 %
            report(unit, "2020-03-31").body("cases.completed", equalTo(CASES)).body("money.completed", equalTo(ALL))
                    .body("money.done", equalTo(ALL)).body("money.carriedOver", equalTo(0)).body("money.inProgress", equalTo(0))
                    .body("money.rate", equalTo(100.00f));
        }
        // the country's children: Hà Nội holds it all
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2020).queryParam("asOf", "2020-03-31")
                .get("/api/v1/reports/enforcement/children").then().statusCode(200)
                .body("children.find { it.orgUnit == '01' }.money.completed", equalTo(ALL));
        // the breakdown by kind (from the provinces' kept rows) and an office's drill-down, case by case
        as("MINISTRY", "VN").queryParam("orgUnit", "VN").queryParam("workYear", 2020).queryParam("asOf", "2020-03-31")
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(200).body("total.money.done", equalTo(ALL))
                .body("rows.find { it.value == 'ON_REQUEST' }.money.newlyAccepted", equalTo(ALL))
                .body("total.carriedOverWithConditions.money", equalTo(0));
        as("MINISTRY", "VN").queryParam("orgUnit", "01").queryParam("workYear", 2020).queryParam("asOf", "2020-03-31")
                .queryParam("figure", "completed").queryParam("measure", "money").queryParam("size", 1)
                .get("/api/v1/reports/enforcement/cases").then().statusCode(200).body("total", equalTo(CASES))
                .body("moneyTotal", equalTo(ALL));
        // the officer's month: 9,300 cases done and every đồng collected in March
        as("AGENCY_HEAD", "01").queryParam("agency", "01").queryParam("month", "2020-03").get("/api/v1/reports/officers").then()
                .statusCode(200).body("officers[0].money.completed", equalTo(ALL)).body("officers[0].doneInMonth", equalTo(CASES))
                .body("officers[0].collectedInMonth", equalTo(ALL));
        // a spreadsheet program's text: the digits as they are
        String csv = as("MINISTRY", "VN").accept("text/csv").queryParam("orgUnit", "VN").queryParam("workYear", 2020)
                .queryParam("asOf", "2020-03-31").get("/api/v1/reports/enforcement").then().statusCode(200).extract().asString();
        assertThat(csv).contains("9300000000000000000");
    }

    private static ValidatableResponse report(String unit, String asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", 2020).queryParam("asOf", asOf)
                .get("/api/v1/reports/enforcement").then().statusCode(200);
    }
}
