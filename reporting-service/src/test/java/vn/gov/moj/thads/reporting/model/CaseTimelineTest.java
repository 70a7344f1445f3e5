package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's share of the figures (domain.md §6) on worked examples and against an independent
 * model ({@link CaseHistory}) over random lives; its day-by-day contributions add up to its
 * figures on every day of every work year. Plain JUnit: no Quarkus, no database.
 */
class CaseTimelineTest {

    private static final long M = 1_000_000L;

    @Test
    void aCarriedInCaseCountsItsOutstandingAmountAtTheYearsStart() {
        CaseTimeline t = timeline("2025-03-10", 100 * M);
        t.verified(new CaseTimeline.Verification(UUID.randomUUID(), d("2025-04-01"), at(1), CaseTimeline.Classification.HAS_CONDITIONS));
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-06-01"), 30 * M));
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-12-01"), 20 * M));
        long[] v = t.figuresAt(2026, d("2026-09-30"));
        assertThat(v[CountedFigures.CARRIED_IN]).isEqualTo(1);
        assertThat(v[CountedFigures.MONEY + CountedFigures.CARRIED_IN]).isEqualTo(70 * M);
        assertThat(v[CountedFigures.MONEY + CountedFigures.COMPLETED]).isEqualTo(20 * M);
        // as of the day before the second collection nothing was collected this year
        assertThat(t.figuresAt(2026, d("2025-11-30"))[CountedFigures.MONEY + CountedFigures.COMPLETED]).isZero();
    }

    @Test
    void contributionsSumToTheFiguresOnEveryDay() {
        Random random = new Random(20261125);
        for (int n = 0; n < 300; n++) {
            CaseTimeline t = randomCase(random);
            Map<CaseTimeline.AgencyDay, long[]> changes = t.contributions(2028);
            for (int year = CaseTimeline.workYearOf(t.openedOn()); year <= 2028; year++) {
                long[] sum = new long[CountedFigures.SIZE];
                for (LocalDate day = CaseTimeline.yearStart(year); !day.isAfter(CaseTimeline.yearEnd(year)); day = day.plusDays(1)) {
                    long[] change = changes.get(new CaseTimeline.AgencyDay(day, t.agencyCode()));
                    if (change != null) {
                        CountedFigures.addTo(sum, change);
                    }
                    assertThat(sum).as("case %d, work year %d, as of %s", n, year, day).containsExactly(t.figuresAt(year, day));
                }
            }
        }
    }

    @Test
    void aCaseCountsInTheBreakdownRowsOfItsKindAndOfItsCategoriesUntilTheyAreChanged() {
        // no event has said what it is: kind UNKNOWN, no category
        CaseTimeline t = timeline("2026-01-05", 600 * M);
        assertThat(t.breakdownRows()).containsExactly("kind:UNKNOWN", "category:LARGE_VALUE");
        // LARGE_VALUE by the amount (above 500,000,000 VND) whatever the event sent; ADMINISTRATIVE is no row of the breakdown
        t.classified("EX_OFFICIO", "STATE_BUDGET,ADMINISTRATIVE,COMPLEX", at(5));
        assertThat(t.breakdownRows()).containsExactly("kind:EX_OFFICIO", "category:LARGE_VALUE", "category:COMPLEX",
                "category:STATE_BUDGET");
        // an older event applied later: the categories are the earliest event's until a change of them, the kind the latest's
        t.classified("ON_REQUEST", "BANK_CREDIT", at(3));
        assertThat(t.breakdownRows()).containsExactly("kind:EX_OFFICIO", "category:BANK_CREDIT", "category:LARGE_VALUE");
        t.classified("ON_REQUEST", "COMPLEX", at(7));
        assertThat(t.breakdownRows()).containsExactly("kind:ON_REQUEST", "category:BANK_CREDIT", "category:LARGE_VALUE");
        // a change of categories (CaseCategorised)
        t.categorised(new CaseTimeline.Categorisation(UUID.randomUUID(), d("2026-01-01"), at(8), "BANK_CREDIT,LARGE_VALUE,COMPLEX"));
        assertThat(t.breakdownRows()).containsExactly("kind:ON_REQUEST", "category:BANK_CREDIT", "category:LARGE_VALUE", "category:COMPLEX");
        // 500,000,000 exactly is not above it, even when an event says LARGE_VALUE
        CaseTimeline small = timeline("2026-01-05", 500 * M);
        small.classified("ON_REQUEST", "LARGE_VALUE", at(1));
        assertThat(small.breakdownRows()).containsExactly("kind:ON_REQUEST");
    }

