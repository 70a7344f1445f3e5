package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.calendar.WorkYear;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.api.Breakdown;
import vn.gov.moj.thads.reporting.api.Change;
import vn.gov.moj.thads.reporting.api.ChildRow;
import vn.gov.moj.thads.reporting.api.Children;
import vn.gov.moj.thads.reporting.api.ComplaintStatistics;
import vn.gov.moj.thads.reporting.api.EnforcementReport;
import vn.gov.moj.thads.reporting.api.OfficerRow;
import vn.gov.moj.thads.reporting.api.Officers;
import vn.gov.moj.thads.reporting.api.PreviousYear;
import vn.gov.moj.thads.reporting.api.TargetResult;
import vn.gov.moj.thads.reporting.api.Targets;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.model.OfficerTarget;
import vn.gov.moj.thads.reporting.model.Ranking;
import vn.gov.moj.thads.reporting.model.TargetRates;
import vn.gov.moj.thads.reporting.model.TargetVersion;
import vn.gov.moj.thads.reporting.api.TargetVersionView;
import vn.gov.moj.thads.reporting.repository.ComplaintStatisticsRepository;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Enforcement results against targets, the same period last year, rankings, complaint statistics. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    @Inject FigureQuery figures;
    @Inject ComplaintStatisticsRepository complaintStatistics;
    @Inject DrillDown drillDown;
    @Inject CaseByCase caseByCase;
    @Inject ReportAnswers answers;
    @Inject FigureAggregateRepository aggregates;
    @Inject OrgUnits orgUnits;
    @Inject Caller caller;
    @Inject Clock clock;

    /** What a report answers for: its name and parameters (the caller's access is checked before, on every request). */
    private record Question(String report, String orgUnit, int workYear, LocalDate asOf) {
    }

    /** A report of a unit's work year as of a date. */
    @FunctionalInterface
    private interface UnitReport<T> {
        T of(String orgUnit, int workYear, LocalDate asOf);
    }

    /** The caller's access and the date checked on every request; the answer from memory while the view's data has not moved. */
    private <T> T answered(String report, String orgUnit, int workYear, LocalDate asOf, Class<T> type, UnitReport<T> compute) {
        requireReadable(orgUnit);
        LocalDate checkedAsOf = reportDate(workYear, asOf);
        return answers.answer(new Question(report, orgUnit, workYear, checkedAsOf), type, () -> compute.of(orgUnit, workYear, checkedAsOf));
    }

    public EnforcementReport enforcement(String orgUnit, int workYear, LocalDate asOf) {
        return answered("enforcement", orgUnit, workYear, asOf, EnforcementReport.class, this::enforcementOf);
    }

    /** The figures, targets and last year's figures of the unit (the figure tables and target_version: ReportAnswers). */
    private EnforcementReport enforcementOf(String orgUnit, int workYear, LocalDate checkedAsOf) {
        LocalDate previousAsOf = WorkYear.sameDateYearsBefore(checkedAsOf, 1);
        // this year's and last year's figures in one statement
        List<BigInteger[]> both = figures.counted(orgUnit, List.of(new FigureAggregateRepository.Period(workYear, checkedAsOf),
                new FigureAggregateRepository.Period(workYear - 1, previousAsOf)), checkedAsOf);
        var now = FigureQuery.CasesAndMoney.of(both.get(0));
        var before = FigureQuery.CasesAndMoney.of(both.get(1));
        TargetVersion target = TargetVersion.latest(workYear, orgUnit);
        return new EnforcementReport(orgUnit, orgUnits.nameOn(orgUnit, checkedAsOf), workYear, checkedAsOf,
                includedUnits(orgUnit, checkedAsOf), now.cases(), now.money(), now.administrative(),
                targets(now.cases(), now.money(), target == null ? null : target.rates()), TargetVersionView.of(target), new PreviousYear(workYear - 1, previousAsOf, before.cases(), before.money()),
                new Change(minus(now.cases().rate(), before.cases().rate()), minus(now.money().rate(), before.money().rate()),
                        minus(now.cases().carriedOverReduction(), before.cases().carriedOverReduction()),
                        minus(now.money().carriedOverReduction(), before.money().carriedOverReduction())));
    }

    /** The units whose records a report of {@code orgUnit} as of {@code asOf} holds: the unit and those merged into it. */
    List<String> includedUnits(String orgUnit, LocalDate asOf) {
        return OrgUnits.NATIONAL.equals(orgUnit) ? List.of(orgUnit)
                : orgUnits.compositionOn(orgUnit, asOf).units().stream().sorted().toList();
    }

    /** Every figure by kind and by category, carried over with conditions, money recovered for the state budget (issue 17, item 4). */
    public Breakdown breakdown(String orgUnit, int workYear, LocalDate asOf) {
        return answered("breakdown", orgUnit, workYear, asOf, Breakdown.class, this::breakdownOf);
    }

    /**
     * The country's and a province's from the provinces' breakdown rows (a few hundred rows, like the
     * national report), once they hold every case; an office's case by case (a few thousand cases).
     */
    private Breakdown breakdownOf(String orgUnit, int workYear, LocalDate date) {
        BigInteger[] total = figures.counted(orgUnit, workYear, date, date);
        Map<String, BigInteger[]> groups = !orgUnit.contains(".") && aggregates.breakdownKept() ? figures.breakdown(orgUnit, workYear, date, total)
                : caseByCase.read(() -> drillDown.breakdown(orgUnit, workYear, date));
        List<Breakdown.Row> rows = new ArrayList<>();
        List<String> kinds = new ArrayList<>(CaseTimeline.KINDS);
        if (groups.containsKey("kind:UNKNOWN")) {
            kinds.add("UNKNOWN");
        }
        kinds.forEach(k -> rows.add(row("kind", k, groups.get("kind:" + k))));
        CaseTimeline.CATEGORIES.forEach(c -> rows.add(row("category", c, groups.get("category:" + c))));
        BigInteger[] stateBudget = groups.getOrDefault("category:STATE_BUDGET", CountedFigures.zero());
        return new Breakdown(orgUnit, orgUnits.nameOn(orgUnit, date), workYear, date, row("total", "", total), rows,
                stateBudget[CountedFigures.MONEY + CountedFigures.COMPLETED]);
    }

    private static Breakdown.Row row(String dimension, String value, BigInteger[] v) {
        BigInteger[] counted = v == null ? CountedFigures.zero() : v;
        return Breakdown.Row.of(dimension, value, CountedFigures.cases(counted), CountedFigures.money(counted));
    }

    public DrillDown.FigurePage cases(String orgUnit, int workYear, LocalDate asOf, String figure, String measure, int page, int size) {
        requireReadable(orgUnit);
        LocalDate date = reportDate(workYear, asOf);
        DrillDown.requireDrillable(orgUnit, figure, measure);
        return caseByCase.read(() -> drillDown.cases(orgUnit, workYear, date, figure, measure, page, size));
    }

    public Children children(String orgUnit, int workYear, LocalDate asOf) {
        return answered("children", orgUnit, workYear, asOf, Children.class, this::childrenOf);
    }

    /** The children's figures, targets and ranks (the figure tables and target: ReportAnswers). */
    private Children childrenOf(String orgUnit, int workYear, LocalDate checkedAsOf) {
        List<ChildRow> rows = new ArrayList<>();
        for (FigureQuery.Child child : figures.children(orgUnit, workYear, checkedAsOf)) {
            var f = child.figures();
            // a province's own cases have no targets of their own: the province's are for all of it
            TargetVersion target = child.ownCases() ? null : TargetVersion.latest(workYear, child.code());
            Targets t = targets(f.cases(), f.money(), target == null ? null : target.rates());
            rows.add(new ChildRow(child.code(), child.name(), child.ownCases(), child.existsOnAsOf(), f.cases(), f.money(),
                    f.administrative(), t, target == null ? null : target.version(), target == null ? null : target.provisional(),
                    null, null, t.allMet()));
        }
        List<ChildRow> rankable = rows.stream().filter(ChildRow::rankable).toList();
        Map<ChildRow, Integer> byCases = Ranking.by(rankable, r -> r.cases().rate());
        Map<ChildRow, Integer> byMoney = Ranking.by(rankable, r -> r.money().rate());
        List<ChildRow> ranked = new ArrayList<>(rows.stream().map(r -> r.ranked(byCases.get(r), byMoney.get(r))).toList());
        ranked.sort(Comparator.comparing(ChildRow::ownCases).reversed()
                .thenComparing(ChildRow::rankByCaseRate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ChildRow::orgUnit));
        return new Children(orgUnit, workYear, checkedAsOf, List.copyOf(ranked), ranked.stream().filter(ChildRow::meetsAllTargets).count());
    }

    /**
     * Each officer of an agency against their targets for the month: the figures of the month's
     * work year as of the month's last day (or today in the current month) of the cases they held
     * on that day, and the cases they closed and the money they collected within the month, each
     * counted for whoever held the case on the day (the assignment history).
     */
    public Officers officers(String agency, YearMonth month) {
        if (OrgUnits.NATIONAL.equals(agency)) {
            throw ProblemException.invalidField("agency", "must be an agency, not the country");
        }
        requireReadable(agency);
        LocalDate end = month.atEndOfMonth();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = end.isAfter(today) ? today : end;
        if (asOf.isBefore(month.atDay(1))) {
            throw ProblemException.invalidField("month", "must not be in the future");
        }
        int workYear = CaseTimeline.workYearOf(asOf);
        // both reads under one permit: a second refused after the first was done would throw that work away
        var read = caseByCase.read(() -> java.util.Map.entry(drillDown.byOfficer(agency, workYear, asOf),
                drillDown.monthWorkByOfficer(agency, month.atDay(1), asOf)));
        Map<UUID, BigInteger[]> now = read.getKey();
        Map<UUID, DrillDown.MonthWork> work = read.getValue();
        Map<UUID, OfficerTarget> targets = OfficerTarget.ofAgency(month.atDay(1), agency).stream()
                .collect(java.util.stream.Collectors.toMap(OfficerTarget::officerId, t -> t));
        java.util.Set<UUID> officers = new java.util.TreeSet<>(now.keySet());
        officers.addAll(work.keySet());
        officers.addAll(targets.keySet());
        List<OfficerRow> rows = new ArrayList<>();
        for (UUID officer : officers) {
            BigInteger[] v = now.getOrDefault(officer, CountedFigures.zero());
            DrillDown.MonthWork w = work.getOrDefault(officer, DrillDown.MonthWork.NONE);
            Figures cases = CountedFigures.cases(v);
            Figures money = CountedFigures.money(v);
            OfficerTarget t = targets.get(officer);
            Targets result = targets(cases, money, t == null ? null : t.rates());
            rows.add(new OfficerRow(officer, cases, money, w.done(), w.collected(), result, t == null ? null : t.version(), result.allMet()));
        }
        return new Officers(agency, month, workYear, asOf, rows);
    }

    public ComplaintStatistics complaints(String orgUnit, LocalDate from, LocalDate to) {
        requireReadable(orgUnit);
        if (from == null || to == null || to.isBefore(from)) {
            throw ProblemException.invalidField("to", "from and to are required, with to not before from");
        }
        if (to.isAfter(LocalDate.now(clock))) {
            // a petition not yet late would count as overdue at a date to come
            throw ProblemException.invalidField("to", "must not be in the future");
        }
        return asSeen(caseByCase.read(() -> complaintsCounted(orgUnit, from, to)));
    }

    /** The complaint statistics of {@code orgUnit} over a period, every count as the view holds it (the caller's checks done). */
    public ComplaintStatistics complaintsCounted(String orgUnit, LocalDate from, LocalDate to) {
        // the units of the period's end (domain.md §2)
        return complaintStatistics.of(orgUnit, orgUnits.compositionOn(orgUnit, to), from, to);
    }

    /** Complaint statistics as the caller may read them: without the repeat count for those who record petitions. */
    public ComplaintStatistics asSeen(ComplaintStatistics statistics) {
        return seesRepeats() ? statistics : statistics.withRepeatsWithheld();
    }

    /**
     * Whether the caller is told how many petitions repeated an earlier one. Whether a petitioner wrote before is part
     * of who they are (Luật Tố cáo 2018 art. 47 keeps a denouncer's identity secret): someone who can record a petition
     * could key in a suspect's ID number about an officer and read the count before and after. So it is told only to
     * those who record none (the statistics system, provincial readers). Not to an office's head either: a head
     * denounced as one of the office's officers is the person concerned, whom the complaint service keeps from those
     * repeats, and the count cannot tell whom a repeat is about.
     */
    private boolean seesRepeats() {
        return !caller.hasRole(Role.OFFICER) && !caller.hasRole(Role.AGENCY_HEAD) && !caller.hasRole(Role.MINISTRY);
    }

    /** The four results beside the four targets (case rate, money rate, the two carried-over reductions), if any. */
    static Targets targets(Figures cases, Figures money, TargetRates targets) {
        TargetRates t = targets == null ? new TargetRates(null, null, null, null) : targets;
        return new Targets(TargetResult.of(cases.rate(), t.caseRate()), TargetResult.of(money.rate(), t.moneyRate()),
                TargetResult.of(cases.carriedOverReduction(), t.carriedOverCaseReduction()),
                TargetResult.of(money.carriedOverReduction(), t.carriedOverMoneyReduction()));
    }

    public void requireReadable(String orgUnit) {
        requireKnown(orgUnit);
        if (!canRead(orgUnit)) {
            throw ProblemException.forbidden("Reports of " + orgUnit + " are outside your scope");
        }
    }

    void requireKnown(String orgUnit) {
        if (!OrgUnits.NATIONAL.equals(orgUnit) && !orgUnits.isKnown(orgUnit)) {
            throw ProblemException.notFound("Org unit " + orgUnit);
        }
    }

    /** Whether the caller reads reports of {@code orgUnit}: a reporting role whose scope covers it. */
    boolean canRead(String orgUnit) {
        boolean reader = caller.hasRole(Role.MINISTRY) || caller.hasRole(Role.STATISTICS_CLIENT)
                || caller.hasRole(Role.PROVINCE) || caller.hasRole(Role.AGENCY_HEAD);
        return reader && (caller.scope().nationwide() || (!OrgUnits.NATIONAL.equals(orgUnit) && caller.scope().covers(orgUnit)));
    }

    /** {@link #reportDate(int, LocalDate, LocalDate)} as of today. */
    LocalDate reportDate(int workYear, LocalDate asOf) {
        return reportDate(workYear, asOf, LocalDate.now(clock));
    }

    /**
     * The date a report is made as of: {@code asOf}, or without it today (the work year's last day once the year is
     * over); in the work year and not after today. Figures as of a later date would be today's under that date's name,
     * compared with last year's up to it (the whole of last year against this year so far), and a forecast from it
     * would read no gain to come in any past year.
     */
    static LocalDate reportDate(int workYear, LocalDate asOf, LocalDate today) {
        WorkYear year = new WorkYear(workYear);
        if (year.start().isAfter(today)) {
            throw ProblemException.invalidField("workYear", "must not be in the future");
        }
        LocalDate date = checkAsOf(workYear, asOf != null ? asOf : year.end().isAfter(today) ? today : year.end());
        if (date.isAfter(today)) {
            throw ProblemException.invalidField("asOf", "must not be in the future");
        }
        return date;
    }

    /** {@code asOf} (the work year's last day without it), which must lie in the work year. */
    static LocalDate checkAsOf(int workYear, LocalDate asOf) {
        LocalDate start = new WorkYear(workYear).start();
        LocalDate end = new WorkYear(workYear).end();
        LocalDate date = asOf == null ? end : asOf;
        if (date.isBefore(start) || date.isAfter(end)) {
            throw ProblemException.invalidField("asOf", "must lie in work year " + workYear + " (" + start + " to " + end + ")");
        }
        return date;
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return Figures.pointsBetween(a, b);
    }
}
