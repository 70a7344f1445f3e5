package vn.gov.moj.thads.cases.model;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case's own rules, without Quarkus or a database: what the entity allows and refuses. The
 * HTTP tests (LifecycleRulesTest, DatesAndAmountsTest) show the same rules as status codes.
 */
class EnforcementCaseRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 10, 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static EnforcementCase opened(long money, Set<Category> categories) {
        return EnforcementCase.open(opening(CaseKind.EX_OFFICIO, money, null, categories, null), TODAY);
    }

    /** A case on request, its request received on the decision's day. */
    private static CaseOpening onRequest(long money, String otherObligations, Set<Category> categories) {
        return opening(CaseKind.ON_REQUEST, money, otherObligations, categories, DECIDED);
    }

    private static CaseOpening opening(CaseKind kind, long money, String otherObligations, Set<Category> categories,
                                       LocalDate requestReceivedOn) {
        return new CaseOpening("19.05", "19", "12/QĐ-CCTHADS", DECIDED, kind,
                new SourceJudgment("TAND-19", "Tòa án nhân dân tỉnh Thái Nguyên", "45/2025/DS-PT", LocalDate.of(2025, 9, 1)),
                List.of(new CaseOpening.Party("Công ty A", PartyType.ORGANIZATION, null, null)),
                List.of(new CaseOpening.Party("Nguyễn Văn B", PartyType.PERSON, null, null)),
                money, otherObligations, categories, null, null, requestReceivedOn, "officer-1");
    }

    private static EnforcementCase.NoConditionsDecision published(LocalDate on) {
        return new EnforcementCase.NoConditionsDecision("5/QĐ-CCTHADS", on);
    }

    private static EnforcementCase opened(long money) {
        return opened(money, Set.of());
    }

    @Test
    void anActionNeedingConditionsIsDatedOnADayTheCaseHadThem() {
        EnforcementCase c = opened(50_000_000);
        c.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2025, 11, 20), false, null, TODAY);
        c.suspend(LocalDate.of(2025, 12, 10), TODAY);
        c.resume(LocalDate.of(2026, 1, 10), TODAY);
        // a seizure, and a coercion plan, dated while the case was suspended, recorded after it resumed
        RuleViolation paused = assertThrows(RuleViolation.class,
                () -> c.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 12, 20), null, null, "officer-1", TODAY));
        assertEquals(RuleViolation.Kind.DATE, paused.kind());
        assertEquals("date", paused.field());
        assertEquals("SUSPENDED", paused.details().get("statusOnDate"));
        assertEquals("proposedOn", assertThrows(RuleViolation.class,
                () -> c.proposeCoercion(LocalDate.of(2026, 1, 20), "Cưỡng chế", "officer-1", LocalDate.of(2025, 12, 20), TODAY)).field());
        // before the case had conditions (received, not yet verified)
        EnforcementCase received = opened(50_000_000);
        received.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2025, 11, 20), false, null, TODAY);
        assertThrows(RuleViolation.class,
                () -> received.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 11, 1), null, null, "officer-1", TODAY));
        // on the day it resumed and after: recorded; so is a seizure done before the suspension and typed in late (the past
        // is recordable, domain.md §6); persuading the debtor needs no conditions
        c.recordAction(ActionType.SEIZURE, LocalDate.of(2026, 1, 10), null, null, "officer-1", TODAY);
        c.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 12, 1), null, null, "officer-1", TODAY);
        c.recordAction(ActionType.PERSUASION, LocalDate.of(2025, 11, 1), null, null, "officer-1", TODAY);
    }

    @Test
    void aCaseFromBeforeTheTimelineIsCheckedFromItsNextStatusChange() throws Exception {
        EnforcementCase c = opened(50_000_000);
        c.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2025, 11, 20), false, null, TODAY);
        // as a row stored before migration V16 reads: no timeline
        var timeline = EnforcementCase.class.getDeclaredField("statusTimeline");
        timeline.setAccessible(true);
        timeline.set(c, null);
        c.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 11, 1), null, null, "officer-1", TODAY); // not known: not checked
        c.suspend(LocalDate.of(2025, 12, 10), TODAY);
        c.resume(LocalDate.of(2026, 1, 10), TODAY);
        // the suspension recorded since is known, and a coercion's seizure inside it refused
        assertEquals("SUSPENDED", assertThrows(RuleViolation.class,
                () -> c.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 12, 20), null, null, "officer-1", TODAY))
                .details().get("statusOnDate"));
        c.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 12, 1), null, null, "officer-1", TODAY);
    }

    @Test
    void aReverificationThatFindsConditionsAgainKeepsTheDayTheyWereFirstFound() {
        EnforcementCase c = opened(50_000_000);
        c.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2025, 11, 20), false, null, TODAY);
        c.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2026, 2, 1), true, null, TODAY);
        c.recordAction(ActionType.SEIZURE, LocalDate.of(2025, 12, 1), null, null, "officer-1", TODAY);
    }

    @Test
    void collectedMoneyNeverExceedsWhatIsOutstanding() {
        EnforcementCase c = opened(100_000_000);
        c.collect(40_000_000, LocalDate.of(2025, 12, 10), "BL-1", c.agencyCode(), "officer-1", TODAY);

        RuleViolation over = assertThrows(RuleViolation.class,
                () -> c.collect(60_000_001, LocalDate.of(2025, 12, 11), "BL-2", c.agencyCode(), "officer-1", TODAY));
        assertEquals("over-collection", over.slug());
        assertEquals(60_000_000L, over.details().get("outstandingAmount"));
        assertEquals(40_000_000L, c.collectedAmount());

        c.collect(60_000_000, LocalDate.of(2025, 12, 11), "BL-2", c.agencyCode(), "officer-1", TODAY);
        assertEquals(0L, c.outstandingAmount());
    }

    @Test
    void aCaseIsCompletedOnlyWhenNothingIsOutstanding() {
        EnforcementCase c = opened(10_000_000);
        c.collect(9_000_000, LocalDate.of(2025, 11, 3), "BL-1", c.agencyCode(), "officer-1", TODAY);
        RuleViolation outstanding = assertThrows(RuleViolation.class,
                () -> c.close(ClosureOutcome.COMPLETED, LocalDate.of(2025, 11, 4), TODAY));
        assertEquals("money-outstanding", outstanding.slug());
        assertEquals(1_000_000L, outstanding.details().get("outstandingAmount"));

        c.close(ClosureOutcome.TERMINATED, LocalDate.of(2025, 11, 4), TODAY); // terminating needs no full payment
        assertEquals(CaseStatus.TERMINATED, c.status());
        RuleViolation closed = assertThrows(RuleViolation.class,
                () -> c.collect(1_000_000, LocalDate.of(2025, 11, 5), "BL-2", c.agencyCode(), "officer-1", TODAY));
        assertEquals(RuleViolation.Kind.STATE, closed.kind());
        assertEquals("TERMINATED", closed.details().get("currentStatus"));
    }

    /** Paid in full, a case is completed: terminated, the reports counted it as relieved (review of session 31). */
    @Test
    void aCasePaidInFullIsCompletedNotTerminated() {
        EnforcementCase paid = opened(10_000_000);
        paid.collect(10_000_000, LocalDate.of(2025, 11, 3), "BL-1", paid.agencyCode(), "officer-1", TODAY);
        RuleViolation nothingLeft = assertThrows(RuleViolation.class,
                () -> paid.close(ClosureOutcome.TERMINATED, LocalDate.of(2025, 11, 4), TODAY));
        assertEquals("nothing-outstanding", nothingLeft.slug());
        assertEquals(CaseStatus.RECEIVED, paid.status());
        paid.close(ClosureOutcome.COMPLETED, LocalDate.of(2025, 11, 4), TODAY);
        assertEquals(CaseStatus.COMPLETED, paid.status());
        // other obligations besides the money (handing over a house, say) may still end short of it
        EnforcementCase withAHouse = EnforcementCase.open(onRequest(5_000_000, "Giao nhà số 5", Set.of()), TODAY);
        withAHouse.collect(5_000_000, LocalDate.of(2025, 11, 3), "BL-2", withAHouse.agencyCode(), "officer-1", TODAY);
        withAHouse.close(ClosureOutcome.TERMINATED, LocalDate.of(2025, 11, 4), TODAY);
        assertEquals(CaseStatus.TERMINATED, withAHouse.status());
    }

    /** The state's claims are enforced ex officio: reductions refused STATE_BUDGET on a case on request (review of session 31). */
    @Test
    void aCaseOnRequestIsNotOpenedAsOwedToTheStateBudget() {
        RuleViolation onRequest = assertThrows(RuleViolation.class,
                () -> EnforcementCase.open(onRequest(5_000_000, null, Set.of(Category.STATE_BUDGET)), TODAY));
        assertEquals("categories", onRequest.field());
        assertEquals(Set.of(Category.STATE_BUDGET, Category.LARGE_VALUE), opened(2_000_000_000L, Set.of(Category.STATE_BUDGET)).categories());
    }

    /**
     * A change of categories is dated by the head's decision, which the reports date it by: recorded on 3 October, a COMPLEX
     * designation of 28 September counted in the next work year (review of session 31).
     */
    @Test
    void aChangeOfCategoriesIsDatedByTheHeadsDecision() {
        EnforcementCase c = opened(50_000_000);
        assertEquals("decidedOn", assertThrows(RuleViolation.class,
                () -> c.changeCategories(Set.of(Category.COMPLEX), DECIDED.minusDays(1), TODAY)).field());
        assertEquals("decidedOn", assertThrows(RuleViolation.class,
                () -> c.changeCategories(Set.of(Category.COMPLEX), TODAY.plusDays(1), TODAY)).field());
        c.changeCategories(Set.of(Category.COMPLEX), LocalDate.of(2025, 12, 1), TODAY);
        RuleViolation earlier = assertThrows(RuleViolation.class,
                () -> c.changeCategories(Set.of(), LocalDate.of(2025, 11, 30), TODAY));
        assertEquals(LocalDate.of(2025, 12, 1), earlier.details().get("lastChangeOn"));
        assertEquals(Set.of(Category.COMPLEX), c.categories());
        c.changeCategories(Set.of(), LocalDate.of(2025, 12, 1), TODAY); // the same day is in order
        assertTrue(c.categories().isEmpty());
    }

    @Test
    void changesAreRecordedInDateOrder() {
        EnforcementCase c = opened(50_000_000);
        c.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2025, 11, 20), false, null, TODAY);
        RuleViolation early = assertThrows(RuleViolation.class,
                () -> c.collect(1_000_000, LocalDate.of(2025, 11, 19), "BL-1", c.agencyCode(), "officer-1", TODAY));
        assertEquals(RuleViolation.Kind.DATE, early.kind());
        assertEquals("collectedOn", early.field());
        assertEquals(LocalDate.of(2025, 11, 20), early.details().get("lastChangeOn"));
        assertEquals(0L, c.collectedAmount());

        c.collect(1_000_000, LocalDate.of(2025, 11, 20), "BL-1", c.agencyCode(), "officer-1", TODAY); // the same day is in order
        assertEquals(LocalDate.of(2025, 11, 20), c.lastDatedOn());
    }

    @Test
    void businessDatesFallBetweenTheDecisionAndToday() {
        EnforcementCase c = opened(50_000_000);
        assertEquals("verifiedOn", assertThrows(RuleViolation.class,
                () -> c.verify(VerificationResult.NO_CONDITIONS, TODAY.plusDays(1), false, published(TODAY.plusDays(1)), TODAY)).field());
        assertEquals("verifiedOn", assertThrows(RuleViolation.class,
                () -> c.verify(VerificationResult.NO_CONDITIONS, DECIDED.minusDays(1), false, published(DECIDED.minusDays(1)), TODAY)).field());
        assertEquals("decisionDate", assertThrows(RuleViolation.class,
                () -> EnforcementCase.open(new CaseOpening("19.05", "19", "13/QĐ", TODAY.plusDays(1), CaseKind.EX_OFFICIO,
                        new SourceJudgment("TAND-19", "Tòa", "1/2026", TODAY), List.of(), List.of(), 1, null, Set.of(),
                        null, null, null, "officer-1"), TODAY)).field());
    }

    @Test
    void aCaseDecidedBeforeTheEventsFirstBusinessDateIsRefused() {
        // the consumers dead-letter any event dated before 1990-01-01: such a case would never reach a report
        LocalDate before = LocalDate.of(1989, 12, 31);
        RuleViolation early = assertThrows(RuleViolation.class,
                () -> EnforcementCase.open(new CaseOpening("19.05", "19", "1/QĐ", before, CaseKind.EX_OFFICIO,
                        new SourceJudgment("TAND-19", "Tòa", "1/1989", before), List.of(), List.of(), 1, null, Set.of(),
                        null, null, null, "officer-1"), TODAY));
        assertEquals(RuleViolation.Kind.DATE, early.kind());
        assertEquals("decisionDate", early.field());
    }

    @Test
    void largeValueIsDerivedFromTheMoneyAboveFiveHundredMillion() {
        assertFalse(opened(500_000_000).categories().contains(Category.LARGE_VALUE));
        assertTrue(opened(500_000_001).categories().contains(Category.LARGE_VALUE));
        assertEquals("categories", assertThrows(RuleViolation.class,
                () -> opened(1_000, Set.of(Category.LARGE_VALUE))).field());

        EnforcementCase large = opened(600_000_000, Set.of(Category.BANK_CREDIT));
        large.changeCategories(Set.of(Category.COMPLEX), TODAY, TODAY);
        assertEquals(Set.of(Category.COMPLEX, Category.LARGE_VALUE), large.categories());
    }

    @Test
    void administrativeIsWhatACaseIsFromItsOpeningNeverAddedOrDroppedLater() {
        // a civil case made ADMINISTRATIVE would leave every past civil figure; the reverse would enter them
        EnforcementCase civil = opened(100_000_000, Set.of(Category.BANK_CREDIT));
        assertEquals("categories", assertThrows(RuleViolation.class,
                () -> civil.changeCategories(Set.of(Category.BANK_CREDIT, Category.ADMINISTRATIVE), TODAY, TODAY)).field());
        assertEquals(Set.of(Category.BANK_CREDIT), civil.categories());

        EnforcementCase administrative = opened(100_000_000, Set.of(Category.ADMINISTRATIVE));
        // the whole set is replaced: a head who types only COMPLEX would drop ADMINISTRATIVE
        assertEquals("categories", assertThrows(RuleViolation.class,
                () -> administrative.changeCategories(Set.of(Category.COMPLEX), TODAY, TODAY)).field());
        administrative.changeCategories(Set.of(Category.ADMINISTRATIVE, Category.COMPLEX), TODAY, TODAY);
        assertEquals(Set.of(Category.ADMINISTRATIVE, Category.COMPLEX), administrative.categories());
    }

    @Test
    void amountsAreBoundedAndACaseHasSomethingToEnforce() {
        assertEquals("amount-too-large", assertThrows(RuleViolation.class,
                () -> opened(1_000_000_000_000_001L)).slug());
        assertEquals("nothing-to-enforce", assertThrows(RuleViolation.class, () -> opened(0)).slug());
    }

    @Test
    void aPausedCaseResumesWhereItWas() {
        EnforcementCase c = opened(20_000_000);
        c.verify(VerificationResult.HAS_CONDITIONS, LocalDate.of(2025, 11, 1), false, null, TODAY);
        assertEquals(CaseStatus.HAS_CONDITIONS, c.postpone(LocalDate.of(2025, 11, 2), TODAY));
        assertEquals(CaseStatus.POSTPONED, c.status());
        assertEquals(RuleViolation.Kind.STATE, assertThrows(RuleViolation.class,
                () -> c.collect(1, LocalDate.of(2025, 11, 3), "BL-1", c.agencyCode(), "officer-1", TODAY)).kind());
        assertEquals(CaseStatus.POSTPONED, c.resume(LocalDate.of(2025, 11, 10), TODAY));
        assertEquals(CaseStatus.HAS_CONDITIONS, c.status());
    }

    @Test
    void anUnverifiedCaseCountsAsHavingConditionsAndGrowsOldAfterAYear() {
        EnforcementCase unverified = opened(20_000_000);
        assertTrue(unverified.effectivelyHasConditions());
        assertFalse(unverified.flags(DECIDED.plusYears(1)).contains(CaseFlag.OLD)); // a year to the day is not older
        assertTrue(unverified.flags(DECIDED.plusYears(1).plusDays(1)).contains(CaseFlag.OLD));

        EnforcementCase without = opened(20_000_000);
        without.verify(VerificationResult.NO_CONDITIONS, LocalDate.of(2025, 11, 1), false, published(LocalDate.of(2025, 11, 1)), TODAY);
        assertFalse(without.effectivelyHasConditions());
        assertFalse(without.flags(DECIDED.plusYears(2)).contains(CaseFlag.OLD));
    }

    @Test
    void aCaseIsDelegatedToAnotherAgencyOnly() {
        EnforcementCase c = opened(20_000_000);
        assertEquals("toAgencyCode", assertThrows(RuleViolation.class,
                () -> c.delegate("19.05", LocalDate.of(2025, 11, 1), TODAY)).field());
        c.delegate("01.02", LocalDate.of(2025, 11, 1), TODAY);
        assertEquals(CaseStatus.DELEGATED, c.status());
        assertEquals("01.02", c.delegatedTo());
        assertEquals(LocalDate.of(2025, 11, 1), c.closedOn());
    }
}
