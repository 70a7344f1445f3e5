package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.FigureVector;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository.AgencyFigures;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of an org unit from the daily figures: one query returns each province's figures
 * (for the country) or each agency's (for a province or an office), at most one work year of
 * month rows and one month of day rows each, which are summed for the unit and everything below
 * it, predecessors included (domain.md §2).
 */
@ApplicationScoped
public class FigureQuery {

    public record CasesAndMoney(Figures cases, Figures money) {
    }

    private final FigureAggregateRepository aggregates;
    private final OrgUnits orgUnits;

    public FigureQuery(FigureAggregateRepository aggregates, OrgUnits orgUnits) {
        this.aggregates = aggregates;
        this.orgUnits = orgUnits;
    }

    public static LocalDate yearStart(int workYear) {
        return CaseTimeline.yearStart(workYear);
    }

    public CasesAndMoney figures(String orgUnit, int workYear, LocalDate asOf) {
        return children(orgUnit, List.of(orgUnit), workYear, asOf).get(orgUnit);
    }

    /** The figures of each of {@code units}, all of them within {@code parent}, from one query. */
    public Map<String, CasesAndMoney> children(String parent, List<String> units, int workYear, LocalDate asOf) {
        Set<String> parents = OrgUnits.NATIONAL.equals(parent) ? Set.of() : orgUnits.withPredecessors(parent);
        FigureAggregateRepository.Scope scope = OrgUnits.NATIONAL.equals(parent) ? FigureAggregateRepository.Scope.COUNTRY
                : parent.contains(".") ? FigureAggregateRepository.Scope.AGENCIES : FigureAggregateRepository.Scope.PROVINCES;
        List<AgencyFigures> agencies = aggregates.figures(workYear, asOf, scope, parents);
        Map<String, CasesAndMoney> result = new LinkedHashMap<>();
        for (String unit : units) {
            boolean all = OrgUnits.NATIONAL.equals(unit);
            Set<String> codes = all ? Set.of() : orgUnits.withPredecessors(unit);
            long[] sum = new long[FigureVector.SIZE];
            agencies.stream().filter(a -> all || codes.contains(a.agencyCode()) || codes.contains(a.provinceCode()))
                    .forEach(a -> FigureVector.addTo(sum, a.figures()));
            result.put(unit, new CasesAndMoney(FigureVector.cases(sum), FigureVector.money(sum)));
        }
        return result;
    }

    public Map<String, CasesAndMoney> childrenOf(String parent, List<OrgUnit> children, int workYear, LocalDate asOf) {
        return children(parent, children.stream().map(OrgUnit::code).toList(), workYear, asOf);
    }
}
