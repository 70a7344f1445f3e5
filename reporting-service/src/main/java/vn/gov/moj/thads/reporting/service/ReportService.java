package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.api.Page;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.model.AdministrativeFigures;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.FigureVector;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.model.OfficerTarget;
import vn.gov.moj.thads.reporting.model.Target;
import vn.gov.moj.thads.reporting.model.TargetRates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Enforcement results against targets, the same period last year, rankings, complaint statistics. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    public record TargetResult(BigDecimal result, BigDecimal target, BigDecimal difference, Boolean met) {
        static TargetResult of(BigDecimal result, BigDecimal target) {
            if (target == null) {
                return new TargetResult(result, null, null, null);
            }
            if (result == null) {
                return new TargetResult(null, target, null, false);
            }
            return new TargetResult(result, target, result.subtract(target), result.compareTo(target) >= 0);
        }
    }

    public record Targets(TargetResult caseRate, TargetResult moneyRate, TargetResult carriedOverCaseReduction,
                          TargetResult carriedOverMoneyReduction) {
        boolean allMet() {
            return List.of(caseRate, moneyRate, carriedOverCaseReduction, carriedOverMoneyReduction).stream()
                    .allMatch(t -> Boolean.TRUE.equals(t.met()));
        }
    }

    /** The same date last year, with the units the report's own date has (domain.md §2). */
    public record PreviousYear(int workYear, LocalDate asOf, Figures cases, Figures money) {
    }

    /** Differences in percentage points against the same as-of date of the previous work year. */
    public record Change(BigDecimal caseRate, BigDecimal moneyRate, BigDecimal carriedOverCaseReduction,
                         BigDecimal carriedOverMoneyReduction) {
    }

    /**
     * {@code includedUnits}: the units whose records the figures hold on the as-of date (the unit
     * and those merged into it before then). {@code administrative}: the administrative judgments
     * monitored, never in the civil figures (domain.md §3).
     */
    public record EnforcementReport(String orgUnit, String orgUnitName, int workYear, LocalDate asOf, List<String> includedUnits,
                                    Figures cases, Figures money, AdministrativeFigures administrative, Targets targets,
                                    PreviousYear previousYear, Change change) {
    }

    /**
     * A child unit. {@code ownCases}: a province's own cases beside its local offices (not
     * ranked); {@code existsOnAsOf} false: a unit that did not exist on the date but holds
     * records then (not ranked). Children always add up to their parent.
     */
    public record ChildRow(String orgUnit, String orgUnitName, boolean ownCases, boolean existsOnAsOf, Figures cases, Figures money,
                           AdministrativeFigures administrative, Targets targets, Integer rankByCaseRate, Integer rankByMoneyRate,
                           boolean meetsAllTargets) {
        ChildRow ranked(Integer byCases, Integer byMoney) {
            return new ChildRow(orgUnit, orgUnitName, ownCases, existsOnAsOf, cases, money, administrative, targets, byCases, byMoney,
                    meetsAllTargets);
        }

        boolean rankable() {
            return !ownCases && existsOnAsOf;
        }
    }

    public record Children(String orgUnit, int workYear, LocalDate asOf, List<ChildRow> children, long meetingAllTargets) {
    }

    /** An officer's figures for the work year as of the month's end, what they did in the month, and their targets for it. */
    public record OfficerRow(UUID officerId, Figures cases, Figures money, long doneInMonth, long collectedInMonth,
                             Targets targets, boolean meetsAllTargets) {
    }

    public record Officers(String agency, YearMonth month, int workYear, LocalDate asOf, List<OfficerRow> officers) {
    }

    public record ComplaintStatistics(String orgUnit, LocalDate from, LocalDate to, long received, Map<String, Long> receivedByType,
                                      long accepted, long resolved, Map<String, Long> resolvedByDecision, long resolvedOnTime,
                                      long overdue, long transferred, long overLevel, long repeat, long withdrawn) {
    }

    private final FigureQuery figures;
    private final DrillDown drillDown;
    private final OrgUnits orgUnits;
    private final Caller caller;
    private final EntityManager em;
    private final Clock clock;

    public ReportService(FigureQuery figures, DrillDown drillDown, OrgUnits orgUnits, Caller caller, EntityManager em, Clock clock) {
        this.clock = clock;
        this.figures = figures;
        this.drillDown = drillDown;
        this.orgUnits = orgUnits;
        this.caller = caller;
        this.em = em;
    }

    public EnforcementReport enforcement(String orgUnit, int workYear, LocalDate asOf) {
        requireReadable(orgUnit);
        LocalDate checkedAsOf = checkAsOf(workYear, asOf);
        var now = figures.figures(orgUnit, workYear, checkedAsOf, checkedAsOf);
        LocalDate previousAsOf = checkedAsOf.minusYears(1);
        var before = figures.figures(orgUnit, workYear - 1, previousAsOf, checkedAsOf);
        List<String> included = OrgUnits.NATIONAL.equals(orgUnit) ? List.of(orgUnit)
                : orgUnits.compositionOn(orgUnit, checkedAsOf).units().stream().sorted().toList();
        return new EnforcementReport(orgUnit, orgUnits.nameOn(orgUnit, checkedAsOf), workYear, checkedAsOf, included, now.cases(),
                now.money(), now.administrative(),
                targets(orgUnit, workYear, now), new PreviousYear(workYear - 1, previousAsOf, before.cases(), before.money()),
                new Change(minus(now.cases().rate(), before.cases().rate()), minus(now.money().rate(), before.money().rate()),
                        minus(now.cases().carriedOverReduction(), before.cases().carriedOverReduction()),
                        minus(now.money().carriedOverReduction(), before.money().carriedOverReduction())));
    }

    public DrillDown.FigurePage cases(String orgUnit, int workYear, LocalDate asOf, String figure, String measure, int page, int size) {
        requireReadable(orgUnit);
        return drillDown.cases(orgUnit, workYear, checkAsOf(workYear, asOf), figure, measure, page, size);
    }

    public Children children(String orgUnit, int workYear, LocalDate asOf) {
        requireReadable(orgUnit);
        LocalDate checkedAsOf = checkAsOf(workYear, asOf);
        List<ChildRow> rows = new ArrayList<>();
        for (FigureQuery.Child child : figures.children(orgUnit, workYear, checkedAsOf)) {
            var f = child.figures();
            Targets t = child.ownCases() ? targets(f.cases(), f.money(), null) : targets(child.code(), workYear, f);
            rows.add(new ChildRow(child.code(), child.name(), child.ownCases(), child.existsOnAsOf(), f.cases(), f.money(),
                    f.administrative(), t, null, null, t.allMet()));
        }
        List<ChildRow> ranked = new ArrayList<>();
        for (ChildRow row : rows) {
            ranked.add(row.rankable() ? row.ranked(rank(rows, row, r -> r.cases().rate()), rank(rows, row, r -> r.money().rate())) : row);
        }
        ranked.sort(Comparator.comparing(ChildRow::ownCases).reversed()
                .thenComparing(ChildRow::rankByCaseRate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ChildRow::orgUnit));
        return new Children(orgUnit, workYear, checkedAsOf, ranked, ranked.stream().filter(ChildRow::meetsAllTargets).count());
    }

    /** 1 = best among the units that exist on the date; equal rates share a rank (1, 2, 2, 4); a unit without a rate is not ranked. */
    private static Integer rank(List<ChildRow> rows, ChildRow row, Function<ChildRow, BigDecimal> rate) {
        BigDecimal mine = rate.apply(row);
        return mine == null ? null : 1 + (int) rows.stream().filter(ChildRow::rankable).map(rate)
                .filter(other -> other != null && other.compareTo(mine) > 0).count();
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
        Map<UUID, long[]> now = drillDown.byOfficer(agency, workYear, asOf);
        Map<UUID, long[]> work = drillDown.monthWorkByOfficer(agency, month.atDay(1), asOf);
        Map<UUID, OfficerTarget> targets = OfficerTarget.ofAgency(month.atDay(1), agency).stream()
                .collect(java.util.stream.Collectors.toMap(OfficerTarget::officerId, t -> t));
        java.util.Set<UUID> officers = new java.util.TreeSet<>(now.keySet());
        officers.addAll(work.keySet());
        officers.addAll(targets.keySet());
        List<OfficerRow> rows = new ArrayList<>();
        for (UUID officer : officers) {
            long[] v = now.getOrDefault(officer, new long[FigureVector.SIZE]);
            long[] w = work.getOrDefault(officer, new long[2]);
            Figures cases = FigureVector.cases(v);
            Figures money = FigureVector.money(v);
            OfficerTarget t = targets.get(officer);
            Targets result = targets(cases, money, t == null ? null : t.rates());
            rows.add(new OfficerRow(officer, cases, money, w[0], w[1], result, result.allMet()));
        }
        return new Officers(agency, month, workYear, asOf, rows);
    }

    public ComplaintStatistics complaints(String orgUnit, LocalDate from, LocalDate to) {
        requireReadable(orgUnit);
        if (from == null || to == null || to.isBefore(from)) {
            throw ProblemException.invalidField("to", "from and to are required, with to not before from");
        }
        boolean national = OrgUnits.NATIONAL.equals(orgUnit);
        // the units of the period's end (domain.md §2)
        List<String> units = national ? List.of("-") : List.copyOf(orgUnits.compositionOn(orgUnit, to).units());
        String scope = " from complaint_fact c where (:national or c.competent_agency in (:units)"
                + " or split_part(c.competent_agency, '.', 1) in (:units))";
        // overdue as at the period's end: the due date the petition had then (complaint_due) had passed, so a
        // past period never changes because of something dated later (domain.md §6)
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where received_on between :from and :to),"
                        + " count(*) filter (where accepted_on between :from and :to),"
                        + " count(*) filter (where resolved_on between :from and :to),"
                        + " count(*) filter (where resolved_on between :from and :to and on_time),"
                        + " count(*) filter (where received_on <= :to and (select d.due_on from complaint_due d"
                        + " where d.complaint_id = c.complaint_id and d.effective_on <= :to"
                        + " order by d.effective_on desc, d.occurred_at desc limit 1) < :to),"
                        + " count(*) filter (where transferred_on between :from and :to),"
                        + " count(*) filter (where received_on between :from and :to and jurisdiction = 'OVER_LEVEL'),"
                        + " count(*) filter (where received_on between :from and :to and repeat),"
                        + " count(*) filter (where withdrawn_on between :from and :to)" + scope)
                .setParameter("national", national).setParameter("units", units)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Map<String, Long> byType = grouped("type", "received_on", scope, national, units, from, to);
        Map<String, Long> byDecision = grouped("decision", "resolved_on", scope, national, units, from, to);
        return new ComplaintStatistics(orgUnit, from, to, n(row[0]), byType, n(row[1]), n(row[2]), byDecision, n(row[3]),
                n(row[4]), n(row[5]), n(row[6]), n(row[7]), n(row[8]));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String column, String dateColumn, String scope, boolean national, List<String> units,
                                      LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select " + column + ", count(*)" + scope + " and " + dateColumn
                        + " between :from and :to group by " + column + " order by " + column)
                .setParameter("national", national).setParameter("units", units)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> result = new java.util.LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], n(r[1])));
        return result;
    }

    private Targets targets(String orgUnit, int workYear, FigureQuery.CasesAndMoney f) {
        Target t = Target.findById(new Target.Key(workYear, orgUnit));
        return targets(f.cases(), f.money(), t == null ? null : t.rates());
    }

    /** The four results beside the four targets (case rate, money rate, the two carried-over reductions), if any. */
    private static Targets targets(Figures cases, Figures money, TargetRates targets) {
        TargetRates t = targets == null ? new TargetRates(null, null, null, null) : targets;
        return new Targets(TargetResult.of(cases.rate(), t.caseRate()), TargetResult.of(money.rate(), t.moneyRate()),
                TargetResult.of(cases.carriedOverReduction(), t.carriedOverCaseReduction()),
                TargetResult.of(money.carriedOverReduction(), t.carriedOverMoneyReduction()));
    }

    public void requireReadable(String orgUnit) {
        if (!OrgUnits.NATIONAL.equals(orgUnit) && !orgUnits.isKnown(orgUnit)) {
            throw ProblemException.notFound("Org unit " + orgUnit);
        }
        boolean reader = caller.hasRole(Role.MINISTRY) || caller.hasRole(Role.STATISTICS_CLIENT)
                || caller.hasRole(Role.PROVINCE) || caller.hasRole(Role.AGENCY_HEAD);
        if (!reader || !(caller.scope().nationwide() || (!OrgUnits.NATIONAL.equals(orgUnit) && caller.scope().covers(orgUnit)))) {
            throw ProblemException.forbidden("Reports of " + orgUnit + " are outside your scope");
        }
    }

    private static LocalDate checkAsOf(int workYear, LocalDate asOf) {
        LocalDate start = FigureQuery.yearStart(workYear);
        LocalDate end = LocalDate.of(workYear, 9, 30);
        LocalDate date = asOf == null ? end : asOf;
        if (date.isBefore(start) || date.isAfter(end)) {
            throw ProblemException.invalidField("asOf", "must lie in work year " + workYear + " (" + start + " to " + end + ")");
        }
        return date;
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
