package vn.gov.moj.thads.reporting.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast method and its error on past years, worked by hand: no Quarkus. */
class RateForecastTest {

    private static BigDecimal p(String points) {
        return new BigDecimal(points);
    }

    private static RateForecast.Year year(int workYear, String atDate, String atYearEnd) {
        return new RateForecast.Year(workYear, atDate == null ? null : p(atDate), atYearEnd == null ? null : p(atYearEnd));
    }

    @Test
    void todayPlusTheAverageGainOfTheUnitsPreviousYears() {
        // gains from 31 March to 30 September: 2025 +30, 2024 +20, 2023 +40 → +30; today 45 → 75
        List<RateForecast.Year> previous = List.of(year(2025, "40", "70"), year(2024, "50", "70"), year(2023, "20", "60"));
        assertThat(RateForecast.expected(p("45"), previous)).isEqualByComparingTo("75.00");
        // only the latest three complete years: 2022's +80 is left out, and a year without a rate is skipped
        List<RateForecast.Year> more = List.of(year(2025, "40", "70"), year(2024, "50", "70"), year(2023, "20", "60"),
                year(2022, "0", "80"), year(2021, null, "50"));
        assertThat(RateForecast.expected(p("45"), more)).isEqualByComparingTo("75.00");
        // gains of +10.005 and +0 average to +5.00 (half-up at 2 decimals: 5.0025 → 5.00)
        assertThat(RateForecast.expected(p("10"), List.of(year(2025, "10", "20.005"), year(2024, "30", "30"))))
                .isEqualByComparingTo("15.00");
    }

    @Test
    void keptWithinZeroToHundredAndNoForecastWithoutHistoryOrRate() {
        assertThat(RateForecast.expected(p("90"), List.of(year(2025, "20", "60")))).isEqualByComparingTo("100.00");
        assertThat(RateForecast.expected(p("5"), List.of(year(2025, "60", "40")))).isEqualByComparingTo("0.00");
        assertThat(RateForecast.expected(p("50"), List.of())).isNull();
        assertThat(RateForecast.expected(p("50"), List.of(year(2025, null, "60")))).isNull();
        assertThat(RateForecast.expected(null, List.of(year(2025, "20", "60")))).isNull();
    }

    @Test
    void theErrorOnPastYearsIsTheMeanAbsoluteErrorOfWhatTheMethodWouldHaveSaid() {
        // 2023: no year before it, no forecast. 2024 from 2023 (+40): 50 + 40 = 90, reached 70: error 20.
        // 2025 from 2024 (+20) and 2023 (+40): 40 + 30 = 70, reached 70: error 0. Mean (20 + 0) / 2 = 10.
        RateForecast.Backtest backtest = RateForecast.backtest(List.of(year(2023, "20", "60"), year(2024, "50", "70"), year(2025, "40", "70")));
        assertThat(backtest.forecasts()).isEqualTo(2);
        assertThat(backtest.meanAbsoluteError()).isEqualByComparingTo("10.00");
        assertThat(RateForecast.backtest(List.of(year(2025, "40", "70")))).isEqualTo(new RateForecast.Backtest(null, 0));
    }

    @Test
    void aUnitMissesATargetWhenItsForecastIsBelowIt() {
        assertThat(RateForecast.misses(p("79.99"), p("80"))).isTrue();
        assertThat(RateForecast.misses(p("80.00"), p("80"))).isFalse();
        assertThat(RateForecast.misses(null, p("80"))).isFalse();
        assertThat(RateForecast.misses(p("10"), null)).isFalse();
    }
}
