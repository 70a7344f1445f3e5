package vn.gov.moj.thads.cases.model;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.event.CaseEvents;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What this service sends in its events' fields is what every consumer accepts (the platform's
 * {@link CaseEvents} vocabulary, which EventChecks holds events to): a value added to one of these
 * enums alone would have every event of such a case dead-lettered by the reporting and complaint
 * services, and the figures would quietly miss it.
 */
class EventVocabularyTest {

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    @Test
    void everyValueThisServiceSendsIsOneTheConsumersAccept() {
        // an administrative judgment monitored is sent with a kind of its own (CaseEventPublisher.facts)
        assertThat(java.util.stream.Stream.concat(names(CaseKind.values()).stream(), Set.of(CaseEvents.ADMINISTRATIVE_MONITORING).stream())
                .collect(Collectors.toSet())).isEqualTo(CaseEvents.KINDS);
        assertThat(names(Category.values())).isEqualTo(CaseEvents.CATEGORIES);
        assertThat(java.util.stream.Stream.concat(names(CaseStatus.values()).stream(), names(AdministrativeJudgment.Status.values()).stream())
                .collect(Collectors.toSet())).isEqualTo(CaseEvents.STATUSES);
        assertThat(names(VerificationResult.values())).isEqualTo(CaseEvents.VERIFICATION_RESULTS);
        assertThat(names(ReductionKind.values())).isEqualTo(CaseEvents.REDUCTION_KINDS);
        assertThat(names(SecurityMeasureType.values())).isEqualTo(CaseEvents.SECURITY_MEASURES);
        assertThat(names(ClosureOutcome.values())).isEqualTo(CaseEvents.OUTCOMES);
        assertThat(names(AdministrativeJudgment.Step.values())).isEqualTo(CaseEvents.COMPLIANCE_STEPS);
    }
}
