package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.domain.RuleViolation;
import vn.gov.moj.thads.reporting.service.LateEntryAudit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a closed period, the snapshot difference and which late changes touch a period: no Quarkus. */
class SignedPeriodTest {

    private static final long M = 1_000_000L;

    /** Counted figures from the indices of {@link CountedFigures}: pairs of index and value. */
    private static long[] counted(long... pairs) {
        long[] v = new long[CountedFigures.SIZE];
        for (int i = 0; i < pairs.length; i += 2) {
            v[(int) pairs[i]] = pairs[i + 1];
        }
        return v;
    }

    /** As {@link #counted}, summed over cases (a unit's figures). */
    private static BigInteger[] summed(long... pairs) {
        return CountedFigures.sumOf(counted(pairs));
    }

    private static SignedPeriod period(String unit, List<String> included, LocalDate asOf, BigInteger[] figures) {
        return SignedPeriod.close(unit, "name", 2026, asOf, LocalDate.parse("2026-11-29"), included, figures, null,
                new SignedPeriod.Signature("head-96", "AGENCY_HEAD", 42, null), null);
    }

    @Test
    void aHeadOrAProvinceClosesMonthEndsTheMinistryAnyDay() {
        SignedPeriod.requireMonthEndUnlessMinistry("AGENCY_HEAD", LocalDate.parse("2026-02-28"));
        SignedPeriod.requireMonthEndUnlessMinistry("PROVINCE", LocalDate.parse("2024-02-29"));
        SignedPeriod.requireMonthEndUnlessMinistry("MINISTRY", LocalDate.parse("2026-03-15"));
        for (String day : List.of("2024-02-28", "2026-03-30", "2026-10-01")) {
            assertThatThrownBy(() -> SignedPeriod.requireMonthEndUnlessMinistry("AGENCY_HEAD", LocalDate.parse(day)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.slug()).isEqualTo("period-not-month-end");
                        assertThat(v.details()).containsEntry("monthEnd", LocalDate.parse(day).withDayOfMonth(LocalDate.parse(day).lengthOfMonth()));
                    });
        }
    }

    @Test
    void theComplaintStatisticsAreSignedAndAPeriodClosedBeforeThemKeepsItsDigest() throws Exception {
        BigInteger[] figures = summed(CountedFigures.NEWLY_ACCEPTED, 3);
        SignedPeriod without = period("96", List.of("96"), LocalDate.parse("2026-03-31"), figures);
        // a period closed before complaints were signed: its digest is still SHA-256 over the fields it signed then
        String before = String.join("|", without.id().toString(), "96", "name", "2026", "2026-03-31", "head-96", "AGENCY_HEAD",
                without.closedAt().toInstant().toString(), "0,3" + ",0".repeat(CountedFigures.SIZE - 2), "96", "42", "null");
        assertThat(without.digest()).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(before.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(without.intact()).isTrue();
        // the statistics are part of what is signed, with a salt of their own
        String complaints = "{\"orgUnit\":\"96\",\"received\":1,\"repeat\":1}";
        SignedPeriod with = SignedPeriod.close("96", "name", 2026, LocalDate.parse("2026-03-31"), LocalDate.parse("2026-11-29"),
                List.of("96"), figures, complaints, new SignedPeriod.Signature("head-96", "AGENCY_HEAD", 42, null), null);
        assertThat(with.complaints()).isEqualTo(complaints);
        String shown = before.replace(without.id().toString(), with.id().toString())
                .replace(without.closedAt().toInstant().toString(), with.closedAt().toInstant().toString());
        assertThat(with.complaintsSalt()).matches("[0-9a-f]{32}");
        assertThat(with.digest()).isEqualTo(sha256(shown + "|" + with.complaintsSalt() + "|" + complaints));
        assertThat(with.intact()).isTrue();
        // The attack: a head, not told the repeat count, reads the digest and every other input of it, and hashes each
        // guess of the statistics (here the right one) until one matches. Without the salt it would.
        assertThat(with.digest()).isNotEqualTo(sha256(shown + "|" + complaints));
        assertThat(SignedPeriod.close("96", "name", 2026, LocalDate.parse("2026-03-31"), LocalDate.parse("2026-11-29"),
                List.of("96"), figures, complaints, new SignedPeriod.Signature("head-96", "AGENCY_HEAD", 42, null), null)
                .complaintsSalt()).isNotEqualTo(with.complaintsSalt());
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theDifferenceIsTodayMinusSignedFigureByFigureAndRatesInPoints() {
        // signed: 10 new cases, 2 completed, 1 without conditions; 100M new, 30M collected
        BigInteger[] signed = summed(CountedFigures.NEWLY_ACCEPTED, 10, CountedFigures.COMPLETED, 2, CountedFigures.WITHOUT_CONDITIONS, 1,
                CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED, 100 * M, CountedFigures.MONEY + CountedFigures.COMPLETED, 30 * M);
        // today: a case completed and 20M collected late, both dated inside the period
        BigInteger[] today = summed(CountedFigures.NEWLY_ACCEPTED, 10, CountedFigures.COMPLETED, 3, CountedFigures.WITHOUT_CONDITIONS, 1,
                CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED, 100 * M, CountedFigures.MONEY + CountedFigures.COMPLETED, 50 * M);
        PeriodDifference d = PeriodDifference.of(signed, today);
        assertThat(d.changed()).isTrue();
        // cases: completed +1, done +1, carried over −1, in progress −1; case rate 3/9 − 2/9 = 33.33 − 22.22 = 11.11 points
        assertThat(d.cases().completed()).isEqualTo(1);
        assertThat(d.cases().done()).isEqualTo(1);
        assertThat(d.cases().carriedOver()).isEqualTo(-1);
        assertThat(d.cases().inProgress()).isEqualTo(-1);
        assertThat(d.cases().newlyAccepted()).isZero();
        assertThat(d.cases().rate()).isEqualByComparingTo(new BigDecimal("11.11"));
        // no case carried in: no reduction on either side, so no difference
        assertThat(d.cases().carriedOverReduction()).isNull();
        // money: done +20M; money rate 50/100 − 30/100 = 20 points
        assertThat(d.money().done()).isEqualTo(20 * M);
        assertThat(d.money().rate()).isEqualByComparingTo(new BigDecimal("20.00"));
        assertThat(PeriodDifference.of(signed, signed.clone()).changed()).isFalse();
    }

    @Test
    void theDifferenceCountsTheAdministrativeJudgmentsMonitoredToo() {
        // signed: 2 administrative judgments newly accepted, both monitored; today: one of them complied, dated inside the period
        BigInteger[] signed = summed(CountedFigures.ADMINISTRATIVE_NEWLY_ACCEPTED, 2);
        BigInteger[] today = summed(CountedFigures.ADMINISTRATIVE_NEWLY_ACCEPTED, 2, CountedFigures.ADMINISTRATIVE_COMPLIED, 1,
                CountedFigures.ADMINISTRATIVE_FINISHED, 1);
        PeriodDifference d = PeriodDifference.of(signed, today);
        assertThat(d.changed()).isTrue();
        // complied +1, finished +1, still monitored 2 − 1 = 1: −1; accepted unchanged; nothing civil moved
        assertThat(d.administrative().complied()).isEqualTo(1);
        assertThat(d.administrative().finished()).isEqualTo(1);
        assertThat(d.administrative().monitored()).isEqualTo(-1);
        assertThat(d.administrative().accepted()).isZero();
        assertThat(d.cases().accepted()).isZero();
        assertThat(d.money().done()).isZero();
    }

    @Test
    void aPeriodIsClosedOnItsAsOfDateOrLaterAndOnce() {
        LocalDate today = LocalDate.parse("2026-11-29");
        assertThatThrownBy(() -> SignedPeriod.close("96", "Cà Mau", 2027, LocalDate.parse("2026-11-30"), today, List.of("96"),
                summed(), null, new SignedPeriod.Signature("head", "AGENCY_HEAD", 0, null), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.RULE);
                    assertThat(v.slug()).isEqualTo("period-not-ended");
                });
        SignedPeriod first = period("96", List.of("96"), LocalDate.parse("2026-03-31"), summed());
        assertThat(SignedPeriod.close("96", "Cà Mau", 2027, today, today, List.of("96"), summed(), null,
                new SignedPeriod.Signature("head", "AGENCY_HEAD", 0, null), null).asOf()).isEqualTo(today);
        assertThatThrownBy(() -> SignedPeriod.close("96", "Cà Mau", 2026, LocalDate.parse("2026-03-31"), today, List.of("96"),
                summed(), null, new SignedPeriod.Signature("other", "MINISTRY", 0, null), first))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.STATE);
                    assertThat(v.slug()).isEqualTo("period-already-closed");
                    assertThat(v.details()).containsEntry("periodId", first.id());
                });
    }

    @Test
    void aHeadSignsTheCurrentAndThePreviousWorkYearAndOnlyTheMinistryOlderOnes() {
        // 29 November 2026 is in work year 2027 (1 October 2026 to 30 September 2027)
        LocalDate today = LocalDate.parse("2026-11-29");
        SignedPeriod.requireSignableBy("AGENCY_HEAD", 2027, today, 1);
        SignedPeriod.requireSignableBy("PROVINCE", 2026, today, 1);
        for (String head : List.of("AGENCY_HEAD", "PROVINCE")) {
            assertThatThrownBy(() -> SignedPeriod.requireSignableBy(head, 2025, today, 1))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.slug()).isEqualTo("period-too-old");
                        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.RULE);
                        assertThat(v.details()).containsEntry("currentWorkYear", 2027);
                    });
        }
        SignedPeriod.requireSignableBy("MINISTRY", 2005, today, 1);
        // on 30 September 2027 work year 2026 is still the previous one; on 1 October it is two back
        SignedPeriod.requireSignableBy("AGENCY_HEAD", 2026, LocalDate.parse("2027-09-30"), 1);
        assertThatThrownBy(() -> SignedPeriod.requireSignableBy("AGENCY_HEAD", 2026, LocalDate.parse("2027-10-01"), 1))
                .isInstanceOf(RuleViolation.class);
        SignedPeriod.requireSignableBy("AGENCY_HEAD", 2026, LocalDate.parse("2027-10-01"), 2);
    }

    @Test
    void theDigestCoversWhatWasSignedAndTheFiguresCannotBeChangedThroughTheObject() {
        BigInteger[] figures = summed(CountedFigures.NEWLY_ACCEPTED, 1);
        SignedPeriod p = period("96", List.of("96"), LocalDate.parse("2026-03-31"), figures);
        assertThat(p.intact()).isTrue();
        assertThat(p.digest()).hasSize(64);
        figures[CountedFigures.NEWLY_ACCEPTED] = BigInteger.valueOf(99); // the caller's array is copied
        p.figures()[CountedFigures.NEWLY_ACCEPTED] = BigInteger.valueOf(99); // and so is the one handed out
        assertThat(p.figures()[CountedFigures.NEWLY_ACCEPTED]).isEqualTo(1);
        assertThat(p.intact()).isTrue();
        // the same content signed by someone else at another time has another digest
        assertThat(period("96", List.of("96"), LocalDate.parse("2026-03-31"), summed(CountedFigures.NEWLY_ACCEPTED, 1)).digest())
                .isNotEqualTo(p.digest());
    }

    @Test
    void aLateChangeCountsOnlyTheDaysAndUnitsOfThePeriod() {
        SignedPeriod caMau = period("96", List.of("96"), LocalDate.parse("2026-03-31"), summed());
        SignedPeriod office = period("19.05", List.of("19.05", "19.90"), LocalDate.parse("2026-03-31"), summed());
        UUID caseId = UUID.randomUUID();
        Map<CaseTimeline.AgencyDay, long[]> before = new TreeMap<>();
        before.put(new CaseTimeline.AgencyDay(LocalDate.parse("2025-11-10"), "96"),
                counted(CountedFigures.NEWLY_ACCEPTED, 1, CountedFigures.MONEY + CountedFigures.NEWLY_ACCEPTED, 100 * M));
        Map<CaseTimeline.AgencyDay, long[]> after = new TreeMap<>(before);
        // collections of 20M on 2026-02-10 (inside) and 10M on 2026-05-05 (after the as-of date), and one of last year (2025-09-01)
        after.put(new CaseTimeline.AgencyDay(LocalDate.parse("2026-02-10"), "96"), counted(CountedFigures.MONEY + CountedFigures.COMPLETED, 20 * M));
        after.put(new CaseTimeline.AgencyDay(LocalDate.parse("2026-05-05"), "96"), counted(CountedFigures.MONEY + CountedFigures.COMPLETED, 10 * M));
        after.put(new CaseTimeline.AgencyDay(LocalDate.parse("2025-09-01"), "96"), counted(CountedFigures.MONEY + CountedFigures.COMPLETED, 5 * M));
        var change = LateEntryAudit.CaseChange.of(caseId, List.of("CollectionRecorded:x"), before, after);
        LateChange late = change.in(caMau);
        assertThat(late).isNotNull();
        // only the 20M of 2026-02-10 is inside 2025-10-01 … 2026-03-31
        assertThat(late.figures()).isEqualTo(counted(CountedFigures.MONEY + CountedFigures.COMPLETED, 20 * M));
        assertThat(late.changedFrom()).isEqualTo(LocalDate.parse("2026-02-10"));
        assertThat(late.agencyCode()).isEqualTo("96");
        assertThat(late.events()).containsExactly("CollectionRecorded:x");
        // another unit's period is not touched; nor is any period by a change that adds up to nothing
        assertThat(change.in(office)).isNull();
        assertThat(LateEntryAudit.CaseChange.of(caseId, List.of(), before, before).in(caMau)).isNull();
        // an office's period holds the offices merged into it (19.90 closed into 19.05)
        var merged = LateEntryAudit.CaseChange.of(caseId, List.of("CaseClosed:y"), Map.of(),
                Map.of(new CaseTimeline.AgencyDay(LocalDate.parse("2026-01-05"), "19.90"), counted(CountedFigures.COMPLETED, 1)));
        assertThat(merged.in(office).figures()).isEqualTo(counted(CountedFigures.COMPLETED, 1));
        assertThat(merged.in(caMau)).isNull();
    }
}
