package vn.gov.moj.thads.complaints.rules;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Complexity;
import vn.gov.moj.thads.complaints.model.Phase;
import vn.gov.moj.thads.platform.problem.ProblemException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.moj.thads.complaints.model.ComplaintType.COMPLAINT;
import static vn.gov.moj.thads.complaints.model.ComplaintType.DENUNCIATION;
import static vn.gov.moj.thads.complaints.model.ComplaintType.PETITION;
import static vn.gov.moj.thads.complaints.rules.ShippedRules.RULES;

/**
 * Every phase with its limits (domain.md §4), from the shipped rule sets and calendar, without
 * Quarkus. Each expected date is counted by hand in the comment beside it: "+N" calendar days,
 * "+N wd" working days, and the day-off rule (a limit in days ending on a weekend or holiday ends
 * on the next working day).
 */
class TimeLimitRulesTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static LocalDate fileBy(Phase phase, LocalDate act) {
        return RULES.fileBy(COMPLAINT, 1, phase, act, null, act.plusDays(1));
    }

    private static LocalDate resolveBy(Phase phase, LocalDate acceptedOn) {
        return RULES.resolveBy(COMPLAINT, 1, phase, acceptedOn, 0);
    }

    // ------------------------------------------------------------------ acceptance

    @Test
    void acceptanceWithinFiveWorkingDays() {
        // Mon 2026-11-02 +5 wd: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9
        assertThat(RULES.acceptBy(COMPLAINT, d(2026, 11, 2))).isEqualTo(d(2026, 11, 9));
        // Wed 2017-01-25 +5 wd: Tết 26/1 - 1/2 off; Thu 2/2, Fri 3, Mon 6, Tue 7, Wed 8
        assertThat(RULES.acceptBy(COMPLAINT, d(2017, 1, 25))).isEqualTo(d(2017, 2, 8));
        // Fri 2019-01-04 +5 wd: Saturday 5 January is a working day (made up for Monday 31 December):
        // Sat 5, Mon 7, Tue 8, Wed 9, Thu 10
        assertThat(RULES.acceptBy(DENUNCIATION, d(2019, 1, 4))).isEqualTo(d(2019, 1, 10));
        // 2027 knows Tết: Wed 2027-02-03 +5 wd: Thu 4 - Wed 10 off; Thu 11, Fri 12, Mon 15, Tue 16, Wed 17
        assertThat(RULES.acceptBy(COMPLAINT, d(2027, 2, 3))).isEqualTo(d(2027, 2, 17));
    }

    @Test
    void aTransferRestartsTheAcceptanceClockFromTheCompetentAgencysReceipt() {
        // received elsewhere Mon 2026-11-02 (+5 wd: Mon 9); transferred and received Fri 13 November:
        // +5 wd: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20
        assertThat(RULES.acceptBy(COMPLAINT, d(2026, 11, 13))).isEqualTo(d(2026, 11, 20));
    }

    // ------------------------------------------------------------------ filing (thời hiệu)

    @Test
    void filingBeforeMeasuresFifteenDays() {
        // act Fri 2026-10-16 +15 = Sat 31 October -> Mon 2 November
        assertThat(fileBy(Phase.BEFORE_MEASURES, d(2026, 10, 16))).isEqualTo(d(2026, 11, 2));
        assertThat(RULES.isLateFiling(COMPLAINT, 1, Phase.BEFORE_MEASURES, d(2026, 10, 16), null, d(2026, 11, 2))).isFalse();
        assertThat(RULES.isLateFiling(COMPLAINT, 1, Phase.BEFORE_MEASURES, d(2026, 10, 16), null, d(2026, 11, 3))).isTrue();
    }

    @Test
    void filingAgainstAnAccountFreezeThreeWorkingDays() {
        // decision received Thu 2026-04-23 +3 wd: Fri 24, (Sat, Sun, Mon 27 = Hùng Kings' day taken) Tue 28, Wed 29
        assertThat(fileBy(Phase.ACCOUNT_FREEZE, d(2026, 4, 23))).isEqualTo(d(2026, 4, 29));
        assertThat(RULES.isLateFiling(COMPLAINT, 1, Phase.ACCOUNT_FREEZE, d(2026, 4, 23), null, d(2026, 4, 29))).isFalse();
        assertThat(RULES.isLateFiling(COMPLAINT, 1, Phase.ACCOUNT_FREEZE, d(2026, 4, 23), null, d(2026, 4, 30))).isTrue();
    }

    @Test
    void filingAgainstAnotherSecurityMeasureTenDays() {
        // act Fri 2026-08-21 +10 = Mon 31 August (swapped off for Sat 22), Tue 1 and Wed 2 September National Day:
        // Thursday 3 September
        assertThat(fileBy(Phase.SECURITY_MEASURE, d(2026, 8, 21))).isEqualTo(d(2026, 9, 3));
    }

    @Test
    void filingAgainstCoercionAndAfterItThirtyDays() {
        // act Thu 2026-10-01 +30 = Sat 31 October -> Mon 2 November
        assertThat(fileBy(Phase.COERCION, d(2026, 10, 1))).isEqualTo(d(2026, 11, 2));
        // act Fri 2026-01-16 +30 = Sun 15 February; Mon 16 - Fri 20 Tết, weekend: Monday 23 February
        assertThat(fileBy(Phase.AFTER_COERCION, d(2026, 1, 16))).isEqualTo(d(2026, 2, 23));
    }

    @Test
    void aSecondComplaintWithinFifteenDaysOfReceivingTheFirstDecision() {
        // first decision received Sun 2026-04-12 +15 = Mon 27 April (Hùng Kings' day taken) -> Tue 28
        assertThat(RULES.fileBy(COMPLAINT, 2, Phase.COERCION, null, d(2026, 4, 12), d(2026, 4, 28))).isEqualTo(d(2026, 4, 28));
        assertThat(RULES.isLateFiling(COMPLAINT, 2, Phase.COERCION, null, d(2026, 4, 12), d(2026, 4, 28))).isFalse();
        assertThat(RULES.isLateFiling(COMPLAINT, 2, Phase.COERCION, null, d(2026, 4, 12), d(2026, 4, 29))).isTrue();
    }

    @Test
    void noFilingLimitForDenunciationsOrWithoutAnActDate() {
        assertThat(RULES.fileBy(DENUNCIATION, 1, Phase.COERCION, d(2020, 1, 1), null, d(2026, 11, 2))).isNull();
        assertThat(RULES.fileBy(COMPLAINT, 1, Phase.COERCION, null, null, d(2026, 11, 2))).isNull();
    }

    // ------------------------------------------------------------------ resolution

    @Test
    void resolutionBeforeMeasuresFifteenDays() {
        // accepted Tue 2026-11-03 +15 = Wed 18 November
        assertThat(resolveBy(Phase.BEFORE_MEASURES, d(2026, 11, 3))).isEqualTo(d(2026, 11, 18));
    }

    @Test
    void resolutionOfAnAccountFreezeFiveWorkingDays() {
        // accepted Fri 2025-04-25 +5 wd: Sat 26 (worked, for Fri 2 May), Mon 28, Tue 29, (30/4, 1/5, 2/5 off, weekend)
        // Mon 5 May, Tue 6 May
        assertThat(resolveBy(Phase.ACCOUNT_FREEZE, d(2025, 4, 25))).isEqualTo(d(2025, 5, 6));
    }

    @Test
    void resolutionOfAnotherSecurityMeasureTenDays() {
        // accepted Tue 2026-12-22 +10 = Fri 1 January 2027, New Year's day -> Mon 4 January
        assertThat(resolveBy(Phase.SECURITY_MEASURE, d(2026, 12, 22))).isEqualTo(d(2027, 1, 4));
    }

    @Test
    void resolutionOfCoercionAndAfterItThirtyDays() {
        // accepted Mon 2027-01-11 +30 = Wed 10 February 2027, a Tết day -> Thu 11 February
        assertThat(resolveBy(Phase.COERCION, d(2027, 1, 11))).isEqualTo(d(2027, 2, 11));
        // accepted Wed 2026-04-01 +30 = Fri 1 May, a holiday; weekend -> Mon 4 May
        assertThat(resolveBy(Phase.AFTER_COERCION, d(2026, 4, 1))).isEqualTo(d(2026, 5, 4));
    }

    @Test
    void aSecondComplaintIsResolvedWithinThirtyDays() {
        // accepted Mon 2026-08-03 +30 = Wed 2 September, National Day -> Thu 3 September
        assertThat(RULES.resolveBy(COMPLAINT, 2, Phase.BEFORE_MEASURES, d(2026, 8, 3), 0)).isEqualTo(d(2026, 9, 3));
    }

    @Test
    void aPetitionIsResolvedWithinFifteenDays() {
        // accepted Fri 2026-11-06 +15 = Sat 21 November -> Mon 23
        assertThat(RULES.resolveBy(PETITION, 1, null, d(2026, 11, 6), 0)).isEqualTo(d(2026, 11, 23));
    }

    // ------------------------------------------------------------------ denunciations

    @Test
    void fromTheLawOnDenunciations2018ThirtyDaysExtendedOnceOrTwice() {
        LocalDate accepted = d(2026, 10, 5); // Monday
        // +30 = Wed 4 November
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 0)).isEqualTo(d(2026, 11, 4));
        // one extension of 30: +60 = Fri 4 December
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 1)).isEqualTo(d(2026, 12, 4));
        // two extensions: +90 = Sun 3 January 2027 -> Mon 4 January
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 2)).isEqualTo(d(2027, 1, 4));
        assertThat(RULES.allowedExtensions(accepted, Complexity.COMPLEX)).isEqualTo(1);
        assertThat(RULES.allowedExtensions(accepted, Complexity.ESPECIALLY_COMPLEX)).isEqualTo(2);
    }

    @Test
    void anExtensionRunsOnFromTheEndOfThePeriodItExtendsMovedPastADayOff() {
        // accepted Fri 27 February 2026: +30 = Sun 29 March, so Mon 30 March; extended by 30 from there: Wed 29 April
        // (60 days added at once would end on Tue 28 April)
        LocalDate accepted = d(2026, 2, 27);
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 0)).isEqualTo(d(2026, 3, 30));
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 1)).isEqualTo(d(2026, 4, 29));
    }

    @Test
    void beforeItSixtyDaysAndNinetyForAComplexMatter() {
        LocalDate accepted = d(2018, 10, 1); // Monday
        // +60 = Fri 30 November 2018
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 0)).isEqualTo(d(2018, 11, 30));
        // complex: +90 = Sun 30 December; Mon 31 swapped off, Tue 1 January New Year -> Wed 2 January 2019
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 1)).isEqualTo(d(2019, 1, 2));
        assertThat(RULES.allowedExtensions(accepted, Complexity.COMPLEX)).isEqualTo(1);
        assertThat(RULES.allowedExtensions(accepted, Complexity.ESPECIALLY_COMPLEX)).isEqualTo(1);
    }

    @Test
    void underThe2011LawNinetyDaysCountFromTheAcceptanceNotFromTheSixtiethDayMoved() {
        // accepted Sun 17 December 2017: +60 = Thu 15 February 2018, Tết (moved to Wed 21 February); +90 from the
        // acceptance = Sat 17 March, so Mon 19 March. Chained (60, moved, then 30) it was Fri 23 March: four days late
        // counted as in time (red team of session 24)
        LocalDate accepted = d(2017, 12, 17);
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 0)).isEqualTo(d(2018, 2, 21));
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, accepted, 1)).isEqualTo(d(2018, 3, 19));
    }

    @Test
    void theAcceptanceDateChoosesTheLaw() {
        // accepted Fri 2018-12-28 under the 2011 law: +60 = Tue 26 February 2019
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, d(2018, 12, 28), 0)).isEqualTo(d(2019, 2, 26));
        // accepted Wed 2019-01-02 under the 2018 law: +30 = Fri 1 February 2019
        assertThat(RULES.resolveBy(DENUNCIATION, 1, null, d(2019, 1, 2), 0)).isEqualTo(d(2019, 2, 1));
    }

    // ------------------------------------------------------------------ no rule

    @Test
    void aDateBeforeEveryRuleSetIsRefused() {
        assertThatThrownBy(() -> RULES.requireRulesOn(ComplaintType.COMPLAINT, d(2015, 6, 30)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.toProblem(null).type()).isEqualTo("urn:thads:problem:no-rule-in-force");
                });
        RULES.requireRulesOn(ComplaintType.COMPLAINT, d(2015, 7, 1));
        assertThatThrownBy(() -> RULES.requireRulesOn(DENUNCIATION, d(2012, 6, 30))).isInstanceOf(ProblemException.class);
        RULES.requireRulesOn(DENUNCIATION, d(2012, 7, 1));
    }
}
