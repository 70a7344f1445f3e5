package vn.gov.moj.thads.reporting.model;

import vn.gov.moj.thads.platform.calendar.WorkYear;

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

    /** What a verification found. */
    public enum Classification { HAS_CONDITIONS, NO_CONDITIONS }

    /**
     * A change of status that is not final: POSTPONED, SUSPENDED, RESUMED (civil cases); COMPELLED
     * (a court decision compelling compliance) and REPORTED (to the higher authority) for an
     * administrative judgment monitored.
     */
    public enum Change { POSTPONED, SUSPENDED, RESUMED, COMPELLED, REPORTED }

    /** How a closed case ended. */
    public enum Outcome { COMPLETED, TERMINATED }

    public record Verification(UUID eventId, LocalDate on, OffsetDateTime occurredAt, Classification result) {
    }

    /** {@code occurredAt}: when it was recorded (null for one stored before that was kept): a same-day handover's tie. */
    public record Collection(UUID eventId, LocalDate on, OffsetDateTime occurredAt, long amount) {
        public Collection(UUID eventId, LocalDate on, long amount) {
            this(eventId, on, null, amount);
        }
    }

    /** An exemption or reduction (miễn, giảm) of a state-budget obligation: what it relieved, on its decision's date. */
    public record Reduction(UUID eventId, LocalDate on, long amount) {
    }

    public record StatusChange(UUID eventId, LocalDate on, OffsetDateTime occurredAt, Change change) {
    }

    /** The officer who holds the case from {@code on}. */
    public record Assignment(UUID eventId, LocalDate on, OffsetDateTime occurredAt, UUID officerId) {
    }

    /** A day's change of the case's figures in one agency. */
    public record AgencyDay(LocalDate day, String agencyCode) implements Comparable<AgencyDay> {
        @Override
        public int compareTo(AgencyDay other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : agencyCode.compareTo(other.agencyCode);
        }

        /**
         * The record's own hash (31 × the date's + the code's) is the same for many nearby days and
         * offices: a rebuild's map of 150,000 daily figures fell into tree bins. The day is mixed first.
         */
        @Override
        public int hashCode() {
            return Long.hashCode(day.toEpochDay() * 0x9E3779B97F4A7C15L) ^ agencyCode.hashCode();
        }
    }

    private static final Comparator<Verification> VERIFICATION_ORDER =
            Comparator.comparing(Verification::on).thenComparing(Verification::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<StatusChange> CHANGE_ORDER =
            Comparator.comparing(StatusChange::on).thenComparing(StatusChange::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Assignment> ASSIGNMENT_ORDER =
            Comparator.comparing(Assignment::on).thenComparing(Assignment::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final String ADMINISTRATIVE = "ADMINISTRATIVE";

    private final UUID caseId;
    private String agencyCode;
    private String provinceCode;
    private LocalDate openedOn;
    private long moneyAmount;
    private boolean administrative;
    private LocalDate delegatedOn;
    private LocalDate closedOn;
    private Outcome outcome;
    private String status;
    private long collectedAmount;
    private UUID officerId;
    private OffsetDateTime factsAt;
    private int contributedThrough;
    private String kind;
    private String categories;
    private OffsetDateTime classAt;
    /** The earliest report's categories and its time: the case's categories before any change of them. */
    private String firstCategories;
    private OffsetDateTime firstAt;
    /** Stored before migration V11: the categories before any change are those it had then, and stay so. */
    private boolean firstFixed;
    /** The changes of its categories (none for most cases). */
    private final List<Categorisation> categorisations = new ArrayList<>();
    private final List<Verification> verifications = new ArrayList<>();
    private final List<Collection> collections = new ArrayList<>();
    private final List<Reduction> reductions = new ArrayList<>();
    private final List<StatusChange> statusChanges = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();

    public CaseTimeline(UUID caseId) {
        this.caseId = caseId;
    }

    /** A case as stored in the view. */
    public static CaseTimeline stored(UUID caseId, String agencyCode, String provinceCode, LocalDate openedOn, long moneyAmount,
                                      boolean administrative, LocalDate delegatedOn, LocalDate closedOn, Outcome outcome, String status, long collectedAmount,
                                      UUID officerId, OffsetDateTime factsAt, int contributedThrough) {
        CaseTimeline t = new CaseTimeline(caseId);
        t.agencyCode = agencyCode;
        t.provinceCode = provinceCode;
        t.openedOn = openedOn;
        t.moneyAmount = moneyAmount;
        t.administrative = administrative;
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

    /**
     * The state the case service reported with an event; an older event does not overwrite a
     * newer one. Whether the case is administrative is not taken from it: see {@link #classified}.
     */
    public void reported(String agencyCode, String provinceCode, LocalDate openedOn, long moneyAmount,
                         String status, long collectedAmount, UUID officerId, OffsetDateTime at) {
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

    /** The facts {@link #reported} sets, as held: to put back when the event that brought them is refused. */
    public record ReportedFacts(String agencyCode, String provinceCode, LocalDate openedOn, long moneyAmount, String status,
                                long collectedAmount, UUID officerId, OffsetDateTime factsAt) {
    }

    public ReportedFacts reportedFacts() {
        return new ReportedFacts(agencyCode, provinceCode, openedOn, moneyAmount, status, collectedAmount, officerId, factsAt);
    }

    /** Puts back what {@link #reportedFacts} returned: a refused event changes nothing. */
    public void restore(ReportedFacts facts) {
        agencyCode = facts.agencyCode();
        provinceCode = facts.provinceCode();
        openedOn = facts.openedOn();
        moneyAmount = facts.moneyAmount();
        status = facts.status();
        collectedAmount = facts.collectedAmount();
        officerId = facts.officerId();
        factsAt = facts.factsAt();
    }

    /** An agency head's change of the case's categories (CaseCategorised): its business date, its time, the categories from then on. */
    public record Categorisation(UUID eventId, LocalDate on, OffsetDateTime at, String categories) {
    }

    /** By date, instant, then event id as PostgreSQL orders uuids (their hex text): the same choice in memory and in SQL. */
    private static final Comparator<Categorisation> CATEGORISATION_ORDER = Comparator.comparing(Categorisation::on)
            .thenComparing(c -> c.at().toInstant()).thenComparing(c -> c.eventId().toString());

    /**
     * What the case is as an event of {@code at} reported it: its kind (EX_OFFICIO, ON_REQUEST; null
     * from events before kinds were sent) and its categories, comma-separated. A report older than
     * the one held does not replace it (as the view's stored class, {@code class_at}). The earliest
     * report's categories are those the case had before any change of them ({@link #categoriesOn}).
     */
    public void classified(String kind, String categories, OffsetDateTime at) {
        if (at == null) {
            return;
        }
        // the earliest, ties by the categories' text, so that the arrival order never decides
        if (!firstFixed && (firstAt == null || at.isBefore(firstAt)
                || at.isEqual(firstAt) && java.util.Objects.toString(categories, "").compareTo(java.util.Objects.toString(firstCategories, "")) < 0)) {
            firstCategories = categories;
            firstAt = at;
        }
        // An administrative judgment (§3: only monitored, never in the civil figures) is what the case
        // was opened as; a later event saying otherwise must not move it into or out of past figures.
        administrative = firstCategories != null && List.of(firstCategories.split(",")).contains(ADMINISTRATIVE);
        if (classAt != null && at.isBefore(classAt)) {
            return;
        }
        this.kind = kind;
        this.categories = categories;
        this.classAt = at;
    }

    /**
     * The class as stored: the latest report's, and the earliest report's categories. A case stored
     * before migration V11 has no earliest categories (and no changes of them): the latest ones it had
     * then stand for every earlier date, fixed (first_categories without first_at), so that an older
     * event arriving late does not move it before the next rebuild.
     */
    public void storedClass(String kind, String categories, OffsetDateTime at, String firstCategories, OffsetDateTime firstAt) {
        this.kind = kind;
        this.categories = categories;
        this.classAt = at;
        this.firstCategories = firstCategories;
        this.firstAt = firstAt;
        if (firstAt == null && at != null) {
            this.firstCategories = firstCategories != null ? firstCategories : categories;
            this.firstFixed = true;
        }
    }

    /** A change of the case's categories, applied once whatever the order it arrives in. */
    public void categorised(Categorisation categorisation) {
        if (categorisations.stream().noneMatch(c -> c.eventId().equals(categorisation.eventId()))) {
            categorisations.add(categorisation);
        }
    }

    /**
     * The case's categories on {@code day}: those of the latest change of them dated that day or
     * before, or, before any, those of the earliest event about it. So a breakdown as of a past
     * date counts the case in the categories it had then, whatever order the events came in.
     */
    public String categoriesOn(LocalDate day) {
        return categorisations.stream().filter(c -> !c.on().isAfter(day)).max(CATEGORISATION_ORDER).map(Categorisation::categories)
                .orElse(firstAt != null || firstFixed ? firstCategories : categories);
    }

    /** Whether the case's categories were ever changed (CaseCategorised): then its breakdown rows depend on the day. */
    public boolean categoriesChanged() {
        return !categorisations.isEmpty();
    }

    public String firstCategories() {
        return firstCategories;
    }

    public OffsetDateTime firstAt() {
        return firstAt;
    }

    /** The kinds of the breakdown (issue 17, item 4); a case of none counts as UNKNOWN. */
    public static final List<String> KINDS = List.of("EX_OFFICIO", "ON_REQUEST");
    /** The categories of the breakdown (domain.md §3); LARGE_VALUE is derived from the money to enforce. */
    public static final List<String> CATEGORIES = List.of("BANK_CREDIT", "LARGE_VALUE", "COMPLEX", "STATE_BUDGET");
    /** Money to enforce above this is LARGE_VALUE (domain.md §3), whatever categories an event sent. */
    public static final long LARGE_VALUE_ABOVE = 500_000_000L;

    /**
     * The rows of the breakdown the case counts in now: {@code kind:} its kind (UNKNOWN if none) and
     * {@code category:} each of its breakdown categories, LARGE_VALUE by its amount alone.
     */
    public List<String> breakdownRows() {
        return breakdownRowsOn(LocalDate.MAX);
    }

    /** The rows of the breakdown the case counts in on {@code day}: its kind, and the categories it had then. */
    public List<String> breakdownRowsOn(LocalDate day) {
        return rowsOf(kind, categoriesOn(day));
    }

    private List<String> rowsOf(String kind, String categories) {
        List<String> rows = new ArrayList<>();
        rows.add("kind:" + (kind == null ? "UNKNOWN" : kind));
        List<String> sent = categories == null ? List.of() : java.util.Arrays.asList(categories.split(","));
        for (String category : CATEGORIES) {
            if (category.equals("LARGE_VALUE") ? moneyAmount > LARGE_VALUE_ABOVE : sent.contains(category)) {
                rows.add("category:" + category);
            }
        }
        return rows;
    }

    /** A day's change of the case's figures in one agency and one row of the breakdown. */
    public record RowDay(LocalDate day, String agencyCode, String row) {
    }

    /**
     * The case's {@code share} of the figures ({@link #contributions}) spread over the rows of the
     * breakdown: each day's change goes to the rows of the categories the case had that day, and on a
     * day they changed, what it had counted so far in the work year moves from the rows of the old
     * ones to those of the new ones. Summing a row's changes of a year up to D gives the case's
     * figures as of D if it was in that row on D, nothing otherwise.
     */
    public Map<RowDay, long[]> breakdownShare(Map<AgencyDay, long[]> share) {
        Map<RowDay, long[]> changes = new java.util.HashMap<>();
        if (categorisations.isEmpty()) {
            List<String> rows = breakdownRows();
            share.forEach((key, v) -> rows.forEach(row -> changes.put(new RowDay(key.day(), key.agencyCode(), row), v.clone())));
            return changes;
        }
        // the days to walk in each work year and agency: those of the share, and those its categories changed
        Map<YearAndAgency, TreeMap<LocalDate, long[]>> byYearAndAgency = new java.util.HashMap<>();
        share.forEach((key, v) -> byYearAndAgency.computeIfAbsent(new YearAndAgency(workYearOf(key.day()), key.agencyCode()),
                k -> new TreeMap<>()).put(key.day(), v));
        byYearAndAgency.forEach((yearAndAgency, days) -> {
            int year = yearAndAgency.year();
            String agency = yearAndAgency.agencyCode();
            TreeSet<LocalDate> walk = new TreeSet<>(days.keySet());
            for (Categorisation c : categorisations) {
                if (!c.on().isBefore(yearStart(year)) && !c.on().isAfter(yearEnd(year))) {
                    walk.add(c.on());
                }
            }
            long[] counted = new long[CountedFigures.SIZE];
            List<String> held = null;
            for (LocalDate day : walk) {
                List<String> rows = breakdownRowsOn(day);
                if (held != null && !held.equals(rows) && !CountedFigures.isZero(counted)) {
                    long[] moved = counted.clone();
                    held.forEach(row -> addTo(changes, new RowDay(day, agency, row), CountedFigures.minus(new long[CountedFigures.SIZE], moved)));
                    rows.forEach(row -> addTo(changes, new RowDay(day, agency, row), moved));
                }
                held = rows;
                long[] change = days.get(day);
                if (change != null) {
                    rows.forEach(row -> addTo(changes, new RowDay(day, agency, row), change));
                    CountedFigures.addTo(counted, change);
                }
            }
        });
        changes.values().removeIf(CountedFigures::isZero);
        return changes;
    }

    private record YearAndAgency(int year, String agencyCode) {
    }

    private static void addTo(Map<RowDay, long[]> changes, RowDay key, long[] change) {
        CountedFigures.addTo(changes.computeIfAbsent(key, k -> new long[CountedFigures.SIZE]), change);
    }

    public void verified(Verification verification) {
        verifications.add(verification);
    }

    public void collected(Collection collection) {
        collections.add(collection);
    }

    public void reduced(Reduction reduction) {
        reductions.add(reduction);
    }

    /**
     * Why the view cannot take this collection or reduction of {@code amount}, if it cannot: the
     * collections and reductions of a case never exceed its money to enforce (they would make money
     * figures negative).
     */
    public java.util.Optional<String> cannotSettle(long amount) {
        long after = Math.addExact(settledBetween(LocalDate.MIN, LocalDate.MAX), amount);
        return after > moneyAmount ? java.util.Optional.of("Collections and reductions of case " + caseId + " would reach " + after
                + " VND, more than its " + moneyAmount + " VND to enforce") : java.util.Optional.empty();
    }

    public void assigned(Assignment assignment) {
        assignments.add(assignment);
    }

    /** The officer holding the case on {@code day}: the last assignment from that day or before. */
    public UUID officerOn(LocalDate day) {
        return assignments.stream().filter(a -> !a.on().isAfter(day)).max(ASSIGNMENT_ORDER).map(Assignment::officerId).orElse(null);
    }

    public void statusChanged(StatusChange change) {
        statusChanges.add(change);
    }

    public void delegated(LocalDate on) {
        delegatedOn = on;
    }

    public void closed(Outcome outcome, LocalDate on) {
        this.outcome = outcome;
        closedOn = on;
    }

    public void contributedThrough(int workYear) {
        contributedThrough = workYear;
    }

    public static int workYearOf(LocalDate day) {
        return WorkYear.of(day).year();
    }

    public static LocalDate yearStart(int workYear) {
        return new WorkYear(workYear).start();
    }

    public static LocalDate yearEnd(int workYear) {
        return new WorkYear(workYear).end();
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
     * The case's share of the counted figures (see {@link CountedFigures}) of work year
     * {@code workYear} as of {@code asOf}: domain.md §6 applied to one case.
     * <ul>
     * <li>A carried-in case counts with what was outstanding on 1 October, a new case with its
     * full amount; collections count in money done up to the date the case became final.
     * <li>Exemptions and reductions (miễn, giảm) are no longer outstanding from their decision's
     * date and count in money done (money reduced) in the period of that date, like collections.
     * <li>Money without conditions, postponed, suspended or terminated is what is outstanding:
     * what was collected earlier in the year stays in money with conditions and in money done
     * (100M new, 40M collected, then NO_CONDITIONS: without 60M, with 40M, done 40M).
     * <li>Money delegated is what was outstanding on the day of delegation.
     * <li>A postponed or suspended case counts as with conditions, whatever its last verification.
     * <li>An administrative judgment counts only in the administrative block: complied when its
     * monitoring ended by compliance (closed COMPLETED), compelled and reported when such a step is
     * dated in the year up to the as-of date.
     * </ul>
     */
    public long[] figuresAt(int workYear, LocalDate asOf) {
        long[] v = new long[CountedFigures.SIZE];
        LocalDate start = yearStart(workYear);
        LocalDate finalOn = finalOn();
        if (openedOn == null || openedOn.isAfter(asOf) || (finalOn != null && finalOn.isBefore(start))) {
            return v;
        }
        boolean carriedIn = openedOn.isBefore(start);
        boolean delegated = delegatedOn != null && !delegatedOn.isAfter(asOf);
        boolean closed = !delegated && closedOn != null && !closedOn.isAfter(asOf);
        if (administrative) {
            v[carriedIn ? CountedFigures.ADMINISTRATIVE_CARRIED_IN : CountedFigures.ADMINISTRATIVE_NEWLY_ACCEPTED] = 1;
            v[CountedFigures.ADMINISTRATIVE_FINISHED] = delegated || closed ? 1 : 0;
            v[CountedFigures.ADMINISTRATIVE_COMPLIED] = closed && outcome == Outcome.COMPLETED ? 1 : 0;
            v[CountedFigures.ADMINISTRATIVE_COMPELLED] = changedInYear(Change.COMPELLED, start, asOf) ? 1 : 0;
            v[CountedFigures.ADMINISTRATIVE_REPORTED] = changedInYear(Change.REPORTED, start, asOf) ? 1 : 0;
            return v;
        }
        boolean open = !delegated && !closed;
        long amount = Math.subtractExact(moneyAmount, carriedIn ? settledBetween(LocalDate.MIN, start.minusDays(1)) : 0);
        LocalDate countedUntil = finalOn != null && finalOn.isBefore(asOf) ? finalOn : asOf;
        long collected = sum(collections, Collection::on, Collection::amount, start, countedUntil);
        long reduced = sum(reductions, Reduction::on, Reduction::amount, start, countedUntil);
        long outstanding = Math.subtractExact(Math.subtractExact(amount, collected), reduced);
        Classification classification = verifications.stream().filter(x -> !x.on().isAfter(asOf)).max(VERIFICATION_ORDER)
                .map(Verification::result).orElse(null);
        Change lastChange = statusChanges.stream().filter(x -> !x.on().isAfter(asOf)).max(CHANGE_ORDER)
                .map(StatusChange::change).orElse(null);
        boolean paused = lastChange == Change.POSTPONED || lastChange == Change.SUSPENDED;
        set(v, CountedFigures.CARRIED_IN, carriedIn, amount);
        set(v, CountedFigures.NEWLY_ACCEPTED, !carriedIn, amount);
        set(v, CountedFigures.DELEGATED, delegated, outstanding);
        set(v, CountedFigures.WITHOUT_CONDITIONS, open && !paused && classification == Classification.NO_CONDITIONS, outstanding);
        set(v, CountedFigures.COMPLETED, closed && outcome == Outcome.COMPLETED, 0);
        set(v, CountedFigures.TERMINATED, closed && outcome == Outcome.TERMINATED, outstanding);
        set(v, CountedFigures.POSTPONED, open && lastChange == Change.POSTPONED, outstanding);
        set(v, CountedFigures.SUSPENDED, open && lastChange == Change.SUSPENDED, outstanding);
        // money done by collection: every collection of the year, on any case, before it became final
        v[CountedFigures.MONEY + CountedFigures.COMPLETED] = collected;
        // money done by exemption or reduction
        v[CountedFigures.MONEY_REDUCED] = reduced;
        return v;
    }

    /**
     * The day-by-day changes of the case's figures in every work year from its opening through
     * {@code throughYear}: on 1 October its state carried in, then a change on each day something
     * happened. Summing a year's changes up to D gives {@link #figuresAt}(year, D).
     */
    public Map<AgencyDay, long[]> contributions(int throughYear) {
        Map<AgencyDay, long[]> changes = new TreeMap<>();
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
            long[] before = new long[CountedFigures.SIZE];
            for (LocalDate day : days) {
                long[] now = figuresAt(year, day);
                long[] change = CountedFigures.minus(now, before);
                if (!CountedFigures.isZero(change)) {
                    changes.put(new AgencyDay(day, agencyCode), change);
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
        reductions.forEach(x -> dates.add(x.on()));
        statusChanges.forEach(x -> dates.add(x.on()));
        if (delegatedOn != null) {
            dates.add(delegatedOn);
        }
        if (closedOn != null) {
            dates.add(closedOn);
        }
        return dates;
    }

    private boolean changedInYear(Change change, LocalDate start, LocalDate asOf) {
        return statusChanges.stream().anyMatch(x -> x.change() == change && !x.on().isBefore(start) && !x.on().isAfter(asOf));
    }

    /** Collected and reduced from {@code from} to {@code to}. */
    private long settledBetween(LocalDate from, LocalDate to) {
        return Math.addExact(sum(collections, Collection::on, Collection::amount, from, to),
                sum(reductions, Reduction::on, Reduction::amount, from, to));
    }

    private static <T> long sum(List<T> facts, java.util.function.Function<T, LocalDate> on, java.util.function.ToLongFunction<T> amount,
                                LocalDate from, LocalDate to) {
        long sum = 0;
        for (T fact : facts) {
            LocalDate day = on.apply(fact);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                sum = Math.addExact(sum, amount.applyAsLong(fact));
            }
        }
        return sum;
    }

    private static void set(long[] v, int figure, boolean counted, long money) {
        if (counted) {
            v[figure] = 1;
            v[CountedFigures.MONEY + figure] = money;
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

    public boolean administrative() {
        return administrative;
    }

    public LocalDate delegatedOn() {
        return delegatedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Outcome outcome() {
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
