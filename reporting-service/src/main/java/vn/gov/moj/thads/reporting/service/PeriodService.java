package vn.gov.moj.thads.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.platform.security.Caller;
import vn.gov.moj.thads.platform.security.Role;
import vn.gov.moj.thads.reporting.api.ComplaintStatistics;
import vn.gov.moj.thads.reporting.api.LateEntries;
import vn.gov.moj.thads.reporting.api.PublicFigures;
import vn.gov.moj.thads.reporting.api.SignedReport;
import vn.gov.moj.thads.reporting.api.TargetVersionView;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.model.LateChange;
import vn.gov.moj.thads.reporting.model.PeriodDifference;
import vn.gov.moj.thads.reporting.model.SignedPeriod;
import vn.gov.moj.thads.reporting.model.TargetVersion;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Period close and sign-off, and the late-entry audit (issue 17, items 1 and 2). The head of a
 * unit closes an as-of date of a work year for their unit (a province's user their province, the
 * ministry any unit and the country): the figures are stored as a signed, immutable snapshot. A
 * period is closed once: there is no reopening in this version (a correction after the close is
 * what the late-entry report shows, beside the signed figures).
 */
@ApplicationScoped
public class PeriodService {

    @Inject ReportService reports;
    @Inject FigureQuery figures;
    @Inject OrgUnits orgUnits;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject ViewLock lock;
    @Inject ObjectMapper json;
    @Inject CaseByCase caseByCase;
    @Inject WorkYearRollover rollover;
    @ConfigProperty(name = "thads.periods.past-work-years-for-heads") int pastWorkYearsForHeads;

