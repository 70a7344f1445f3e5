package vn.gov.moj.thads.cases.service;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.cases.config.StatutoryLimitsConfig;
import vn.gov.moj.thads.cases.model.CaseKind;
import vn.gov.moj.thads.cases.model.CaseOpening;
import vn.gov.moj.thads.cases.model.EnforcementCase;
import vn.gov.moj.thads.cases.model.PartyType;
import vn.gov.moj.thads.cases.model.SourceJudgment;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory limits of domain.md §3 on the shipped working calendar, dates worked by hand: a period in days whose
 * last day is a day off ends on the next working day (Bộ luật Dân sự 2015 art. 148 cl. 5), each period by the rule of
 * the day it starts (review of session 13: a first verification due in Tết was flagged late from its first day off).
 */
class StatutoryLimitsTest {

    private static StatutoryLimitsConfig.RuleSet rules(LocalDate from, int voluntaryDays, int firstVerificationDays) {
        return new StatutoryLimitsConfig.RuleSet() {
            public LocalDate effectiveFrom() { return from; }
            public String law() { return "law of " + from; }
            public int decisionWorkingDays() { return 5; }
            public int voluntaryDays() { return voluntaryDays; }
            public int firstVerificationDays() { return firstVerificationDays; }
            public int reverificationMonths() { return 6; }
            public int extendedReverificationMonths() { return 12; }
            public int requestYears() { return 5; }
        };
    }

    private static StatutoryLimits limits(StatutoryLimitsConfig.RuleSet... sets) {
        StatutoryLimitsConfig config = () -> List.of(sets);
        return new StatutoryLimits(config, WorkingCalendar.vietnam(List.of(), List.of()));
    }

    private static EnforcementCase notifiedOn(LocalDate decided, LocalDate notified) {
        return EnforcementCase.open(new CaseOpening("19.05", "19", "7/QĐ-CCTHADS", decided, CaseKind.EX_OFFICIO,
                new SourceJudgment("TAND-19", "Tòa án nhân dân tỉnh Thái Nguyên", "45/2024/DS-PT", decided.minusDays(20)),
                List.of(new CaseOpening.Party("Công ty A", PartyType.ORGANIZATION, null, null)),
                List.of(new CaseOpening.Party("Nguyễn Văn B", PartyType.PERSON, null, null)),
                10_000_000L, null, Set.of(), null, notified, null, "officer-1"), notified);
    }

