package vn.gov.moj.thads.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * A random province's worth of cases (Thái Nguyên, with the Bắc Kạn units merged into it), their
 * events sent in a shuffled order with duplicates: every figure of the report, summed from the
 * daily per-agency figures, equals the list of cases behind it computed case by case, in cases
 * and in money, for the surviving province, an office, and a merged-away province, at as-of dates
 * in three work years.
 */
@QuarkusTest
class FiguresAgainstCasesTest {

    private static final long M = 1_000_000L;
    private static final List<String> AGENCIES = List.of("19.01", "19.02", "06", "06.01");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    /** What the test itself knows of each case, to work out figures from first principles. */
    record Known(String agency, LocalDate openedOn, LocalDate finalOn, LocalDate delegatedOn, Map<LocalDate, Long> collections) {
    }

    @Test
    void everyFigureEqualsTheCasesBehindIt() {
        TopicClient topics = new TopicClient(bootstrapServers);
        Random random = new Random(7);
        List<EventEnvelope> events = new ArrayList<>();
        List<Known> known = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            known.add(randomCase(random, topics, events));
        }
        List<EventEnvelope> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        shuffled.addAll(events.subList(0, 40));
        for (EventEnvelope event : shuffled) {
            topics.send("thads.case-events", event.aggregateId(), codec.write(event));
        }
        Set<UUID> ids = Set.copyOf(events.stream().map(EventEnvelope::id).toList());
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where consumer = 'reporting-view' and event_id in (:ids)")
                .setParameter("ids", ids).getSingleResult()).longValue()) == ids.size());

        for (var date : List.of(Map.entry(2025, "2025-03-31"), Map.entry(2025, "2025-09-30"), Map.entry(2026, "2026-01-15"),
                Map.entry(2026, "2026-09-30"), Map.entry(2027, "2026-11-24"))) {
            int year = date.getKey();
            LocalDate asOf = LocalDate.parse(date.getValue());
            LocalDate start = LocalDate.of(year - 1, 10, 1);
            for (String unit : List.of("19", "19.02", "06")) {
                JsonPath report = as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year)
                        .queryParam("asOf", asOf.toString()).get("/api/v1/reports/enforcement").then().statusCode(200)
                        .extract().jsonPath();
                String where = unit + " " + year + " " + asOf;
                // first principles: accepted = opened by the as-of date and not final before the year; money done by collection
                List<Known> mine = known.stream().filter(k -> inUnit(unit, k.agency())).toList();
                long accepted = mine.stream().filter(k -> !k.openedOn().isAfter(asOf)
                        && (k.finalOn() == null || !k.finalOn().isBefore(start))).count();
                long collected = mine.stream().filter(k -> !k.openedOn().isAfter(asOf)
                                && (k.delegatedOn() == null || k.delegatedOn().isAfter(asOf)))
                        .flatMap(k -> k.collections().entrySet().stream())
                        .filter(c -> !c.getKey().isBefore(start) && !c.getKey().isAfter(asOf)).mapToLong(Map.Entry::getValue).sum();
                assertThat(report.getLong("cases.accepted")).as(where).isEqualTo(accepted);
                assertThat(report.getLong("money.completed")).as(where).isEqualTo(collected);

                for (String figure : List.of("carriedIn", "newlyAccepted", "accepted", "delegated", "toEnforce", "withoutConditions",
                        "withConditions", "completed", "terminated", "done", "postponed", "suspended", "inProgress", "carriedOver")) {
                    List<Map<String, Object>> cases = drillDown(unit, year, asOf, figure);
                    assertThat((long) cases.size()).as(where + " cases." + figure).isEqualTo(report.getLong("cases." + figure));
                    String moneyColumn = switch (figure) {
                        case "terminated", "postponed", "suspended" -> "outstanding";
                        case "completed", "done", "inProgress", "carriedOver" -> null;
                        default -> "amountThisYear";
                    };
                    if (moneyColumn != null) {
                        assertThat(sum(cases, moneyColumn)).as(where + " money." + figure).isEqualTo(report.getLong("money." + figure));
                    }
                }
                assertThat(sum(drillDown(unit, year, asOf, "collected"), "collectedThisYear")).as(where)
                        .isEqualTo(report.getLong("money.completed"));
            }
        }
    }

    private static boolean inUnit(String unit, String agency) {
        return switch (unit) {
            case "19" -> true;
            case "19.02" -> agency.equals("19.02") || agency.equals("06.01");
            default -> agency.startsWith("06");
        };
    }

    private static long sum(List<Map<String, Object>> cases, String column) {
        return cases.stream().mapToLong(c -> ((Number) c.get(column)).longValue()).sum();
    }

    private static List<Map<String, Object>> drillDown(String unit, int year, LocalDate asOf, String figure) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year)
                    .queryParam("asOf", asOf.toString()).queryParam("figure", figure).queryParam("page", page).queryParam("size", 50)
                    .get("/api/v1/reports/enforcement/cases").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            all.addAll(items);
            if (all.size() >= body.getLong("total") || items.isEmpty()) {
                return all;
            }
        }
    }

    private Known randomCase(Random random, TopicClient topics, List<EventEnvelope> events) {
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        LocalDate opened = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000));
        long money = (1 + random.nextInt(400)) * M;
        CaseStory story = new CaseStory(codec, topics, agency, opened, money, false);
        Map<LocalDate, Long> collections = new java.util.HashMap<>();
        LocalDate day = opened;
        long left = money;
        LocalDate last = LocalDate.of(2026, 11, 20);
        for (int i = random.nextInt(6); i > 0; i--) {
            day = day.plusDays(1 + random.nextInt(90));
            if (day.isAfter(last)) {
                break;
            }
            switch (random.nextInt(5)) {
                case 0, 1 -> story.verified(random.nextInt(3) == 0 ? "NO_CONDITIONS" : "HAS_CONDITIONS", day);
                case 2 -> {
                    long amount = Math.min(left, (1 + random.nextInt(150)) * M);
                    if (amount > 0) {
                        left -= amount;
                        story.collected(amount, day);
                        collections.merge(day, amount, Long::sum);
                    }
                }
                default -> story.paused(new String[]{"POSTPONED", "SUSPENDED", "RESUMED"}[random.nextInt(3)], day);
            }
        }
        LocalDate finalOn = day.plusDays(1 + random.nextInt(200));
        LocalDate delegatedOn = null;
        if (finalOn.isAfter(last)) {
            finalOn = null;
        } else {
            switch (random.nextInt(4)) {
                case 0 -> story.closed("COMPLETED", finalOn);
                case 1 -> story.closed("TERMINATED", finalOn);
                case 2 -> {
                    story.delegated("01", finalOn);
                    delegatedOn = finalOn;
                }
                default -> finalOn = null;
            }
        }
        events.addAll(story.sent);
        return new Known(agency, opened, finalOn, delegatedOn, collections);
    }
}
