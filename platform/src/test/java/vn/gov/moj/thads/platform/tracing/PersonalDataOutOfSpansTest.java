package vn.gov.moj.thads.platform.tracing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a trace keeps of a request's address (the whole path through a collector: GatewayTraceExportTest). */
class PersonalDataOutOfSpansTest {

    @Test
    void aSearchKeepsItsParameterNamesNotTheirValues() {
        assertThat(PersonalDataOutOfSpans.redactQuery("q=Nguyễn Văn A&status=OPEN&page=2"))
                .isEqualTo("q=REDACTED&status=REDACTED&page=REDACTED");
        // decoded by the instrumentation: an encoded '&' in a name splits it, and a part without '=' is a value too
        assertThat(PersonalDataOutOfSpans.redactQuery("name=Trần&Thị Mai")).isEqualTo("name=REDACTED&REDACTED");
        assertThat(PersonalDataOutOfSpans.redactQuery("NguyenVanA")).isEqualTo("REDACTED");
        assertThat(PersonalDataOutOfSpans.redactQuery("q=a=b&")).isEqualTo("q=REDACTED&");
    }

    @Test
    void aTrackingCodeBecomesItsTemplateHoweverThePathIsWritten() {
        assertThat(PersonalDataOutOfSpans.redactUrl("/api/v1/public/complaints/KN-2026-0001"))
                .isEqualTo("/api/v1/public/complaints/{trackingCode}");
        assertThat(PersonalDataOutOfSpans.redactUrl("//api/v1/public//complaints/KN-2026-0001"))
                .isEqualTo("//api/v1/public/complaints/{trackingCode}");
        assertThat(PersonalDataOutOfSpans.redactUrl("http://complaint-service:8080/api/v1/Public/Complaints/KN-2026-0001?lang=vi"))
                .isEqualTo("http://complaint-service:8080/api/v1/public/complaints/{trackingCode}?lang=REDACTED");
        assertThat(PersonalDataOutOfSpans.redactUrl("/api/v1/cases?q=Lê Thị B")).isEqualTo("/api/v1/cases?q=REDACTED");
        assertThat(PersonalDataOutOfSpans.redactUrl("/api/v1/cases/6f1c")).isEqualTo("/api/v1/cases/6f1c");
    }
}