    @Test
    void aFirstVerificationDueOnATetHolidayIsDueOnTheNextWorkingDay() {
        StatutoryLimits limits = limits(rules(LocalDate.of(2015, 7, 1), 10, 10));
        // notified Friday 10 January 2025: the voluntary period ends Monday 20 January; +10 days = Thursday 30 January,
        // in Tết Ất Tỵ (off 25 January to 2 February): the first verification is due on Monday 3 February
        EnforcementCase c = notifiedOn(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10));
        assertThat(limits.passed(c, LocalDate.of(2025, 1, 31))).doesNotContain(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
        assertThat(limits.passed(c, LocalDate.of(2025, 2, 3))).doesNotContain(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
        assertThat(limits.passed(c, LocalDate.of(2025, 2, 4))).contains(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
    }

    @Test
    void theFirstVerificationIsJudgedByTheRuleInForceWhenTheVoluntaryPeriodEnds() {
        // a later law (made up for the test) gives 20 days to verify from 2026-07-01: notified Thursday 25 June 2026,
        // the voluntary period (old rule, 10 days) ends Sunday 5 July, so on Monday 6 July, under the new rule:
        // +20 days = Sunday 26 July, so Monday 27 July
        StatutoryLimits limits = limits(rules(LocalDate.of(2015, 7, 1), 10, 10), rules(LocalDate.of(2026, 7, 1), 10, 20));
        EnforcementCase c = notifiedOn(LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 25));
        assertThat(limits.passed(c, LocalDate.of(2026, 7, 27))).doesNotContain(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
        assertThat(limits.passed(c, LocalDate.of(2026, 7, 28))).contains(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
    }

    @Test
    void aPostponedOrSuspendedCaseIsNotLateWhileItWaits() {
        StatutoryLimits limits = limits(rules(LocalDate.of(2015, 7, 1), 10, 10));
        // notified Friday 10 January 2025, the first verification due Monday 3 February (above); postponed on 15 January
        EnforcementCase postponed = notifiedOn(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10));
        postponed.postpone(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15));
        assertThat(limits.passed(postponed, LocalDate.of(2025, 3, 3))).doesNotContain(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
        EnforcementCase suspended = notifiedOn(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10));
        suspended.suspend(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15));
        assertThat(limits.passed(suspended, LocalDate.of(2025, 3, 3))).doesNotContain(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
        // the case not paused is late on 4 February
        assertThat(limits.passed(notifiedOn(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10)), LocalDate.of(2025, 3, 3)))
                .contains(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
        // one postponed on 10 February, when it was already late, stays late while it waits
        EnforcementCase lateWhenPaused = notifiedOn(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10));
        lateWhenPaused.postpone(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 10));
        assertThat(limits.passed(lateWhenPaused, LocalDate.of(2025, 3, 3))).contains(StatutoryLimits.Rule.FIRST_VERIFICATION_LATE);
    }

    @Test
    void aCaseDueForReverificationWhenPausedStaysDueAndOnePausedBeforeDoesNotBecomeDue() {
        StatutoryLimits limits = limits(rules(LocalDate.of(2015, 7, 1), 10, 10));
        // found without conditions on Monday 20 January 2025: to be verified again by Sunday 20 July, so Monday 21 July
        EnforcementCase dueWhenPaused = withoutConditionsOn(LocalDate.of(2025, 1, 20));
        dueWhenPaused.postpone(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 1));
        assertThat(limits.passed(dueWhenPaused, LocalDate.of(2025, 12, 1))).contains(StatutoryLimits.Rule.REVERIFICATION_DUE);
        EnforcementCase pausedBefore = withoutConditionsOn(LocalDate.of(2025, 1, 20));
        pausedBefore.suspend(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3));
        assertThat(limits.passed(pausedBefore, LocalDate.of(2025, 12, 1))).doesNotContain(StatutoryLimits.Rule.REVERIFICATION_DUE);
    }

    private static EnforcementCase withoutConditionsOn(LocalDate verified) {
        EnforcementCase c = notifiedOn(verified.minusDays(30), verified.minusDays(25));
        c.verify(vn.gov.moj.thads.cases.model.VerificationResult.NO_CONDITIONS, verified, false,
                new EnforcementCase.NoConditionsDecision("9/QĐ-CĐK", verified), verified);
        return c;
    }

    private static EnforcementCase requested(LocalDate effective, LocalDate requestedOn) {
        return EnforcementCase.open(new CaseOpening("19.05", "19", "8/QĐ-CCTHADS", requestedOn, CaseKind.ON_REQUEST,
                new SourceJudgment("TAND-19", "Tòa án nhân dân tỉnh Thái Nguyên", "12/2012/DS-PT", effective),
                List.of(new CaseOpening.Party("Công ty A", PartyType.ORGANIZATION, null, null)),
                List.of(new CaseOpening.Party("Nguyễn Văn B", PartyType.PERSON, null, null)),
                10_000_000L, null, Set.of(), null, null, requestedOn, "officer-1"), requestedOn);
    }

    @Test
    void aRequestFiveYearsAfterTheJudgmentIsOutOfTimeWhateverLawTheJudgmentTookEffectUnder() {
        StatutoryLimits limits = limits(rules(LocalDate.of(2015, 7, 1), 10, 10));
        // a judgment of 2012 (before every configured rule set), requested in 2018: out of time, by the rule of the request
        assertThat(limits.passed(requested(LocalDate.of(2012, 3, 1), LocalDate.of(2018, 5, 2)), LocalDate.of(2018, 5, 2)))
                .contains(StatutoryLimits.Rule.REQUEST_OUT_OF_TIME);
        // took effect Thursday 2014-05-01 (itself a holiday): 5 years end on Wednesday 2019-05-01, Labour Day, so on Thursday 2 May
        assertThat(limits.passed(requested(LocalDate.of(2014, 5, 1), LocalDate.of(2019, 5, 2)), LocalDate.of(2019, 5, 2)))
                .doesNotContain(StatutoryLimits.Rule.REQUEST_OUT_OF_TIME);
        assertThat(limits.passed(requested(LocalDate.of(2014, 5, 1), LocalDate.of(2019, 5, 3)), LocalDate.of(2019, 5, 3)))
                .contains(StatutoryLimits.Rule.REQUEST_OUT_OF_TIME);
    }
}
