package vn.gov.moj.thads.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {

    private static final String PROBLEM = "{\"type\":\"urn:thads:problem:validation\",\"title\":\"Invalid request\",\"status\":400}";

    @Test
    void aServerErrorIsADefectEvenAsAProblem() {
        assertThat(Verdict.defect(500, "application/problem+json",
                "{\"type\":\"urn:thads:problem:internal\",\"title\":\"Internal error\",\"status\":500}")).isEqualTo("500 server error");
    }

    @Test
    void aClientErrorMustBeProblemDetailsWithItsStatus() {
        assertThat(Verdict.defect(400, "application/problem+json", PROBLEM)).isNull();
        assertThat(Verdict.defect(400, "application/json", PROBLEM)).isNotNull();
        assertThat(Verdict.defect(404, "application/problem+json", PROBLEM)).as("status differs").isNotNull();
        assertThat(Verdict.defect(413, null, "")).isNotNull();
    }

    @Test
    void theHttpServersOwnRefusalsAreNotTheApis() {
        assertThat(Verdict.defect(414, null, "")).isNull();
        assertThat(Verdict.refusedByHttpLayer(414, "")).isTrue();
        assertThat(Verdict.defect(414, "text/html", "<h1>too long</h1>")).isNotNull();
    }

    @Test
    void aStackTraceIsADefectInAnyAnswer() {
        assertThat(Verdict.defect(200, "application/json",
                "{\"error\":\"at vn.gov.moj.thads.cases.service.CaseService.open(CaseService.java:42)\"}")).isNotNull();
        assertThat(Verdict.defect(200, "application/json", "{\"x\":\"java.lang.NullPointerException\"}")).isNotNull();
        assertThat(Verdict.defect(200, "application/json", "{\"name\":\"Nguyễn Văn A\"}")).isNull();
    }

    @Test
    void noAnswerIsADefect() {
        assertThat(Verdict.defect(0, null, "IOException")).isEqualTo("no answer");
    }
}
