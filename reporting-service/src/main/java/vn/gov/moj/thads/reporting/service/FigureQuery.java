package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.platform.security.AgencyScope;
import vn.gov.moj.thads.reporting.model.AdministrativeFigures;
import vn.gov.moj.thads.reporting.model.CaseTimeline;
import vn.gov.moj.thads.reporting.model.CountedFigures;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository.AgencyFigures;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of an org unit from the daily figures, with the composition of a date (domain.md
 * §2): a unit's figures include the units that had closed by then and whose successor chain
 * leads to it, and no unit that still existed. One query reads each province's rows (for the
 * country and for a province) or each agency's (for a province's children or an office), at most
 * one work year of month rows and one month of day rows each.
 */
@ApplicationScoped
public class FigureQuery {

    public record CasesAndMoney(Figures cases, Figures money, AdministrativeFigures administrative) {
        public static CasesAndMoney of(BigInteger[] v) {
            return new CasesAndMoney(CountedFigures.cases(v), CountedFigures.money(v), CountedFigures.administrative(v));
        }
    }

    /**
     * A child of a unit in a report as of a date. {@code ownCases}: the provincial agency's own
     * cases, beside its local offices. {@code existsOnAsOf} false: a unit that did not exist on
     * the date but holds records then (a case recorded at an office created later), listed so
     * that the children always add up to their parent.
     */
    public record Child(String code, String name, boolean ownCases, boolean existsOnAsOf, CasesAndMoney figures) {
    }

    @Inject FigureAggregateRepository aggregates;
    @Inject OrgUnits orgUnits;

    public static LocalDate yearStart(int workYear) {
        return CaseTimeline.yearStart(workYear);
    }

    /**
     * The unit's figures of work year {@code workYear} as of {@code asOf}, made of the units it
     * was made of on {@code compositionDate}: the as-of date itself, or for the same date last
     * year the report's own date, so that the two are comparable across a merger.
     */
    public CasesAndMoney figures(String unit, int workYear, LocalDate asOf, LocalDate compositionDate) {
        return CasesAndMoney.of(counted(unit, workYear, asOf, compositionDate));
    }

    /** The counted figures ({@link CountedFigures}) behind {@link #figures}. */
    public BigInteger[] counted(String unit, int workYear, LocalDate asOf, LocalDate compositionDate) {
        return counted(unit, List.of(new FigureAggregateRepository.Period(workYear, asOf)), compositionDate).get(0);
    }

    /** As {@link #counted(String, int, LocalDate, LocalDate)} for several periods, read by one statement. */
    public List<BigInteger[]> counted(String unit, List<FigureAggregateRepository.Period> periods, LocalDate compositionDate) {
        AgencyScope composition = orgUnits.compositionOn(unit, compositionDate);
        boolean local = unit.contains(".");
        List<List<AgencyFigures>> rows = local
                ? aggregates.figures(periods, FigureAggregateRepository.Scope.AGENCIES, composition.units())
                : aggregates.figures(periods, FigureAggregateRepository.Scope.COUNTRY, List.of());
        List<BigInteger[]> sums = new ArrayList<>();
        for (List<AgencyFigures> period : rows) {
            BigInteger[] sum = CountedFigures.zero();
            for (AgencyFigures row : period) {
                // province rows are keyed by province code: a province covers its merged provinces and their offices
                if (composition.nationwide() || composition.covers(row.agencyCode())) {
                    CountedFigures.addTo(sum, row.figures());
                }
            }
            sums.add(sum);
        }
        return sums;
    }

    /**
     * The counted figures of the country or a province by kind and by category ({@code kind:…},
     * {@code category:…}), from the provinces' breakdown rows with the composition of the date, as
     * {@link #counted}; {@code total}: the unit's counted figures, of which the kind not kept is the
     * rest ({@link FigureAggregateRepository#DERIVED_ROW}). A row no case of the unit counts in is
     * left out (as {@link DrillDown#breakdown}).
     */
    public Map<String, BigInteger[]> breakdown(String unit, int workYear, LocalDate asOf, BigInteger[] total) {
        AgencyScope composition = orgUnits.compositionOn(unit, asOf);
        Map<String, BigInteger[]> sums = new java.util.TreeMap<>();
        BigInteger[] rest = total.clone();
        for (FigureAggregateRepository.BreakdownFigures row : aggregates.breakdown(workYear, asOf)) {
            if (composition.nationwide() || composition.covers(row.provinceCode())) {
                CountedFigures.addTo(sums.computeIfAbsent(row.row(), k -> CountedFigures.zero()), row.figures());
                if (row.row().startsWith("kind:")) {
                    rest = CountedFigures.minus(rest, row.figures());
                }
            }
        }
        sums.put(FigureAggregateRepository.DERIVED_ROW, rest);
        sums.values().removeIf(CountedFigures::isZero);
        return sums;
    }

    /**
     * The children of {@code parent} as of {@code asOf}, which add up to it for every figure: the
     * provinces of that date for the country; for a province, its own cases and the local
     * offices of that date; none for a local office. A province closed by then is shown as it was on
     * its last day (its offices then, each holding its own cases), not through its successors: Hà Nam
     * (35) as of 2026-03-31 has Phủ Lý's office 35.01, not Ninh Bình's 37.02 that holds its cases now.
     */
    public List<Child> children(String parent, int workYear, LocalDate asOf) {
        if (parent.contains(".")) {
            return List.of();
        }
        LocalDate unitsOn = orgUnits.find(parent).filter(u -> u.endedBefore(asOf)).map(OrgUnit::validTo).orElse(asOf);
        boolean national = OrgUnits.NATIONAL.equals(parent);
        List<AgencyFigures> rows = national
                ? aggregates.figures(workYear, asOf, FigureAggregateRepository.Scope.COUNTRY, List.of())
                : aggregates.figures(workYear, asOf, FigureAggregateRepository.Scope.PROVINCES,
                orgUnits.compositionOn(parent, asOf).units());
        Map<String, BigInteger[]> sums = new LinkedHashMap<>();
        Map<String, Boolean> own = new LinkedHashMap<>();
        if (!national) {
            sums.put(parent, CountedFigures.zero());
            own.put(parent, true);
        }
        for (OrgUnit child : orgUnits.children(parent, unitsOn)) {
            sums.put(child.code(), CountedFigures.zero());
            own.put(child.code(), false);
        }
        AgencyScope composition = national ? AgencyScope.national() : orgUnits.compositionOn(parent, asOf);
        for (AgencyFigures row : rows) {
            if (!composition.covers(row.agencyCode())) {
                continue;
            }
            // a row of a province (or of a provincial agency) is held by the province of that date; a local office's by its successor of that date
            String holder = orgUnits.representativeOn(row.agencyCode(), unitsOn);
            if (!national && !holder.contains(".")) {
                holder = parent;
            }
            own.putIfAbsent(holder, false);
            CountedFigures.addTo(sums.computeIfAbsent(holder, k -> CountedFigures.zero()), row.figures());
        }
        List<Child> children = new ArrayList<>();
        sums.forEach((code, v) -> children.add(new Child(code, orgUnits.nameOn(code, unitsOn), own.get(code),
                orgUnits.isKnown(code) && orgUnits.find(code).get().validOn(asOf), CasesAndMoney.of(v))));
        return children;
    }
}
