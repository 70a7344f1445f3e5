package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.model.LateChange;
import vn.gov.moj.thads.reporting.model.SignedPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Flags entries dated inside a closed period (issue 17, item 2). The view applies every event, a
 * late one too (the past must be recordable); when applying a batch changes a case's share of the
 * figures of a closed period, that change is recorded as a {@link LateChange} of the period. A
 * rebuild replays what was already applied and records nothing.
 */
@ApplicationScoped
public class LateEntryAudit {

    /** A case's change in one batch: its events, and the day-by-day change of its share of the figures (after − before). */
    public record CaseChange(UUID caseId, List<String> events, Map<CaseTimeline.AgencyDay, long[]> change) {

        public static CaseChange of(UUID caseId, List<String> events, Map<CaseTimeline.AgencyDay, long[]> before,
                                    Map<CaseTimeline.AgencyDay, long[]> after) {
            Map<CaseTimeline.AgencyDay, long[]> change = new TreeMap<>();
            after.forEach((day, v) -> change.put(day, v.clone()));
            before.forEach((day, v) -> change.put(day, CountedFigures.minus(change.getOrDefault(day, new long[CountedFigures.SIZE]), v)));
            change.values().removeIf(CountedFigures::isZero);
            return new CaseChange(caseId, events, change);
        }

        /**
         * The change of {@code period}'s figures: the days from its work year's start to its as-of
         * date, of the agencies its figures hold; null when it does not change them.
         */
        public LateChange in(SignedPeriod period) {
            long[] sum = new long[CountedFigures.SIZE];
            LocalDate from = null;
            String agency = null;
            for (Map.Entry<CaseTimeline.AgencyDay, long[]> e : change.entrySet()) {
                CaseTimeline.AgencyDay day = e.getKey();
                if (period.covers(day.day()) && period.scope().covers(day.agencyCode())) {
                    CountedFigures.addTo(sum, e.getValue());
                    from = from == null || day.day().isBefore(from) ? day.day() : from;
                    agency = agency == null ? day.agencyCode() : agency;
                }
            }
            return CountedFigures.isZero(sum) ? null : new LateChange(period.id(), caseId, agency, events, from, sum);
        }
    }

    /** Records, in the caller's transaction, the changes of closed periods among {@code changes}. */
    public void record(List<CaseChange> changes) {
        LocalDate first = changes.stream().flatMap(c -> c.change().keySet().stream()).map(CaseTimeline.AgencyDay::day)
                .min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return;
        }
        List<SignedPeriod> periods = SignedPeriod.reachedFrom(first);
        for (CaseChange change : changes) {
            for (SignedPeriod period : periods) {
                LateChange late = change.in(period);
                if (late != null) {
                    late.persist();
                }
            }
        }
    }
}
