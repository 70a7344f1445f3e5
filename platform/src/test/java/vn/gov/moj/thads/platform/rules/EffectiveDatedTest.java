package vn.gov.moj.thads.platform.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectiveDatedTest {

    record Law(String name, LocalDate from) {
    }

    private static final Law OLD = new Law("Luật Tố cáo 2011", LocalDate.of(2012, 7, 1));
    private static final Law NEW = new Law("Luật Tố cáo 2018", LocalDate.of(2019, 1, 1));

    // given out of order on purpose
    private final EffectiveDated<Law> laws = EffectiveDated.of(List.of(NEW, OLD), Law::from);

    @Test
    void theLawInForceOnADate() {
        assertThat(laws.on(LocalDate.of(2018, 12, 31))).contains(OLD);
        assertThat(laws.on(LocalDate.of(2019, 1, 1))).contains(NEW);
        assertThat(laws.on(LocalDate.of(2012, 7, 1))).contains(OLD);
        assertThat(laws.on(LocalDate.of(2030, 1, 1))).contains(NEW);
    }

    @Test
    void nothingBeforeTheFirst() {
        assertThat(laws.on(LocalDate.of(2012, 6, 30))).isEmpty();
        assertThat(laws.firstEffective()).isEqualTo(LocalDate.of(2012, 7, 1));
        assertThat(laws.all()).containsExactly(OLD, NEW);
    }

    @Test
    void twoItemsOnOneDateOrNoneAreRefused() {
        assertThatThrownBy(() -> EffectiveDated.of(List.of(OLD, new Law("x", OLD.from())), Law::from))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EffectiveDated.of(List.<Law>of(), Law::from)).isInstanceOf(IllegalArgumentException.class);
    }
}
