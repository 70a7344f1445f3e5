package vn.gov.moj.thads.reporting.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One case as the reports see it: its dated facts, from the events. It knows its own share of
 * every figure of domain.md §6 for any work year and as-of date ({@link #figuresAt}), and the
 * day-by-day changes of that share ({@link #contributions}), which the daily per-agency figures
 * add up.
 */
public final class CaseTimeline {

    public record Verification(UUID eventId, LocalDate on, OffsetDateTime occurredAt, String result) {
    }

    public record Collection(UUID eventId, LocalDate on, long amount) {
    }

    public record StatusChange(UUID eventId, LocalDate on, OffsetDateTime occurredAt, String change) {
    }

    /** A day's change of the case's figures in one agency. */
    public record DayKey(LocalDate day, String agencyCode) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : agencyCode.compareTo(other.agencyCode);
        }
    }

    private static final Comparator<Verification> VERIFICATION_ORDER =
            Comparator.comparing(Verification::on).thenComparing(Verification::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<StatusChange> CHANGE_ORDER =
            Comparator.comparing(StatusChange::on).thenComparing(StatusChange::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final UUID caseId;
    private String agencyCode;
    private String provinceCode;
    private LocalDate openedOn;
    private long moneyAmount;
    private LocalDate delegatedOn;
    private LocalDate closedOn;
    private String outcome;
    private String status;
    private long collectedAmount;
    private UUID officerId;
    private OffsetDateTime factsAt;
    private int contributedThrough;
    private final List<Verification> verifications = new ArrayList<>();
    private final List<Collection> collections = new ArrayList<>();
    private final List<StatusChange> statusChanges = new ArrayList<>();

    public CaseTimeline(UUID caseId) {
        this.caseId = caseId;
    }

    /** A case as stored in the view. */
    public static CaseTimeline stored(UUID caseId, String agencyCode, String provinceCode, LocalDate openedOn, long moneyAmount,
                                      LocalDate delegatedOn, LocalDate closedOn, String outcome, String status, long collectedAmount,
                                      UUID officerId, OffsetDateTime factsAt, int contributedThrough) {
        CaseTimeline t = new CaseTimeline(caseId);
        t.agencyCode = agencyCode;
        t.provinceCode = provinceCode;
        t.openedOn = openedOn;
        t.moneyAmount = moneyAmount;
        t.delegatedOn = delegatedOn;
        t.closedOn = closedOn;
        t.outcome = outcome;
        t.status = status;
        t.collectedAmount = collectedAmount;
        t.officerId = officerId;
        t.factsAt = factsAt;
        t.contributedThrough = contributedThrough;
        return t;
    }

    /** The state the case service reported with an event; an older event does not overwrite a newer one. */
    public void reported(String agencyCode, String provinceCode, LocalDate openedOn, long moneyAmount, String status,
                         long collectedAmount, UUID officerId, OffsetDateTime at) {
        if (factsAt != null && at != null && at.isBefore(factsAt)) {
            return;
        }
        this.agencyCode = agencyCode;
        this.provinceCode = provinceCode;
        this.openedOn = openedOn;
        this.moneyAmount = moneyAmount;
        this.status = status;
        this.collectedAmount = collectedAmount;
        this.officerId = officerId;
        this.factsAt = at;
    }

    public void verified(Verification verification) {
        verifications.add(verification);
    }

    public void collected(Collection collection) {
        collections.add(collection);
    }

    public void statusChanged(StatusChange change) {
        statusChanges.add(change);
    }

    public void delegated(LocalDate on) {
        delegatedOn = on;
    }

    public void closed(String outcome, LocalDate on) {
        this.outcome = outcome;
        closedOn = on;
    }

    public void contributedThrough(int workYear) {
        contributedThrough = workYear;
    }

    public static int workYearOf(LocalDate day) {
        return day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
    }

    public static LocalDate yearStart(int workYear) {
        return LocalDate.of(workYear - 1, 10, 1);
    }

    public static LocalDate yearEnd(int workYear) {
        return LocalDate.of(workYear, 9, 30);
    }

    public LocalDate finalOn() {
        return closedOn != null ? closedOn : delegatedOn;
    }

    /** The latest business date the case knows of. */
    public LocalDate latestDate() {
        LocalDate latest = openedOn;
        for (LocalDate day : dates()) {
            if (latest == null || day.isAfter(latest)) {
                latest = day;
            }
        }
        return latest;
    }

    /**
     * The case's share of the eight counted figures (cases then VND, see {@link FigureVector}) of
     * work year {@code workYear} as of {@code asOf}: domain.md §6 applied to one case.
     */
    public long[] figuresAt(int workYear, LocalDate asOf) {
        long[] v = new long[FigureVector.SIZE];
        LocalDate start = yearStart(workYear);
        LocalDate finalOn = finalOn();
        if (openedOn == null || openedOn.isAfter(asOf) || (finalOn != null && finalOn.isBefore(start))) {
            return v;
        }
        boolean carriedIn = openedOn.isBefore(start);
        boolean delegated = delegatedOn != null && !delegatedOn.isAfter(asOf);
        boolean closed = closedOn != null && !closedOn.isAfter(asOf);
        boolean open = !delegated && !closed;
        long amount = moneyAmount - (carriedIn ? collectedBetween(LocalDate.MIN, start.minusDays(1)) : 0);
        long collected = collectedBetween(start, asOf);
        String classification = verifications.stream().filter(x -> !x.on().isAfter(asOf)).max(VERIFICATION_ORDER)
                .map(Verification::result).orElse(null);
        String lastChange = statusChanges.stream().filter(x -> !x.on().isAfter(asOf)).max(CHANGE_ORDER)
                .map(StatusChange::change).orElse(null);
        set(v, FigureVector.CARRIED_IN, carriedIn, amount);
        set(v, FigureVector.NEWLY_ACCEPTED, !carriedIn, amount);
        set(v, FigureVector.DELEGATED, delegated, amount);
        boolean paused = "POSTPONED".equals(lastChange) || "SUSPENDED".equals(lastChange);
        // postponed and suspended are parts of "with conditions", whatever the last verification said
        set(v, FigureVector.WITHOUT_CONDITIONS, open && !paused && "NO_CONDITIONS".equals(classification), amount);
        set(v, FigureVector.COMPLETED, !delegated && closed && "COMPLETED".equals(outcome), 0);
        set(v, FigureVector.TERMINATED, !delegated && closed && "TERMINATED".equals(outcome), amount - collected);
        set(v, FigureVector.POSTPONED, open && "POSTPONED".equals(lastChange), amount - collected);
        set(v, FigureVector.SUSPENDED, open && "SUSPENDED".equals(lastChange), amount - collected);
        // money done counts every collection of the year on a case not delegated away, closed or not
        v[FigureVector.MONEY + FigureVector.COMPLETED] = delegated ? 0 : collected;
        return v;
    }

    /**
     * The day-by-day changes of the case's figures in every work year from its opening through
     * {@code throughYear}: on 1 October its state carried in, then a change on each day something
     * happened. Summing a year's changes up to D gives {@link #figuresAt}(year, D).
     */
    public Map<DayKey, long[]> contributions(int throughYear) {
        Map<DayKey, long[]> changes = new TreeMap<>();
        if (openedOn == null || agencyCode == null) {
            return changes;
        }
        LocalDate finalOn = finalOn();
        int last = finalOn == null ? throughYear : Math.min(throughYear, workYearOf(finalOn));
        TreeSet<LocalDate> dates = dates();
        for (int year = workYearOf(openedOn); year <= last; year++) {
            LocalDate start = yearStart(year);
            TreeSet<LocalDate> days = new TreeSet<>(dates.subSet(start, false, yearEnd(year), true));
            days.add(start);
            long[] before = new long[FigureVector.SIZE];
            for (LocalDate day : days) {
                long[] now = figuresAt(year, day);
                long[] change = FigureVector.minus(now, before);
                if (!FigureVector.isZero(change)) {
                    changes.put(new DayKey(day, agencyCode), change);
                }
                before = now;
            }
        }
        return changes;
    }

    private TreeSet<LocalDate> dates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (openedOn != null) {
            dates.add(openedOn);
        }
        verifications.forEach(x -> dates.add(x.on()));
        collections.forEach(x -> dates.add(x.on()));
        statusChanges.forEach(x -> dates.add(x.on()));
        if (delegatedOn != null) {
            dates.add(delegatedOn);
        }
        if (closedOn != null) {
            dates.add(closedOn);
        }
        return dates;
    }

    private long collectedBetween(LocalDate from, LocalDate to) {
        long sum = 0;
        for (Collection c : collections) {
            if (!c.on().isBefore(from) && !c.on().isAfter(to)) {
                sum += c.amount();
            }
        }
        return sum;
    }

    private static void set(long[] v, int figure, boolean counted, long money) {
        if (counted) {
            v[figure] = 1;
            v[FigureVector.MONEY + figure] = money;
        }
    }

    public UUID caseId() {
        return caseId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public long moneyAmount() {
        return moneyAmount;
    }

    public LocalDate delegatedOn() {
        return delegatedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String outcome() {
        return outcome;
    }

    public String status() {
        return status;
    }

    public long collectedAmount() {
        return collectedAmount;
    }

    public UUID officerId() {
        return officerId;
    }

    public OffsetDateTime factsAt() {
        return factsAt;
    }

    public int contributedThrough() {
        return contributedThrough;
    }
}
