package vn.gov.moj.thads.cases.model;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The monitoring of an administrative judgment without Quarkus: its steps in date order (the rule
 * it shares with the case through {@link DatedAggregate}), once each, compliance ending it.
 * AdministrativeJudgmentsTest shows the same rules over HTTP.
 */
class AdministrativeJudgmentRulesTest {

    private static final LocalDate ACCEPTED = LocalDate.of(2025, 11, 3);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static AdministrativeJudgment monitored() {
        return new AdministrativeJudgment("19.05", "19",
                new SourceJudgment("TAND-19", "Tòa án nhân dân tỉnh Thái Nguyên", "7/2025/HC-ST", LocalDate.of(2025, 10, 1)),
                "Ủy ban nhân dân xã A", "Cấp giấy chứng nhận quyền sử dụng đất", ACCEPTED, "officer-1", TODAY);
    }

    @Test
    void aStepDatedBeforeTheLastRecordedOneIsRefusedNamingThatDate() {
        AdministrativeJudgment j = monitored();
        j.record(AdministrativeJudgment.Step.COMPELLED, LocalDate.of(2026, 1, 15), "3/2026/QĐ-BTHA", "cbv-1", TODAY);

        RuleViolation early = assertThrows(RuleViolation.class,
                () -> j.record(AdministrativeJudgment.Step.REPORTED, LocalDate.of(2026, 1, 14), null, "cbv-1", TODAY));
        assertEquals("date", early.field());
        assertEquals(LocalDate.of(2026, 1, 15), early.details().get("lastChangeOn"));
        assertEquals(AdministrativeJudgment.Status.COMPELLED, j.status());

        j.record(AdministrativeJudgment.Step.REPORTED, LocalDate.of(2026, 1, 15), null, "cbv-1", TODAY); // the same day is in order
        assertEquals(LocalDate.of(2026, 1, 15), j.lastDatedOn());
    }

    @Test
    void aStepBeforeTheStartOfTheMonitoringOrInTheFutureIsRefused() {
        AdministrativeJudgment j = monitored();
        RuleViolation beforeStart = assertThrows(RuleViolation.class,
                () -> j.record(AdministrativeJudgment.Step.COMPLIED, ACCEPTED.minusDays(1), null, "cbv-1", TODAY));
        assertEquals(ACCEPTED, beforeStart.details().get("lastChangeOn"));
        RuleViolation future = assertThrows(RuleViolation.class,
                () -> j.record(AdministrativeJudgment.Step.COMPLIED, TODAY.plusDays(1), null, "cbv-1", TODAY));
        assertEquals("date", future.field());
        assertEquals(AdministrativeJudgment.Status.MONITORING, j.status());
    }

    @Test
    void eachStepOnceACompellingDecisionHasItsNumberAndComplianceEndsTheMonitoring() {
        AdministrativeJudgment j = monitored();
        RuleViolation unnumbered = assertThrows(RuleViolation.class,
                () -> j.record(AdministrativeJudgment.Step.COMPELLED, LocalDate.of(2026, 1, 5), " ", "cbv-1", TODAY));
        assertEquals("decisionNumber", unnumbered.field());

        j.record(AdministrativeJudgment.Step.COMPELLED, LocalDate.of(2026, 1, 5), " 3/2026/QĐ-BTHA ", "cbv-1", TODAY);
        assertEquals("3/2026/QĐ-BTHA", j.compellingDecisionNumber());
        assertEquals("step-already-recorded", assertThrows(RuleViolation.class,
                () -> j.record(AdministrativeJudgment.Step.COMPELLED, LocalDate.of(2026, 1, 6), "4/2026/QĐ-BTHA", "cbv-1", TODAY)).slug());

        j.record(AdministrativeJudgment.Step.COMPLIED, LocalDate.of(2026, 2, 1), null, "cbv-1", TODAY);
        assertEquals(AdministrativeJudgment.Status.COMPLIED, j.status());
        assertEquals("monitoring-ended", assertThrows(RuleViolation.class,
                () -> j.record(AdministrativeJudgment.Step.REPORTED, LocalDate.of(2026, 2, 2), null, "cbv-1", TODAY)).slug());
    }
}
