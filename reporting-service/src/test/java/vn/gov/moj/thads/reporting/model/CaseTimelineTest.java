package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's day-by-day contributions add up to its figures on every day of every work year. */
class CaseTimelineTest {

    private static final long M = 1_000_000L;

    @Test
    void aCarriedInCaseCountsItsOutstandingAmountAtTheYearsStart() {
        CaseTimeline t = timeline("2025-03-10", 100 * M);
        t.verified(new CaseTimeline.Verification(UUID.randomUUID(), d("2025-04-01"), at(1), "HAS_CONDITIONS"));
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-06-01"), 30 * M));
        t.collected(new CaseTimeline.Collection(UUID.randomUUID(), d("2025-12-01"), 20 * M));
        long[] v = t.figuresAt(2026, d("2026-09-30"));
        assertThat(v[FigureVector.CARRIED_IN]).isEqualTo(1);
        assertThat(v[FigureVector.MONEY + FigureVector.CARRIED_IN]).isEqualTo(70 * M);
        assertThat(v[FigureVector.MONEY + FigureVector.COMPLETED]).isEqualTo(20 * M);
        // as of the day before the second collection nothing was collected this year
        assertThat(t.figuresAt(2026, d("2025-11-30"))[FigureVector.MONEY + FigureVector.COMPLETED]).isZero();
    }

    @Test
    void contributionsSumToTheFiguresOnEveryDay() {
        Random random = new Random(20261125);
        for (int n = 0; n < 300; n++) {
            CaseTimeline t = randomCase(random);
            Map<CaseTimeline.DayKey, long[]> changes = t.contributions(2028);
            for (int year = CaseTimeline.workYearOf(t.openedOn()); year <= 2028; year++) {
                long[] sum = new long[FigureVector.SIZE];
                for (LocalDate day = CaseTimeline.yearStart(year); !day.isAfter(CaseTimeline.yearEnd(year)); day = day.plusDays(1)) {
                    long[] change = changes.get(new CaseTimeline.DayKey(day, t.agencyCode()));
                    if (change != null) {
                        FigureVector.addTo(sum, change);
                    }
                    assertThat(sum).as("case %d, work year %d, as of %s", n, year, day).containsExactly(t.figuresAt(year, day));
                }
            }
        }
    }

    @Test
    void aCaseFinalBeforeAYearStartsIsNotInIt() {
        CaseTimeline t = timeline("2024-11-01", 10 * M);
        t.closed("COMPLETED", d("2025-08-01"));
        assertThat(t.figuresAt(2026, d("2026-09-30"))).containsOnly(0L);
        assertThat(t.contributions(2030).keySet()).allMatch(k -> k.day().isBefore(d("2025-10-01")));
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
            switch (random.nextInt(4)) {
                case 0 -> t.verified(new CaseTimeline.Verification(UUID.randomUUID(), day, at(i),
                        random.nextBoolean() ? "HAS_CONDITIONS" : "NO_CONDITIONS"));
                case 1 -> {
                    long amount = Math.min(left, (1 + random.nextInt(100)) * M);
                    left -= amount;
                    t.collected(new CaseTimeline.Collection(UUID.randomUUID(), day, amount));
                }
                case 2 -> t.statusChanged(new CaseTimeline.StatusChange(UUID.randomUUID(), day, at(i),
                        new String[]{"POSTPONED", "SUSPENDED", "RESUMED"}[random.nextInt(3)]));
                default -> {
                }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> t.closed(random.nextBoolean() ? "COMPLETED" : "TERMINATED", day.plusDays(random.nextInt(300)));
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
        return OffsetDateTime.of(2026, 1, 1, 8, minute, 0, 0, ZoneOffset.ofHours(7));
    }
}