    @Transactional
    public SignedReport close(String orgUnit, int workYear, LocalDate asOf) {
        reports.requireKnown(orgUnit);
        String role = closingRole(orgUnit);
        LocalDate date = ReportService.checkAsOf(workYear, asOf);
        if (!OrgUnits.NATIONAL.equals(orgUnit) && !orgUnits.isAgencyValidOn(orgUnit, date)) {
            // a unit merged away before it (or made after it) signs nothing of that date: its successor's figures hold its
            // cases, and the open data would count them twice (Hà Nam's 35 beside Ninh Bình's 37 in 2026)
            throw ProblemException.unprocessable("unit-not-on-date", "Unit " + orgUnit + " did not exist on " + date
                    + ": the unit that held its records then signs its figures").with("field", "orgUnit");
        }
        SignedPeriod.requireSignableBy(role, workYear, LocalDate.now(clock), pastWorkYearsForHeads);
        SignedPeriod.requireMonthEndUnlessMinistry(role, date);
        // the cases open on 1 October are in the new year's figures before they are signed
        rollover.requireCarriedInto(workYear);
        // refused before the view is held: a date to come or a period closed already would hold it for nothing (each
        // request) until the checks in SignedPeriod.close, which stay for a close that raced this one
        SignedPeriod.requireClosable(orgUnit, workYear, date, LocalDate.now(clock), SignedPeriod.find(orgUnit, workYear, date));
        // The view alone until the commit: a batch being applied now finishes first (and is in the signed
        // figures), a batch after waits and then sees the closed period (and is a late entry). Without it
        // a batch applied during the close would be in neither.
        lock.holdAlone();
        BigInteger[] counted = figures.counted(orgUnit, workYear, date, date);
        String complaints = json(reports.complaintsCounted(orgUnit, CaseTimeline.yearStart(workYear), date));
        TargetVersion target = TargetVersion.latest(workYear, orgUnit);
        long events = ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where consumer in (?1, ?2)")
                .setParameter(1, ViewUpdater.CONSUMER).setParameter(2, ViewUpdater.COMPLAINT_CONSUMER).getSingleResult()).longValue();
        SignedPeriod period = SignedPeriod.close(orgUnit, orgUnits.nameOn(orgUnit, date), workYear, date, LocalDate.now(clock),
                reports.includedUnits(orgUnit, date), counted, complaints,
                new SignedPeriod.Signature(caller.subject(), role, events, target == null ? null : target.version()),
                SignedPeriod.find(orgUnit, workYear, date));
        period.persist();
        return view(period);
    }

    /** The role in which the caller closes {@code orgUnit}'s periods: only their own unit, their province, or (the ministry) any. */
    private String closingRole(String orgUnit) {
        Optional<String> agency = caller.agencyCode();
        if (caller.hasRole(Role.MINISTRY)) {
            return Role.MINISTRY;
        }
        if (caller.hasRole(Role.AGENCY_HEAD) && agency.filter(orgUnit::equals).isPresent()) {
            return Role.AGENCY_HEAD;
        }
        if (caller.hasRole(Role.PROVINCE) && !orgUnit.contains(".") && agency.map(OrgUnits::provinceOf).filter(orgUnit::equals).isPresent()) {
            return Role.PROVINCE;
        }
        throw ProblemException.forbidden("The period of " + orgUnit + " is closed by its own head, its province or the ministry");
    }

    public SignedReport signed(UUID id) {
        return view(readable(id));
    }

    /** The closed periods of {@code orgUnit} and the units below it that the caller reads, latest as-of date first. */
    public List<SignedReport> list(String orgUnit, Integer workYear, int page, int size) {
        reports.requireReadable(orgUnit);
        return closed(orgUnit, workYear).stream().skip((long) page * size).limit(size).map(this::view).toList();
    }

    public LateEntries lateEntries(UUID id) {
        SignedPeriod period = readable(id);
        return caseByCase.read(() -> late(period));
    }

    /** The late entries of every closed period of {@code orgUnit} and the units below it that the caller reads. */
    public List<LateEntries> lateEntries(String orgUnit, Integer workYear, int page, int size) {
        reports.requireReadable(orgUnit);
        // a page at a time: each period's entry reads its unit's figures and complaint statistics as of today
        List<SignedPeriod> periods = closed(orgUnit, workYear).stream().skip((long) page * size).limit(size).toList();
        return caseByCase.read(() -> periods.stream().map(this::late).toList());
    }

    /**
     * Open data: the signed figures of every province (not the country, not a local office) per closed period of a work
     * year; without one, of the latest work year a province signed (one year's rows, whatever the years signed).
     */
    public PublicFigures publicFigures(Integer workYear) {
        // the provinces' rows only, chosen by the database: an anonymous request reads no office's or country's row
        String provinces = "orgUnitCode not like '%.%' and orgUnitCode <> ?1";
        List<Integer> years = Panache.getEntityManager()
                .createQuery("select distinct workYear from SignedPeriod where " + provinces + " order by workYear", Integer.class)
                .setParameter(1, OrgUnits.NATIONAL).getResultList();
        Integer year = workYear != null ? workYear : years.isEmpty() ? null : years.get(years.size() - 1);
        List<SignedPeriod> periods = year == null ? List.of()
                : SignedPeriod.list(provinces + " and workYear = ?2 order by asOf, orgUnitCode", OrgUnits.NATIONAL, year);
        return new PublicFigures(year, years, periods.stream()
                .map(p -> new PublicFigures.Row(p.orgUnitCode(), p.orgUnitName(), p.workYear(), p.asOf(), p.closedAt(),
                        CountedFigures.cases(p.figures()), CountedFigures.money(p.figures()), p.digest()))
                .toList());
    }

    private List<SignedPeriod> closed(String orgUnit, Integer workYear) {
        boolean national = OrgUnits.NATIONAL.equals(orgUnit);
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (workYear != null) {
            where.append(" and workYear = :workYear");
            params.put("workYear", workYear);
        }
        if (!national) {
            // only the provinces the unit's records are in (its predecessors' too) are read, not every signed row
            where.append(" and substring(orgUnitCode, 1, 2) in :provinces");
            params.put("provinces", orgUnits.withPredecessors(orgUnit).stream().map(OrgUnits::provinceOf).distinct().toList());
        }
        List<SignedPeriod> all = SignedPeriod.list(where.toString(), params);
        return all.stream()
                .filter(p -> national || (!OrgUnits.NATIONAL.equals(p.orgUnitCode()) && orgUnits.scopeOf(orgUnit).covers(p.orgUnitCode())))
                .filter(p -> reports.canRead(p.orgUnitCode()))
                .sorted(Comparator.comparing(SignedPeriod::asOf).reversed().thenComparing(SignedPeriod::orgUnitCode))
                .toList();
    }

    private SignedPeriod readable(UUID id) {
        SignedPeriod period = SignedPeriod.findById(id);
        if (period == null || !reports.canRead(period.orgUnitCode())) {
            // the same answer whether it does not exist or is outside the caller's scope
            throw ProblemException.notFound("Closed period " + id);
        }
        return period;
    }

    private SignedReport view(SignedPeriod p) {
        BigInteger[] v = p.figures();
        var cases = CountedFigures.cases(v);
        var money = CountedFigures.money(v);
        TargetVersion target = p.targetVersion() == null ? null : TargetVersion.of(p.workYear(), p.orgUnitCode(), p.targetVersion());
        return new SignedReport(p.id(), p.orgUnitCode(), p.orgUnitName(), p.workYear(), p.asOf(), p.includedUnits(), cases, money,
                CountedFigures.administrative(v), ReportService.targets(cases, money, target == null ? null : target.rates()),
                TargetVersionView.of(target), signedComplaints(p).map(reports::asSeen).orElse(null), new SignedReport.Signature(p.closedBy(), p.closedByRole(), p.closedAt(), p.eventsApplied(),
                p.digest(), p.intact()));
    }

    private LateEntries late(SignedPeriod p) {
        BigInteger[] signed = p.figures();
        BigInteger[] today = figures.counted(p.orgUnitCode(), p.workYear(), p.asOf(), p.asOf());
        BigInteger[] none = CountedFigures.zero();
        List<LateEntries.Entry> changes = LateChange.ofPeriod(p.id()).stream()
                .map(c -> new LateEntries.Entry(c.caseId(), c.agencyCode(), c.events(), c.changedFrom(), c.recordedAt(),
                        PeriodDifference.of(none, CountedFigures.sumOf(c.figures()))))
                .toList();
        LateEntries.Complaints complaints = signedComplaints(p).map(c -> new LateEntries.Complaints(reports.asSeen(c),
                reports.asSeen(reports.complaintsCounted(p.orgUnitCode(), CaseTimeline.yearStart(p.workYear()), p.asOf())))).orElse(null);
        return new LateEntries(p.id(), p.orgUnitCode(), p.orgUnitName(), p.workYear(), p.asOf(), p.closedAt(),
                LateEntries.Side.of(signed), LateEntries.Side.of(today), PeriodDifference.of(signed, today), changes,
                complaints);
    }

    private String json(ComplaintStatistics statistics) {
        try {
            return json.writeValueAsString(statistics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Complaint statistics cannot be written", e);
        }
    }

    private Optional<ComplaintStatistics> signedComplaints(SignedPeriod p) {
        if (p.complaints() == null) {
            return Optional.empty();
        }
        try {
            // signed rows are never rewritten: a field a later version drops from the statistics must not make them unreadable
            return Optional.of(json.readerFor(ComplaintStatistics.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(p.complaints()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The signed complaint statistics of period " + p.id() + " cannot be read", e);
        }
    }
}
