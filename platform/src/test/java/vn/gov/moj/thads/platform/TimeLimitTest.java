package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.calendar.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitTest {

    @Test
    void readsAndWritesTheConfigurationText() {
        assertThat(TimeLimit.of("15 days")).isEqualTo(TimeLimit.days(15));
        assertThat(TimeLimit.of(" 3 working days ")).isEqualTo(TimeLimit.workingDays(3));
        assertThat(TimeLimit.of("1 day")).isEqualTo(TimeLimit.days(1));
        assertThat(TimeLimit.workingDays(5)).hasToString("5 working days");
        assertThatThrownBy(() -> TimeLimit.of("15")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.of("two weeks")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsLimitsOfOneUnit() {
        assertThat(TimeLimit.days(30).plus(TimeLimit.days(30).times(2))).isEqualTo(TimeLimit.days(90));
        assertThatThrownBy(() -> TimeLimit.days(30).plus(TimeLimit.workingDays(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
