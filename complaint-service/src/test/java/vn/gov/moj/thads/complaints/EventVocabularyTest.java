package vn.gov.moj.thads.complaints;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.complaints.model.ComplaintStatus;
import vn.gov.moj.thads.complaints.model.ComplaintType;
import vn.gov.moj.thads.complaints.model.Decision;
import vn.gov.moj.thads.complaints.model.Jurisdiction;
import vn.gov.moj.thads.platform.event.ComplaintEvents;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What this service sends in a petition's facts is what every consumer accepts ({@link ComplaintEvents}, which
 * EventChecks holds events to): a value added to one of these enums alone would have the petition's events
 * dead-lettered by the reporting and case services.
 */
class EventVocabularyTest {

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    @Test
    void everyValueThisServiceSendsIsOneTheConsumersAccept() {
        assertThat(names(ComplaintType.values())).isEqualTo(ComplaintEvents.PETITION_TYPES);
        assertThat(names(ComplaintStatus.values())).isEqualTo(ComplaintEvents.STATUSES);
        assertThat(names(Jurisdiction.values())).isEqualTo(ComplaintEvents.JURISDICTIONS);
        assertThat(names(Decision.values())).isEqualTo(ComplaintEvents.DECISIONS);
    }
}
