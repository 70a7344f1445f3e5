package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.platform.calendar.WorkYear;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;
import vn.gov.moj.thads.reporting.api.Forecast;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.model.RateForecast;
import vn.gov.moj.thads.reporting.model.TargetRates;
import vn.gov.moj.thads.reporting.model.TargetVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The year-end forecast against target (issue 17, item 5), by {@link RateForecast}'s method. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ForecastService {

    public static final String METHOD = "Expected rate on 30 September = the rate as of the date + the average gain in percentage"
            + " points the same unit made from the same date to 30 September in its previous " + RateForecast.YEARS
            + " work years (those with both rates), kept within 0-100; computed separately for the case rate and the money rate,"
            + " with the units as they are on the date. Error on past years: the mean absolute difference between what this"
            + " method would have forecast for each past year (from the years before it) and the rate that year reached.";
    /** Past years read for the history: the method's years and, for its error, the years those are forecast from. */
    private static final int HISTORY = 2 * RateForecast.YEARS;

    @Inject ReportService reports;
    @Inject FigureQuery figures;
    @Inject OrgUnits orgUnits;

    /** The children of {@code orgUnit} (the provinces for VN, a province's offices; a local office itself). */
    public Forecast forecast(String orgUnit, int workYear, LocalDate asOf) {
        reports.requireReadable(orgUnit);
        LocalDate date = reports.reportDate(workYear, asOf);
        List<String> units = new ArrayList<>();
        if (orgUnit.contains(".")) {
            units.add(orgUnit);
        } else {
            orgUnits.children(orgUnit, date).stream().map(OrgUnit::code).forEach(units::add);
        }
        List<Forecast.Row> rows = new ArrayList<>();
        for (String unit : units) {
            rows.add(row(unit, workYear, date));
        }
        return new Forecast(orgUnit, workYear, date, new WorkYear(workYear).end(), METHOD, rows,
                rows.stream().filter(Forecast.Row::likelyToMiss).map(Forecast.Row::orgUnit).toList());
    }

    private Forecast.Row row(String unit, int workYear, LocalDate date) {
        FigureQuery.CasesAndMoney now = figures.figures(unit, workYear, date, date);
        List<FigureQuery.CasesAndMoney[]> past = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int k = 1; k <= HISTORY; k++) {
            int year = workYear - k;
            if (year < 2000) {
                break;
            }
            // the same date k years before (the end of February stays the end of February), with the composition of the
            // report's date
            LocalDate sameDate = WorkYear.sameDateYearsBefore(date, k);
            past.add(new FigureQuery.CasesAndMoney[]{figures.figures(unit, year, sameDate, date),
                    figures.figures(unit, year, new WorkYear(year).end(), date)});
            years.add(year);
        }
        TargetVersion target = TargetVersion.latest(workYear, unit);
        TargetRates rates = target == null ? null : target.rates();
        Forecast.Rate cases = rate(now.cases().rate(), years, past, FigureQuery.CasesAndMoney::cases, rates == null ? null : rates.caseRate());
        Forecast.Rate money = rate(now.money().rate(), years, past, FigureQuery.CasesAndMoney::money, rates == null ? null : rates.moneyRate());
        return new Forecast.Row(unit, orgUnits.nameOn(unit, date), cases, money, cases.likelyToMiss() || money.likelyToMiss());
    }

    private static Forecast.Rate rate(BigDecimal current, List<Integer> years, List<FigureQuery.CasesAndMoney[]> past,
                                      Function<FigureQuery.CasesAndMoney, Figures> measure, BigDecimal target) {
        List<RateForecast.Year> history = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            history.add(new RateForecast.Year(years.get(i), measure.apply(past.get(i)[0]).rate(), measure.apply(past.get(i)[1]).rate()));
        }
        BigDecimal expected = RateForecast.expected(current, history);
        List<RateForecast.Year> shown = history.subList(0, Math.min(RateForecast.YEARS, history.size()));
        return new Forecast.Rate(current, expected, target, RateForecast.misses(expected, target), shown, RateForecast.backtest(history));
    }
}