    @Test
    void aBreakdownAsOfADateCountsTheCaseInTheCategoriesItHadThen() {
        // opened 1 Nov 2025 (work year 2026), 200M, with conditions from 1 Dec, 50M collected on 1 Feb 2026
        CaseTimeline t = timeline("2025-11-01", 200 * M);
        t.verified(new CaseTimeline.Verification(UUID.randomUUID(), d("2025-12-01"), at(1), CaseTimeline.Classification.HAS_CONDITIONS));
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2026-02-01"), 50 * M));
        // the earliest event's categories stand for every date before a change, though it was sent on 10 Jan
        t.classified("EX_OFFICIO", "", vietnam("2026-01-10T10:00"));
        // made COMPLEX on 15 Mar, then not COMPLEX again on 1 May
        categorised(t, "2026-03-15", "EX_OFFICIO", "COMPLEX");
        categorised(t, "2026-05-01", "EX_OFFICIO", "");

        Map<CaseTimeline.RowDay, long[]> share = t.breakdownShare(t.contributions(2026));
        assertThat(rowAsOf(share, "category:COMPLEX", d("2026-03-14"))).containsOnly(0);
        // from 15 Mar to 30 Apr: one newly accepted case of 200M, with conditions, 50M collected this year
        for (String day : List.of("2026-03-15", "2026-04-30")) {
            long[] v = rowAsOf(share, "category:COMPLEX", d(day));
            assertThat(v[CountedFigures.NEWLY_ACCEPTED]).as(day).isEqualTo(1);
            assertThat(v[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED]).as(day).isEqualTo(200 * M);
            assertThat(v[CountedFigures.MONEY + CountedFigures.COMPLETED]).as(day).isEqualTo(50 * M);
            assertThat(v[CountedFigures.WITHOUT_CONDITIONS]).as(day).isZero();
        }
        assertThat(rowAsOf(share, "category:COMPLEX", d("2026-05-01"))).containsOnly(0);
        // its kind never changed: the kind's row holds it on every date
        for (String day : List.of("2025-11-01", "2026-03-14", "2026-03-15", "2026-05-01", "2026-09-30")) {
            assertThat(rowAsOf(share, "kind:EX_OFFICIO", d(day))[CountedFigures.NEWLY_ACCEPTED]).as(day).isEqualTo(1);
        }
        assertThat(rowAsOf(share, "kind:EX_OFFICIO", d("2026-01-31"))[CountedFigures.MONEY + CountedFigures.COMPLETED]).isZero();
        assertThat(rowAsOf(share, "kind:EX_OFFICIO", d("2026-02-01"))[CountedFigures.MONEY + CountedFigures.COMPLETED]).isEqualTo(50 * M);
    }

