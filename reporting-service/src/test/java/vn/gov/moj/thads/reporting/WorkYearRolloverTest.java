package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.reporting.service.WorkYearRollover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * The new work year on 1 October (domain.md §6): every case still open is carried in. The service's clock is moved
 * to the morning of 1 October 2027, before the walk has run, and the head of Quảng Trị (44, which no other test uses)
 * closes the first day of work year 2028: refused until the walk has carried the open cases in. The walk carries every
 * case of this test database into 2028 (the profile's tests run after the others, and none reads 2028). Figures by hand: one case of 60M opened on 2 November 2026,
 * with conditions, nothing collected: carried in 1 case and 60M, nothing new.
 */
@QuarkusTest
@TestProfile(WorkYearRolloverTest.MovedClock.class)
class WorkYearRolloverTest {

    private static final long M = 1_000_000L;

    public static class MovedClock implements QuarkusTestProfile {
        /** The test walks when it means to: a scheduled walk after the clock moved would carry the year before the close. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thads.work-year-rollover.first-delay", "2h", "thads.periods.past-work-years-for-heads", "1",
                    "thads.targets.officer-months-back-for-heads", "0");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }

    /** Vietnam's time, or the instant a test moved it to. */
    @Alternative
    @Singleton
    @Typed(Clock.class)
    public static class MovableClock extends Clock {
        static volatile Instant movedTo;

        @Override
        public ZoneId getZone() {
            return WorkingCalendar.VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant moved = movedTo;
            return moved == null ? Instant.now() : moved;
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;
    @Inject WorkYearRollover rollover;

    @AfterEach
    void backToNow() {
        MovableClock.movedTo = null;
    }

    @Test
    void aPeriodOfTheNewYearIsSignedOnlyOnceTheOpenCasesAreCarriedIn() {
        java.util.UUID officer = java.util.UUID.randomUUID();
        new CaseStory(codec, new TopicClient(bootstrapServers), "44", LocalDate.parse("2026-11-02"), 60 * M).assignedTo(officer)
                .verified("HAS_CONDITIONS", LocalDate.parse("2026-11-10"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("MINISTRY", "VN").queryParam("orgUnit", "44")
                .queryParam("workYear", 2027).get("/api/v1/reports/enforcement").then().statusCode(200)
                .body("cases.newlyAccepted", equalTo(1)));

        // 1 October 2027, 08:00 in Vietnam: work year 2028 has begun, the walk has not run since: no signing yet, the
        // signed figures would lack the case carried in
        MovableClock.movedTo = OffsetDateTime.parse("2027-10-01T08:00:00+07:00").toInstant();
        Map<String, Object> firstDay = Map.of("orgUnit", "44", "workYear", 2028, "asOf", "2027-10-01");
        // (the first day is the ministry's to sign: a head signs month ends)
        as("MINISTRY", "VN").body(firstDay).post("/api/v1/reports/periods").then().statusCode(409)
                .body("type", equalTo("urn:thads:problem:work-year-not-carried"));
        // a period of the year before is signed as ever
        as("AGENCY_HEAD", "44").body(Map.of("orgUnit", "44", "workYear", 2027, "asOf", "2027-09-30"))
                .post("/api/v1/reports/periods").then().statusCode(201).body("cases.newlyAccepted", equalTo(1));
        // two work years back is the ministry's alone: a head reaching back is refused, and nothing is signed
        Map<String, Object> twoYearsBack = Map.of("orgUnit", "44", "workYear", 2026, "asOf", "2026-09-30");
        as("AGENCY_HEAD", "44").body(twoYearsBack).post("/api/v1/reports/periods").then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:period-too-old")).body("currentWorkYear", equalTo(2028));
        as("PROVINCE", "44").body(twoYearsBack).post("/api/v1/reports/periods").then().statusCode(422);
        as("MINISTRY", "VN").queryParam("orgUnit", "44").queryParam("workYear", 2026).get("/api/v1/reports/periods").then()
                .statusCode(200).body("size()", equalTo(0));
        as("MINISTRY", "VN").body(twoYearsBack).post("/api/v1/reports/periods").then().statusCode(201);
        // an officer's targets are set for this month or later by a head; September's, now over, by the ministry alone
        Map<String, Object> targets = Map.of("agencyCode", "44", "targets", Map.of("caseRate", 60, "moneyRate", 40,
                "carriedOverCaseReduction", 0, "carriedOverMoneyReduction", 0));
        as("AGENCY_HEAD", "44").body(targets).put("/api/v1/targets/officers/2027-09/" + officer).then().statusCode(422)
                .body("type", equalTo("urn:thads:problem:month-over")).body("earliestMonth", equalTo("2027-10"));
        as("AGENCY_HEAD", "44").body(targets).put("/api/v1/targets/officers/2027-10/" + officer).then().statusCode(200);
        as("MINISTRY", "VN").body(targets).put("/api/v1/targets/officers/2027-09/" + officer).then().statusCode(200);
        // the walk (00:00:10 on 1 October, then hourly), then the first day is signed with the case carried in
        rollover.carryIntoCurrentYear();
        as("MINISTRY", "VN").body(firstDay).post("/api/v1/reports/periods").then().statusCode(201)
                .body("cases.carriedIn", equalTo(1)).body("cases.newlyAccepted", equalTo(0))
                .body("cases.withConditions", equalTo(1))
                .body("money.carriedIn", equalTo(60_000_000)).body("money.carriedOver", equalTo(60_000_000));
        // today's figures of that date are the signed ones: nothing came in late
        as("MINISTRY", "VN").queryParam("orgUnit", "44").queryParam("workYear", 2028).queryParam("asOf", "2027-10-01")
                .get("/api/v1/reports/enforcement").then().statusCode(200)
                .body("cases.carriedIn", equalTo(1)).body("money.carriedIn", equalTo(60_000_000));
    }
}
