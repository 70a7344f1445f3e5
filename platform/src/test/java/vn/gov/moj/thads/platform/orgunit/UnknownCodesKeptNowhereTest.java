package vn.gov.moj.thads.platform.orgunit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public debtor list passes its {@code province} parameter, and every list its {@code agency}, to
 * {@link OrgUnits#scopeOf}: a client sending a new 4,000-character code on each request made the service keep
 * one more answer each time, until it ran out of memory (the security review of session 13). Unknown codes
 * still match nothing, and are kept nowhere.
 */
class UnknownCodesKeptNowhereTest {

    private final OrgUnits orgUnits = new OrgUnits(Optional.of("classpath:reference/local-offices.csv"));

    @Test
    void codesNoUnitHasMatchNothingAndAreNotKept() {
        orgUnits.scopeOf("19.05");
        orgUnits.compositionOn("19", LocalDate.of(2026, 3, 31));
        int kept = orgUnits.keptAnswers();

        for (int i = 0; i < 10_000; i++) {
            String code = "X".repeat(4_000) + i;
            assertThat(orgUnits.scopeOf(code).covers("19.05")).isFalse();
            assertThat(orgUnits.withPredecessors(code)).containsExactly(code);
        }

        assertThat(orgUnits.keptAnswers()).isEqualTo(kept);
        // known units are still kept once each
        orgUnits.scopeOf("19.05");
        orgUnits.scopeOf("19");
        assertThat(orgUnits.scopeOf("19").covers("19.05")).isTrue();
        assertThat(orgUnits.keptAnswers()).isLessThanOrEqualTo(kept + 3);
    }
}