    @Test
    void theCategoriesOfEachDayDoNotDependOnTheOrderTheEventsCameIn() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // in order: opened BANK_CREDIT on 10 Jan; on 15 Mar made STATE_BUDGET at 09:00, then COMPLEX and STATE_BUDGET at 16:00
        CaseTimeline inOrder = timeline("2025-11-01", 10 * M);
        inOrder.classified("ON_REQUEST", "BANK_CREDIT", vietnam("2026-01-10T10:00"));
        categorised(inOrder, first, "2026-03-15T09:00", "STATE_BUDGET");
        categorised(inOrder, second, "2026-03-15T16:00", "COMPLEX,STATE_BUDGET");
        // the same events the other way round, the first change twice
        CaseTimeline reversed = timeline("2025-11-01", 10 * M);
        categorised(reversed, second, "2026-03-15T16:00", "COMPLEX,STATE_BUDGET");
        categorised(reversed, first, "2026-03-15T09:00", "STATE_BUDGET");
        categorised(reversed, first, "2026-03-15T09:00", "STATE_BUDGET");
        reversed.classified("ON_REQUEST", "BANK_CREDIT", vietnam("2026-01-10T10:00"));
        for (CaseTimeline t : List.of(inOrder, reversed)) {
            assertThat(t.breakdownRowsOn(d("2025-11-01"))).containsExactly("kind:ON_REQUEST", "category:BANK_CREDIT");
            assertThat(t.breakdownRowsOn(d("2026-03-14"))).containsExactly("kind:ON_REQUEST", "category:BANK_CREDIT");
            // the day's last change
            assertThat(t.breakdownRowsOn(d("2026-03-15"))).containsExactly("kind:ON_REQUEST", "category:COMPLEX", "category:STATE_BUDGET");
            assertThat(t.breakdownRows()).containsExactly("kind:ON_REQUEST", "category:COMPLEX", "category:STATE_BUDGET");
        }
        assertThat(reversed.breakdownShare(reversed.contributions(2026))).usingRecursiveComparison()
                .isEqualTo(inOrder.breakdownShare(inOrder.contributions(2026)));
    }

    @Test
    void changesAtTheSameInstantAreChosenAsTheDatabaseChoosesThemWhateverTheirOrder() {
        UUID low = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID high = UUID.fromString("f0000000-0000-0000-0000-000000000001"); // negative as a Java long: above in PostgreSQL's order
        OffsetDateTime atVietnam = vietnam("2026-03-15T12:00").withOffsetSameInstant(ZoneOffset.ofHours(7));
        OffsetDateTime atUtc = atVietnam.withOffsetSameInstant(ZoneOffset.UTC);
        CaseTimeline one = timeline("2025-11-01", 10 * M);
        one.categorised(new CaseTimeline.Categorisation(low, d("2026-03-15"), atVietnam, "COMPLEX"));
        one.categorised(new CaseTimeline.Categorisation(high, d("2026-03-15"), atUtc, "BANK_CREDIT"));
        CaseTimeline other = timeline("2025-11-01", 10 * M);
        other.categorised(new CaseTimeline.Categorisation(high, d("2026-03-15"), atVietnam, "BANK_CREDIT"));
        other.categorised(new CaseTimeline.Categorisation(low, d("2026-03-15"), atUtc, "COMPLEX"));
        assertThat(one.categoriesOn(d("2026-03-15"))).isEqualTo("BANK_CREDIT");
        assertThat(other.categoriesOn(d("2026-03-15"))).isEqualTo("BANK_CREDIT");
        // the earliest event's categories, on a tie of instants, by their text, whatever came first
        CaseTimeline a = timeline("2025-11-01", 10 * M);
        a.classified("ON_REQUEST", "STATE_BUDGET", atVietnam);
        a.classified("ON_REQUEST", "BANK_CREDIT", atUtc);
        CaseTimeline b = timeline("2025-11-01", 10 * M);
        b.classified("ON_REQUEST", "BANK_CREDIT", atUtc);
        b.classified("ON_REQUEST", "STATE_BUDGET", atVietnam);
        assertThat(a.categoriesOn(d("2026-01-01"))).isEqualTo("BANK_CREDIT");
        assertThat(b.categoriesOn(d("2026-01-01"))).isEqualTo("BANK_CREDIT");
    }

    @Test
    void aCaseStoredBeforeTheViewKeptChangesKeepsItsCategoriesWhenAnOlderEventArrivesLate() {
        // stored before migration V11: made COMPLEX at some time, no earliest categories, no changes recorded
        CaseTimeline t = timeline("2025-11-01", 10 * M);
        t.storedClass("EX_OFFICIO", "COMPLEX", vietnam("2026-03-15T12:00"), null, null);
        // an older collection arrives late, saying what the case was then
        t.classified("EX_OFFICIO", "", vietnam("2026-02-01T12:00"));
        assertThat(t.breakdownRowsOn(d("2026-01-01"))).containsExactly("kind:EX_OFFICIO", "category:COMPLEX");
        assertThat(t.breakdownRows()).containsExactly("kind:EX_OFFICIO", "category:COMPLEX");
        // a change after the migration counts from its day; before it, the categories it had when stored
        t.categorised(new CaseTimeline.Categorisation(UUID.randomUUID(), d("2026-05-01"), vietnam("2026-05-01T12:00"), "BANK_CREDIT"));
        t.classified("EX_OFFICIO", "BANK_CREDIT", vietnam("2026-05-01T12:00"));
        assertThat(t.breakdownRowsOn(d("2026-04-30"))).containsExactly("kind:EX_OFFICIO", "category:COMPLEX");
        assertThat(t.breakdownRowsOn(d("2026-05-01"))).containsExactly("kind:EX_OFFICIO", "category:BANK_CREDIT");
        assertThat(t.firstCategories()).isEqualTo("COMPLEX");
        assertThat(t.firstAt()).isNull();
    }

    @Test
    void breakdownSharesSumToTheFiguresOfTheCategoriesOfEachDay() {
        Random random = new Random(20261130);
        List<String> kinds = java.util.Arrays.asList("EX_OFFICIO", "ON_REQUEST", null);
        List<String> categories = List.of("", "BANK_CREDIT", "COMPLEX", "BANK_CREDIT,STATE_BUDGET", "STATE_BUDGET,COMPLEX");
        for (int n = 0; n < 200; n++) {
            CaseTimeline t = randomCase(random);
            String kind = kinds.get(random.nextInt(3));
            OffsetDateTime when = t.openedOn().minusDays(random.nextInt(30)).atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
            t.classified(kind, categories.get(random.nextInt(categories.size())), when);
            for (int changes = random.nextInt(5); changes > 0; changes--) {
                when = when.plusHours(random.nextInt(24 * 200));
                String now = categories.get(random.nextInt(categories.size()));
                t.categorised(new CaseTimeline.Categorisation(UUID.randomUUID(), when.toLocalDate(), when, now));
                t.classified(kind, now, when);
            }
            Map<CaseTimeline.RowDay, long[]> share = t.breakdownShare(t.contributions(2028));
            List<String> rows = new java.util.ArrayList<>(List.of("kind:EX_OFFICIO", "kind:ON_REQUEST", "kind:UNKNOWN"));
            CaseTimeline.CATEGORIES.forEach(c -> rows.add("category:" + c));
            for (int year = CaseTimeline.workYearOf(t.openedOn()); year <= 2028; year++) {
                Map<String, long[]> sums = new java.util.HashMap<>();
                for (LocalDate day = CaseTimeline.yearStart(year); !day.isAfter(CaseTimeline.yearEnd(year)); day = day.plusDays(1)) {
                    long[] figures = t.figuresAt(year, day);
                    List<String> held = t.breakdownRowsOn(day);
                    for (String row : rows) {
                        long[] sum = sums.computeIfAbsent(row, r -> new long[CountedFigures.SIZE]);
                        long[] change = share.get(new CaseTimeline.RowDay(day, t.agencyCode(), row));
                        if (change != null) {
                            CountedFigures.addTo(sum, change);
                        }
                        long[] expected = held.contains(row) ? figures : new long[CountedFigures.SIZE];
                        if (!java.util.Arrays.equals(sum, expected)) { // AssertJ only on a difference: 2 million comparisons
                            assertThat(sum).as("case %d, row %s, work year %d, as of %s", n, row, year, day).containsExactly(expected);
                        }
                    }
                }
            }
        }
    }

    /** A row's figures of the case's work year as of {@code asOf}: its changes of that year up to the date. */
    private static long[] rowAsOf(Map<CaseTimeline.RowDay, long[]> share, String row, LocalDate asOf) {
        long[] sum = new long[CountedFigures.SIZE];
        LocalDate start = CaseTimeline.yearStart(CaseTimeline.workYearOf(asOf));
        share.forEach((key, v) -> {
            if (key.row().equals(row) && !key.day().isBefore(start) && !key.day().isAfter(asOf)) {
                CountedFigures.addTo(sum, v);
            }
        });
        return sum;
    }

    /** A CaseCategorised event on {@code day} at noon in Vietnam, as the view applies it. */
    private static void categorised(CaseTimeline t, String day, String kind, String categories) {
        OffsetDateTime at = vietnam(day + "T12:00");
        t.categorised(new CaseTimeline.Categorisation(UUID.randomUUID(), d(day), at, categories));
        t.classified(kind, categories, at);
    }

    private static void categorised(CaseTimeline t, UUID event, String localDateTime, String categories) {
        OffsetDateTime at = vietnam(localDateTime);
        t.categorised(new CaseTimeline.Categorisation(event, at.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate(), at,
                categories));
        t.classified("ON_REQUEST", categories, at);
    }

    private static OffsetDateTime vietnam(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atOffset(ZoneOffset.ofHours(7)).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Test
    void aCaseFinalBeforeAYearStartsIsNotInIt() {
        CaseTimeline t = timeline("2024-11-01", 10 * M);
        t.closed(CaseTimeline.Outcome.COMPLETED, d("2025-08-01"));
        assertThat(t.figuresAt(2026, d("2026-09-30"))).containsOnly(0L);
        assertThat(t.contributions(2030).keySet()).allMatch(k -> k.day().isBefore(d("2025-10-01")));
    }

    @Test
    void collectedInPartThenWithoutConditions() {
        // issue 10, item 1: 100M new, 40M collected in December, verified NO_CONDITIONS in February
        CaseTimeline t = timeline("2025-10-15", 100 * M);
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-12-10"), 40 * M));
        t.verified(new CaseTimeline.Verification(UUID.randomUUID(), d("2026-02-10"), at(1), CaseTimeline.Classification.NO_CONDITIONS));
        Figures money = CountedFigures.money(t.figuresAt(2026, d("2026-09-30")));
        assertThat(money.withoutConditions()).isEqualTo(60 * M);
        assertThat(money.withConditions()).isEqualTo(40 * M);
        assertThat(money.done()).isEqualTo(40 * M);
        assertThat(money.inProgress()).isZero();
        assertThat(money.rate()).isEqualByComparingTo("100.00");
    }

    @Test
    void collectedThenDelegated() {
        // issue 10, item 2: 50M new, 20M collected, then delegated: 30M delegated, 20M done and with conditions
        CaseTimeline t = timeline("2025-10-15", 50 * M);
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-11-20"), 20 * M));
        t.delegated(d("2026-01-05"));
        long[] v = t.figuresAt(2026, d("2026-09-30"));
        Figures cases = CountedFigures.cases(v);
        Figures money = CountedFigures.money(v);
        assertThat(cases.delegated()).isEqualTo(1);
        assertThat(cases.toEnforce()).isZero();
        assertThat(money.delegated()).isEqualTo(30 * M);
        assertThat(money.done()).isEqualTo(20 * M);
        assertThat(money.withConditions()).isEqualTo(20 * M);
        assertThat(money.inProgress()).isZero();
    }

    @Test
    void aReductionCountsInMoneyDoneAndIsNoLongerOutstanding() {
        // a state-budget fine: 100M new on 2025-10-20, 30M collected on 2025-12-01, reduced by 20M on 2026-01-15,
        // verified NO_CONDITIONS on 2026-02-01
        CaseTimeline t = timeline("2025-10-20", 100 * M);
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-12-01"), 30 * M));
        t.reduced(new CaseTimeline.Reduction(UUID.randomUUID(), d("2026-01-15"), 20 * M));
        t.verified(new CaseTimeline.Verification(UUID.randomUUID(), d("2026-02-01"), at(1), CaseTimeline.Classification.NO_CONDITIONS));
        // as of 2026-01-31: with conditions 100M; done = 30M collected + 20M reduced = 50M; in progress 100 - 50 = 50M; rate 50 %
        Figures january = CountedFigures.money(t.figuresAt(2026, d("2026-01-31")));
        assertThat(january.withConditions()).isEqualTo(100 * M);
        assertThat(january.completed()).isEqualTo(30 * M);
        assertThat(january.reduced()).isEqualTo(20 * M);
        assertThat(january.done()).isEqualTo(50 * M);
        assertThat(january.inProgress()).isEqualTo(50 * M);
        assertThat(january.rate()).isEqualByComparingTo("50.00");
        // the day before the reduction: done 30M, in progress 70M
        Figures before = CountedFigures.money(t.figuresAt(2026, d("2026-01-14")));
        assertThat(before.reduced()).isZero();
        assertThat(before.inProgress()).isEqualTo(70 * M);
        // as of 2026-09-30: without conditions is what is outstanding, 100 - 30 - 20 = 50M; with 50M, done 50M, rate 100 %
        long[] v = t.figuresAt(2026, d("2026-09-30"));
        Figures money = CountedFigures.money(v);
        assertThat(money.withoutConditions()).isEqualTo(50 * M);
        assertThat(money.withConditions()).isEqualTo(50 * M);
        assertThat(money.done()).isEqualTo(50 * M);
        assertThat(money.inProgress()).isZero();
        assertThat(money.rate()).isEqualByComparingTo("100.00");
        // in cases a reduction finishes nothing: the case is without conditions, none done
        Figures cases = CountedFigures.cases(v);
        assertThat(cases.withoutConditions()).isEqualTo(1);
        assertThat(cases.reduced()).isZero();
        assertThat(cases.done()).isZero();
        // carried into 2027 with 50M: 100 − 30 collected − 20 reduced
        assertThat(t.figuresAt(2027, d("2026-10-01"))[CountedFigures.MONEY + CountedFigures.CARRIED_IN]).isEqualTo(50 * M);
        assertThat(t.figuresAt(2027, d("2026-10-01"))[CountedFigures.MONEY_REDUCED]).isZero();
    }

    @Test
    void anExemptionCompletesTheCaseAndCountsWhatItRelievedAsDone() {
        // 80M opened 2025-05-10, 10M collected 2025-08-01 (work year 2025), exempted of the 70M left on 2025-11-15
        CaseTimeline t = timeline("2025-05-10", 80 * M);
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-08-01"), 10 * M));
        t.reduced(new CaseTimeline.Reduction(UUID.randomUUID(), d("2025-11-15"), 70 * M));
        t.closed(CaseTimeline.Outcome.COMPLETED, d("2025-11-15"));
        long[] v = t.figuresAt(2026, d("2026-09-30"));
        Figures cases = CountedFigures.cases(v);
        Figures money = CountedFigures.money(v);
        // carried in: 1 case, 80 − 10 = 70M; completed 1; money: nothing collected this year, 70M reduced, done 70M
        assertThat(cases.carriedIn()).isEqualTo(1);
        assertThat(cases.completed()).isEqualTo(1);
        assertThat(cases.done()).isEqualTo(1);
        assertThat(cases.rate()).isEqualByComparingTo("100.00");
        assertThat(money.carriedIn()).isEqualTo(70 * M);
        assertThat(money.completed()).isZero();
        assertThat(money.reduced()).isEqualTo(70 * M);
        assertThat(money.done()).isEqualTo(70 * M);
        assertThat(money.carriedOver()).isZero();
        assertThat(money.rate()).isEqualByComparingTo("100.00");
        assertThat(money.carriedOverReduction()).isEqualByComparingTo("100.00");
        // not in work year 2027
        assertThat(t.figuresAt(2027, d("2027-09-30"))).containsOnly(0L);
    }

    @Test
    void theViewRefusesReductionsAboveWhatIsOwed() {
        CaseTimeline t = timeline("2025-10-20", 10 * M);
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-12-01"), 6 * M));
        assertThat(t.cannotSettle(4 * M)).isEmpty();
        assertThat(t.cannotSettle(4 * M + 1)).isPresent();
        t.reduced(new CaseTimeline.Reduction(UUID.randomUUID(), d("2025-12-02"), 3 * M));
        assertThat(t.cannotSettle(1 * M)).isEmpty();
        assertThat(t.cannotSettle(1 * M + 1)).isPresent();
    }

    @Test
    void anAdministrativeJudgmentIsNeverInTheCivilFigures() {
        CaseTimeline t = new CaseTimeline(UUID.randomUUID());
        t.reported("25.01", "25", d("2025-11-01"), 0, "RECEIVED", 0, null, at(0));
        t.classified("EX_OFFICIO", "ADMINISTRATIVE", at(0));
        t.closed(CaseTimeline.Outcome.COMPLETED, d("2026-03-01"));
        long[] v = t.figuresAt(2026, d("2026-09-30"));
        assertThat(java.util.Arrays.copyOf(v, 16)).containsOnly(0L);
        assertThat(v[CountedFigures.MONEY_REDUCED]).isZero();
        assertThat(CountedFigures.administrative(v)).isEqualTo(new AdministrativeFigures(0, 1, 1, 1, 0, 0, 1, 0));
    }


    @Test
    void aCaseIsAdministrativeAsItWasOpenedWhateverALaterEventSays() {
        // opened civil on 1 Nov 2025 (work year 2026) for 10 million; an event of a compromised case service, later,
        // says it is an administrative judgment: it stays in the civil figures (1 newly accepted, 10 million)
        CaseTimeline civil = new CaseTimeline(UUID.randomUUID());
        civil.reported("25.01", "25", d("2025-11-01"), 10 * M, "RECEIVED", 0, null, at(0));
        civil.classified("ON_REQUEST", "BANK_CREDIT", at(0));
        civil.reported("25.01", "25", d("2025-11-01"), 10 * M, "RECEIVED", 0, null, at(5));
        civil.classified("ON_REQUEST", "BANK_CREDIT,ADMINISTRATIVE", at(5));
        long[] v = civil.figuresAt(2026, d("2026-09-30"));
        assertThat(v[CountedFigures.NEWLY_ACCEPTED]).isEqualTo(1);
        assertThat(v[CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED]).isEqualTo(10 * M);
        assertThat(CountedFigures.administrative(v)).isEqualTo(new AdministrativeFigures(0, 0, 0, 0, 0, 0, 0, 0));

        // opened administrative; a later event drops it, and arrives first: still monitored, never civil
        CaseTimeline administrative = new CaseTimeline(UUID.randomUUID());
        administrative.reported("25.01", "25", d("2025-11-01"), 0, "MONITORING", 0, null, at(5));
        administrative.classified("EX_OFFICIO", "", at(5));
        administrative.reported("25.01", "25", d("2025-11-01"), 0, "MONITORING", 0, null, at(0));
        administrative.classified("EX_OFFICIO", "ADMINISTRATIVE", at(0));
        v = administrative.figuresAt(2026, d("2026-09-30"));
        assertThat(java.util.Arrays.copyOf(v, 16)).containsOnly(0L);
        assertThat(v[CountedFigures.ADMINISTRATIVE_NEWLY_ACCEPTED]).isEqualTo(1);
    }
    @Test
    void anAdministrativeJudgmentCompelledReportedThenComplied() {
        // monitored from 2025-08-01 (carried into 2026); a court decision compelling compliance on 2025-09-20 (work year 2025),
        // reported to the higher authority on 2025-12-01, complied on 2026-04-10
        CaseTimeline t = new CaseTimeline(UUID.randomUUID());
        t.reported("25.01", "25", d("2025-08-01"), 0, "MONITORING", 0, null, at(0));
        t.classified("EX_OFFICIO", "ADMINISTRATIVE", at(0));
        t.statusChanged(new CaseTimeline.StatusChange(UUID.randomUUID(), d("2025-09-20"), at(1), CaseTimeline.Change.COMPELLED));
        t.statusChanged(new CaseTimeline.StatusChange(UUID.randomUUID(), d("2025-12-01"), at(2), CaseTimeline.Change.REPORTED));
        t.closed(CaseTimeline.Outcome.COMPLETED, d("2026-04-10"));
        // work year 2025 as of its end: new, compelled, still monitored
        assertThat(CountedFigures.administrative(t.figuresAt(2025, d("2025-09-30"))))
                .isEqualTo(new AdministrativeFigures(0, 1, 1, 0, 1, 0, 0, 1));
        // 2026 as of 2026-03-31: carried in, reported in the year (the compelling decision was last year), still monitored
        assertThat(CountedFigures.administrative(t.figuresAt(2026, d("2026-03-31"))))
                .isEqualTo(new AdministrativeFigures(1, 0, 1, 0, 0, 1, 0, 1));
        // as of 2026-09-30: complied, finished, none monitored
        assertThat(CountedFigures.administrative(t.figuresAt(2026, d("2026-09-30"))))
                .isEqualTo(new AdministrativeFigures(1, 0, 1, 1, 0, 1, 1, 0));
        assertThat(java.util.Arrays.copyOf(t.figuresAt(2026, d("2026-09-30")), 16)).containsOnly(0L);
    }

    @Test
    void everyShareEqualsTheIndependentModelOverRandomLives() {
        Random random = new Random(20261129);
        LocalDate today = d("2026-11-29");
        for (int n = 0; n < 1500; n++) {
            CaseHistory history = CaseHistory.random(random, "25.01", d("2022-10-01").plusDays(random.nextInt(1450)), today);
            CaseTimeline t = timelineOf(history);
            for (int k = 0; k < 6; k++) {
                int year = 2023 + random.nextInt(5);
                LocalDate asOf = CaseHistory.startOf(year).plusDays(random.nextInt(365));
                CaseHistory.Share share = history.shareIn(year, asOf);
                assertThat(t.figuresAt(year, asOf)).as("case %d, work year %d as of %s", n, year, asOf).containsExactly(expected(share));
            }
        }
    }

    /** The share as the figure vector's slots, by the definitions of §6 (money without conditions, delegated, … is what is outstanding). */
    static long[] expected(CaseHistory.Share s) {
        long[] v = new long[CountedFigures.SIZE];
        if (!s.counted()) {
            return v;
        }
        if (s.administrative()) {
            v[s.carriedIn() ? 16 : 17] = 1;
            v[18] = s.delegated() || s.completed() || s.terminated() ? 1 : 0;
            v[20] = s.completed() ? 1 : 0;
            return v;
        }
        boolean[] in = {s.carriedIn(), !s.carriedIn(), s.delegated(), s.withoutConditions(), s.completed(), s.terminated(),
                s.postponed(), s.suspended()};
        long[] money = {s.amount(), s.amount(), s.outstanding(), s.outstanding(), 0, s.outstanding(), s.outstanding(), s.outstanding()};
        for (int i = 0; i < 8; i++) {
            v[i] = in[i] ? 1 : 0;
            v[8 + i] = in[i] ? money[i] : 0;
        }
        v[8 + 4] = s.collected();
        v[19] = s.reduced();
        return v;
    }

    static CaseTimeline timelineOf(CaseHistory h) {
        CaseTimeline t = new CaseTimeline(h.id);
        t.reported(h.agency, h.agency.substring(0, 2), h.openedOn, h.money, "RECEIVED", 0, null, at(0));
        t.classified("ON_REQUEST", h.administrative ? "ADMINISTRATIVE" : "", at(0));
        int minute = 1;
        for (CaseHistory.Step step : h.steps) {
            UUID id = UUID.randomUUID();
            switch (step.kind()) {
                case VERIFY_WITH -> t.verified(new CaseTimeline.Verification(id, step.on(), at(minute++), CaseTimeline.Classification.HAS_CONDITIONS));
                case VERIFY_WITHOUT -> t.verified(new CaseTimeline.Verification(id, step.on(), at(minute++), CaseTimeline.Classification.NO_CONDITIONS));
                case COLLECT -> t.collected(new CaseTimeline.Collection(id, step.on(), step.amount()));
                case REDUCE -> t.reduced(new CaseTimeline.Reduction(id, step.on(), step.amount()));
                case EXEMPT -> {
                    t.reduced(new CaseTimeline.Reduction(id, step.on(), step.amount()));
                    t.closed(CaseTimeline.Outcome.COMPLETED, step.on());
                }
                case POSTPONE -> t.statusChanged(new CaseTimeline.StatusChange(id, step.on(), at(minute++), CaseTimeline.Change.POSTPONED));
                case SUSPEND -> t.statusChanged(new CaseTimeline.StatusChange(id, step.on(), at(minute++), CaseTimeline.Change.SUSPENDED));
                case RESUME -> t.statusChanged(new CaseTimeline.StatusChange(id, step.on(), at(minute++), CaseTimeline.Change.RESUMED));
                case DELEGATE -> t.delegated(step.on());
                case COMPLETE -> t.closed(CaseTimeline.Outcome.COMPLETED, step.on());
                case TERMINATE -> t.closed(CaseTimeline.Outcome.TERMINATED, step.on());
            }
        }
        return t;
    }

    private static CaseTimeline randomCase(Random random) {
        LocalDate opened = d("2023-10-01").plusDays(random.nextInt(1500));
        long money = (1 + random.nextInt(500)) * M;
        CaseTimeline t = timeline(opened.toString(), money);
        long left = money;
        int events = random.nextInt(8);
        LocalDate day = opened;
        for (int i = 0; i < events; i++) {
            day = day.plusDays(random.nextInt(200));
            switch (random.nextInt(5)) {
                case 0 -> t.verified(new CaseTimeline.Verification(UUID.randomUUID(), day, at(i),
                        random.nextBoolean() ? CaseTimeline.Classification.HAS_CONDITIONS : CaseTimeline.Classification.NO_CONDITIONS));
                case 1 -> {
                    long amount = Math.min(left, (1 + random.nextInt(100)) * M);
                    left -= amount;
                    t.collected(new CaseTimeline.Collection(UUID.randomUUID(), day, amount));
                }
                case 2 -> t.statusChanged(new CaseTimeline.StatusChange(UUID.randomUUID(), day, at(i),
                        CaseTimeline.Change.values()[random.nextInt(3)]));
                case 3 -> {
                    long amount = Math.min(left, (1 + random.nextInt(100)) * M);
                    left -= amount;
                    t.reduced(new CaseTimeline.Reduction(UUID.randomUUID(), day, amount));
                }
                default -> {
                }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> t.closed(random.nextBoolean() ? CaseTimeline.Outcome.COMPLETED : CaseTimeline.Outcome.TERMINATED, day.plusDays(random.nextInt(300)));
            case 1 -> t.delegated(day.plusDays(random.nextInt(300)));
            default -> {
            }
        }
        return t;
    }

    private static CaseTimeline timeline(String opened, long money) {
        CaseTimeline t = new CaseTimeline(UUID.randomUUID());
        t.reported("25.01", "25", d(opened), money, "RECEIVED", 0, null, at(0));
        return t;
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static OffsetDateTime at(int minute) {
        return OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7)).plusMinutes(minute);
    }

    /**
     * Every value the event checks let through is one the timeline can read (it reads them with
     * valueOf: a value missing here would fail the view's channel, neither applied nor refused).
     */
    @Test
    void theTimelineReadsEveryValueTheEventChecksLetThrough() {
        assertThat(java.util.Arrays.stream(CaseTimeline.Classification.values()).map(Enum::name).toList())
                .containsExactlyInAnyOrderElementsOf(vn.gov.moj.thads.platform.event.CaseEvents.VERIFICATION_RESULTS);
        assertThat(java.util.Arrays.stream(CaseTimeline.Outcome.values()).map(Enum::name).toList())
                .containsExactlyInAnyOrderElementsOf(vn.gov.moj.thads.platform.event.CaseEvents.OUTCOMES);
        assertThat(java.util.Arrays.stream(CaseTimeline.Change.values()).map(Enum::name).toList())
                .containsAll(vn.gov.moj.thads.platform.event.CaseEvents.STATUS_CHANGES);
    }
}
