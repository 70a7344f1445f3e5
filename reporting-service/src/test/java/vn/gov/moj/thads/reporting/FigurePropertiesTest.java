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
import vn.gov.moj.thads.reporting.model.CaseHistory;

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
 * Properties of every report (domain.md §2, §3, §6), over 1,100 random case lives in Ninh Bình
 * (37, with Hà Nam and Nam Định merged into it on 2025-07-01, and their offices), Lào Cai (code
 * 15, Yên Bái until then, with the old Lào Cai, 10) and Quảng Trị (code 44, Quảng Bình until
 * then, with the old Quảng Trị, 45), sent through Kafka shuffled and partly twice, read through
 * the HTTP API for units and dates before, across and after the merger (no other test of this
 * module uses these provinces, so the figures are this test's alone):
 * <ul>
 * <li>each figure equals an independent model ({@link CaseHistory}) summed over the cases that
 * the unit is made of on the date, with that composition written out by hand below;
 * <li>no figure is negative; with conditions = done + in progress + postponed + suspended;
 * <li>children add up to their parent for every figure in cases and money;
 * <li>every figure equals its drill-down, in cases and in VND.
 * </ul>
 */
@QuarkusTest
class FigurePropertiesTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** The agencies a case can be opened at: before the merger, and from it. */
    private static final List<String> BEFORE = List.of("35", "35.01", "36", "37", "37.90", "10", "15", "44", "45");
    private static final List<String> AFTER = List.of("37", "37.01", "37.02", "15", "44");
    private static final List<String> FIGURES = List.of("carriedIn", "newlyAccepted", "accepted", "delegated", "toEnforce",
            "withoutConditions", "withConditions", "completed", "terminated", "reduced", "done", "postponed", "suspended", "inProgress",
            "carriedOver");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Inject EntityManager em;

    /**
     * The agencies whose cases count in {@code unit} on {@code date}, by hand from domain.md §2:
     * a predecessor is inside its successor only once it no longer exists; a unit asked about
     * after it closed is as it was on its last day.
     */
    private static boolean counts(String unit, String agency, LocalDate date) {
        boolean merged = !date.isBefore(MERGER);
        return switch (unit) {
            case "37" -> agency.startsWith("37") || merged && (agency.startsWith("35") || agency.equals("36"));
            case "35" -> agency.startsWith("35");
            case "15" -> agency.equals("15") || merged && agency.equals("10");
            case "44" -> agency.equals("44") || merged && agency.equals("45");
            case "37.01" -> agency.equals("37.01") || merged && agency.equals("37.90");
            case "37.02" -> agency.equals("37.02") || merged && agency.equals("35.01");
            default -> agency.equals(unit);
        };
    }

    @Test
    void everyReportHoldsItsPropertiesAndEqualsTheModel() {
        Random random = new Random(20261129);
        List<CaseHistory> histories = new ArrayList<>();
        Map<CaseHistory, Sort> sorts = new java.util.HashMap<>();
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            LocalDate opened = LocalDate.of(2022, 10, 1).plusDays(random.nextInt(1500));
            List<String> agencies = opened.isBefore(MERGER) ? BEFORE : AFTER;
            CaseHistory history = CaseHistory.random(random, agencies.get(random.nextInt(agencies.size())), opened, TODAY);
            histories.add(history);
            Sort sort = Sort.random(random, history.steps.size());
            sorts.put(history, sort);
            events.addAll(storyOf(history, sort).sent);
        }
        List<EventEnvelope> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        shuffled.addAll(events.subList(0, 300));
        new TopicClient(bootstrapServers).sendAll("thads.case-events",
                shuffled.stream().map(e -> Map.entry(e.aggregateId(), codec.write(e))).toList());
        Set<UUID> ids = Set.copyOf(events.stream().map(EventEnvelope::id).toList());
        await().atMost(Duration.ofSeconds(120)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where consumer = 'reporting-view' and event_id in (:ids)")
                .setParameter("ids", ids).getSingleResult()).longValue()) == ids.size());

        List<Map.Entry<Integer, LocalDate>> dates = List.of(Map.entry(2024, LocalDate.of(2024, 3, 31)),
                Map.entry(2025, LocalDate.of(2025, 3, 31)), Map.entry(2025, LocalDate.of(2025, 6, 30)),
                Map.entry(2025, LocalDate.of(2025, 7, 1)), Map.entry(2025, LocalDate.of(2025, 9, 30)),
                Map.entry(2026, LocalDate.of(2026, 3, 31)), Map.entry(2026, LocalDate.of(2026, 9, 30)),
                Map.entry(2027, LocalDate.of(2026, 11, 29)));
        for (var entry : dates) {
            int year = entry.getKey();
            LocalDate asOf = entry.getValue();
            for (String unit : List.of("VN", "37", "35", "36", "15", "10", "44", "45", "37.01", "37.02", "37.90", "35.01")) {
                JsonPath report = report(unit, year, asOf);
                String where = unit + " " + year + " as of " + asOf;
                if (!unit.equals("VN")) {
                    List<CaseHistory> mine = histories.stream().filter(h -> counts(unit, h.agency, asOf)).toList();
                    assertEqualsModel(report, mine, year, asOf, where);
                }
                assertConsistent(report, where);
                if (unit.equals("VN") || unit.equals("37") || unit.equals("35")) {
                    assertChildrenAddUp(report, unit, year, asOf, where);
                }
            }
        }
        for (String unit : List.of("37", "15", "37.02")) {
            for (var entry : List.of(dates.get(2), dates.get(3), dates.get(6))) {
                assertEveryFigureEqualsItsDrillDown(unit, entry.getKey(), entry.getValue());
            }
        }
        Map<String, Map<String, Object>> kept = new java.util.LinkedHashMap<>();
        // the breakdown by kind and category: the provinces' from their kept rows, the offices' case by case; each row the
        // model over the unit's cases of that kind or category (LARGE_VALUE: above 500,000,000 VND, whatever the events said)
        for (var entry : List.of(dates.get(2), dates.get(3), dates.get(6), dates.get(7))) {
            int year = entry.getKey();
            LocalDate asOf = entry.getValue();
            for (String unit : List.of("37", "35", "15", "44", "37.01", "37.02")) {
                JsonPath breakdown = breakdown(unit, year, asOf);
                List<CaseHistory> mine = histories.stream().filter(h -> counts(unit, h.agency, asOf)).toList();
                for (String row : Sort.ROWS) {
                    String value = row.substring(row.indexOf(':') + 1);
                    assertEqualsModel(breakdown, "rows.find { it.value == '" + value + "' }.",
                            mine.stream().filter(h -> sorts.get(h).rows(h, asOf).contains(row)).toList(), year, asOf,
                            unit + " " + year + " as of " + asOf + " " + row);
                }
            }
            kept.put("VN " + year + " " + asOf, breakdown("VN", year, asOf).getMap(""));
        }
        // the country's and a province's breakdown read from the kept rows (ON_REQUEST: the total less the other kinds)
        // is the one computed case by case from every case's facts, row by row
        kept.put("37 2026 " + dates.get(6).getValue(), breakdown("37", 2026, dates.get(6).getValue()).getMap(""));
        kept.put("15 2026 " + dates.get(6).getValue(), breakdown("15", 2026, dates.get(6).getValue()).getMap(""));
        setBreakdownKept(false);
        try {
            kept.forEach((question, answer) -> {
                String[] q = question.split(" ");
                assertThat(breakdown(q[0], Integer.parseInt(q[1]), LocalDate.parse(q[2])).getMap("")).as(question + " case by case")
                        .isEqualTo(answer);
            });
        } finally {
            setBreakdownKept(true);
        }
        // Hà Nam (35), closed on 2025-06-30, is shown as it was on its last day: its own cases and Phủ Lý's office (35.01)
        // with Phủ Lý's cases (the model's), not Ninh Bình's office 37.02 that holds them now
        for (var entry : List.of(dates.get(3), dates.get(5), dates.get(7))) {
            JsonPath hanam = children("35", entry.getKey(), entry.getValue());
            assertThat(hanam.getList("children.orgUnit", String.class)).as("35's children as of " + entry.getValue())
                    .containsExactlyInAnyOrder("35", "35.01");
            List<CaseHistory> phuLy = histories.stream().filter(h -> h.agency.equals("35.01")).toList();
            assertEqualsModel(hanam, "children.find { it.orgUnit == '35.01' }.", phuLy, entry.getKey(), entry.getValue(),
                    "35.01 among 35's children as of " + entry.getValue());
        }
        // the national list has 63 provinces on the last day before the merger and 34 from it
        assertThat(children("VN", 2025, LocalDate.of(2025, 6, 30)).getList("children")).hasSize(63);
        assertThat(children("VN", 2025, MERGER).getList("children")).hasSize(34);
    }

    /**
     * What a random case is: its kind, its categories when opened and, for some, the categories it
     * is given after {@code changedAfter} steps; the view counts a case in the rows of what it was on the as-of date.
     */
    private record Sort(String kind, List<String> opened, int changedAfter, List<String> changed) {
        static final List<String> ROWS = List.of("kind:EX_OFFICIO", "kind:ON_REQUEST", "category:BANK_CREDIT", "category:LARGE_VALUE",
                "category:COMPLEX", "category:STATE_BUDGET");

        static Sort random(Random random, int steps) {
            String kind = random.nextBoolean() ? "EX_OFFICIO" : "ON_REQUEST";
            List<String> opened = categories(random);
            return random.nextInt(4) == 0 ? new Sort(kind, opened, random.nextInt(steps + 1), categories(random))
                    : new Sort(kind, opened, -1, List.of());
        }

        /** Each of the categories a case may be given, LARGE_VALUE among them (which the view derives from the amount instead). */
        private static List<String> categories(Random random) {
            return List.of("BANK_CREDIT", "COMPLEX", "STATE_BUDGET", "LARGE_VALUE").stream().filter(c -> random.nextInt(3) == 0).toList();
        }

        /**
         * The rows of the breakdown a case counts in as of {@code asOf}, by hand from domain.md §3: those of
         * the categories it had that day (given new ones on the day of the step they came before, or of its
         * last step or opening when after every step).
         */
        List<String> rows(CaseHistory h, LocalDate asOf) {
            LocalDate changedOn = changedAfter < 0 ? null : changedAfter < h.steps.size() ? h.steps.get(changedAfter).on()
                    : h.steps.isEmpty() ? h.openedOn : h.steps.get(h.steps.size() - 1).on();
            List<String> categories = changedOn != null && !changedOn.isAfter(asOf) ? changed : opened;
            long money = h.money;
            // an administrative judgment is sent with a kind of its own, in no row of the civil breakdown
            List<String> rows = new ArrayList<>(List.of("kind:" + (h.administrative ? "ADMINISTRATIVE_MONITORING" : kind)));
            categories.stream().filter(c -> !c.equals("LARGE_VALUE")).forEach(c -> rows.add("category:" + c));
            if (money > 500_000_000L) {
                rows.add("category:LARGE_VALUE");
            }
            return rows;
        }
    }

    private CaseStory storyOf(CaseHistory h, Sort sort) {
        List<String> opened = new ArrayList<>(sort.opened());
        if (h.administrative) {
            opened.add("ADMINISTRATIVE");
        }
        // each event as at its business date, so that a change of categories falls between the dates asked about
        CaseStory story = new CaseStory(codec, null, h.agency, h.openedOn, h.money,
                h.administrative ? "ADMINISTRATIVE_MONITORING" : sort.kind(), opened, false, true);
        for (int i = 0; i < h.steps.size(); i++) {
            if (i == sort.changedAfter()) {
                story.categorised(withAdministrative(h, sort.changed()), h.steps.get(i).on());
            }
            CaseHistory.Step step = h.steps.get(i);
            switch (step.kind()) {
                case VERIFY_WITH -> story.verified("HAS_CONDITIONS", step.on());
                case VERIFY_WITHOUT -> story.verified("NO_CONDITIONS", step.on());
                case COLLECT -> story.collected(step.amount(), step.on());
                case REDUCE -> story.reduced("REDUCTION", step.amount(), step.on());
                case EXEMPT -> story.reduced("EXEMPTION", step.amount(), step.on());
                case POSTPONE -> story.paused("POSTPONED", step.on());
                case SUSPEND -> story.paused("SUSPENDED", step.on());
                case RESUME -> story.paused("RESUMED", step.on());
                case DELEGATE -> story.delegated("01", step.on());
                case COMPLETE -> story.closed("COMPLETED", step.on());
                case TERMINATE -> story.closed("TERMINATED", step.on());
            }
        }
        if (sort.changedAfter() == h.steps.size()) {
            story.categorised(withAdministrative(h, sort.changed()));
        }
        return story;
    }

    private static List<String> withAdministrative(CaseHistory h, List<String> categories) {
        List<String> all = new ArrayList<>(categories);
        if (h.administrative) {
            all.add("ADMINISTRATIVE");
        }
        return all;
    }

    /** The model's figures summed over the unit's cases, by the definitions of §6 (test side). */
    private static void assertEqualsModel(JsonPath report, List<CaseHistory> cases, int year, LocalDate asOf, String where) {
        assertEqualsModel(report, "", cases, year, asOf, where);
    }

    /** As above, for the figures under {@code at} (a breakdown's row); a report's administrative block when {@code at} is empty. */
    private static void assertEqualsModel(JsonPath json, String at, List<CaseHistory> cases, int year, LocalDate asOf, String where) {
        java.util.function.ToLongFunction<String> report = path -> json.getLong(at + path);
        long carriedIn = 0, newly = 0, delegated = 0, without = 0, completed = 0, terminated = 0, postponed = 0, suspended = 0;
        long mCarriedIn = 0, mNewly = 0, mDelegated = 0, mWithout = 0, mCollected = 0, mTerminated = 0, mPostponed = 0, mSuspended = 0;
        long mReduced = 0;
        long adminAccepted = 0, adminFinished = 0, adminComplied = 0;
        for (CaseHistory h : cases) {
            CaseHistory.Share s = h.shareIn(year, asOf);
            if (!s.counted()) {
                continue;
            }
            if (s.administrative()) {
                adminAccepted++;
                adminFinished += s.delegated() || s.completed() || s.terminated() ? 1 : 0;
                adminComplied += s.completed() ? 1 : 0;
                continue;
            }
            if (s.carriedIn()) {
                carriedIn++;
                mCarriedIn += s.amount();
            } else {
                newly++;
                mNewly += s.amount();
            }
            mCollected += s.collected();
            mReduced += s.reduced();
            if (s.delegated()) {
                delegated++;
                mDelegated += s.outstanding();
            }
            if (s.withoutConditions()) {
                without++;
                mWithout += s.outstanding();
            }
            completed += s.completed() ? 1 : 0;
            if (s.terminated()) {
                terminated++;
                mTerminated += s.outstanding();
            }
            if (s.postponed()) {
                postponed++;
                mPostponed += s.outstanding();
            }
            if (s.suspended()) {
                suspended++;
                mSuspended += s.outstanding();
            }
        }
        assertThat(List.of(report.applyAsLong("cases.carriedIn"), report.applyAsLong("cases.newlyAccepted"), report.applyAsLong("cases.delegated"),
                report.applyAsLong("cases.withoutConditions"), report.applyAsLong("cases.completed"), report.applyAsLong("cases.terminated"),
                report.applyAsLong("cases.postponed"), report.applyAsLong("cases.suspended")))
                .as(where + " cases").containsExactly(carriedIn, newly, delegated, without, completed, terminated, postponed, suspended);
        assertThat(List.of(report.applyAsLong("money.carriedIn"), report.applyAsLong("money.newlyAccepted"), report.applyAsLong("money.delegated"),
                report.applyAsLong("money.withoutConditions"), report.applyAsLong("money.completed"), report.applyAsLong("money.terminated"),
                report.applyAsLong("money.postponed"), report.applyAsLong("money.suspended")))
                .as(where + " money").containsExactly(mCarriedIn, mNewly, mDelegated, mWithout, mCollected, mTerminated, mPostponed, mSuspended);
        // exemptions and reductions count in money done (giảm thi hành án among done)
        assertThat(report.applyAsLong("money.reduced")).as(where + " money reduced").isEqualTo(mReduced);
        assertThat(report.applyAsLong("money.done")).as(where + " money done").isEqualTo(mCollected + mTerminated + mReduced);
        if (!at.isEmpty()) {
            return;
        }
        assertThat(report.applyAsLong("administrative.accepted")).as(where + " administrative").isEqualTo(adminAccepted);
        assertThat(report.applyAsLong("administrative.finished")).as(where + " administrative").isEqualTo(adminFinished);
        assertThat(report.applyAsLong("administrative.complied")).as(where + " administrative complied").isEqualTo(adminComplied);
    }

    private static void assertConsistent(JsonPath report, String where) {
        for (String measure : List.of("cases", "money")) {
            for (String figure : FIGURES) {
                assertThat(report.getLong(measure + "." + figure)).as(where + " " + measure + "." + figure + " is never negative")
                        .isNotNegative();
            }
            long with = report.getLong(measure + ".withConditions");
            assertThat(with).as(where + " " + measure + ": with conditions = done + in progress + postponed + suspended")
                    .isEqualTo(report.getLong(measure + ".done") + report.getLong(measure + ".inProgress")
                            + report.getLong(measure + ".postponed") + report.getLong(measure + ".suspended"));
            assertThat(report.getLong(measure + ".accepted")).as(where + " " + measure + ": accepted")
                    .isEqualTo(report.getLong(measure + ".carriedIn") + report.getLong(measure + ".newlyAccepted"));
        }
    }

    private static void assertChildrenAddUp(JsonPath report, String unit, int year, LocalDate asOf, String where) {
        List<Map<String, Object>> children = children(unit, year, asOf).getList("children");
        for (String measure : List.of("cases", "money")) {
            for (String figure : FIGURES) {
                long sum = children.stream().mapToLong(c -> ((Number) ((Map<?, ?>) c.get(measure)).get(figure)).longValue()).sum();
                assertThat(sum).as(where + ": the children's " + measure + "." + figure + " add up").isEqualTo(report.getLong(measure + "." + figure));
            }
        }
    }

    private static void assertEveryFigureEqualsItsDrillDown(String unit, int year, LocalDate asOf) {
        JsonPath report = report(unit, year, asOf);
        String where = unit + " " + year + " as of " + asOf;
        for (String figure : FIGURES) {
            JsonPath cases = drillDown(unit, year, asOf, figure, "cases");
            assertThat(cases.getLong("total")).as(where + " drill-down of cases." + figure).isEqualTo(report.getLong("cases." + figure));
            JsonPath money = drillDown(unit, year, asOf, figure, "money");
            assertThat(money.getLong("moneyTotal")).as(where + " drill-down of money." + figure).isEqualTo(report.getLong("money." + figure));
        }
    }

    private static JsonPath report(String unit, int year, LocalDate asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year).queryParam("asOf", asOf.toString())
                .get("/api/v1/reports/enforcement").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath breakdown(String unit, int year, LocalDate asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year).queryParam("asOf", asOf.toString())
                .get("/api/v1/reports/enforcement/breakdown").then().statusCode(200).extract().jsonPath();
    }

    private void setBreakdownKept(boolean kept) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update breakdown_figures_state set kept = ?1")
                .setParameter(1, kept).executeUpdate());
    }

    private static JsonPath children(String unit, int year, LocalDate asOf) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year).queryParam("asOf", asOf.toString())
                .get("/api/v1/reports/enforcement/children").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath drillDown(String unit, int year, LocalDate asOf, String figure, String measure) {
        return as("MINISTRY", "VN").queryParam("orgUnit", unit).queryParam("workYear", year).queryParam("asOf", asOf.toString())
                .queryParam("figure", figure).queryParam("measure", measure).queryParam("size", 1)
                .get("/api/v1/reports/enforcement/cases").then().statusCode(200).extract().jsonPath();
    }
}
