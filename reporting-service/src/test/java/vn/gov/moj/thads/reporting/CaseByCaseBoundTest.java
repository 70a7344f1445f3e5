package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.reporting.service.CaseByCase;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * The reads that go case by case share the connection pool with the consumers: past {@link CaseByCase#AT_ONCE} at once
 * in an instance, the next is answered 503 at once instead of taking another connection for up to 8 s.
 */
@QuarkusTest
class CaseByCaseBoundTest {

    @Inject CaseByCase caseByCase;

    @Test
    void aHeavyReadBeyondThoseRunningAtOnceIsAnsweredBusy() throws Exception {
        CountDownLatch running = new CountDownLatch(CaseByCase.AT_ONCE);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(CaseByCase.AT_ONCE);
        try {
            // as many case-by-case reads as run at once, each still running (a province's drill-down of several seconds)
            for (int i = 0; i < CaseByCase.AT_ONCE; i++) {
                readers.submit(() -> caseByCase.read(() -> {
                    running.countDown();
                    try {
                        return done.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            // the attack: one more, and another kind: each answered at once, nothing read
            as("MINISTRY", "VN").queryParam("orgUnit", "96").queryParam("workYear", 2026).queryParam("figure", "accepted")
                    .get("/api/v1/reports/enforcement/cases").then().statusCode(503).header("Retry-After", "1")
                    .contentType("application/problem+json").body("type", equalTo("urn:thads:problem:busy"));
            as("MINISTRY", "VN").queryParam("orgUnit", "96").queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                    .get("/api/v1/reports/complaints").then().statusCode(503).body("type", equalTo("urn:thads:problem:busy"));
            // bad input is a 400 however busy the service is, not a 503 to retry
            as("MINISTRY", "VN").queryParam("orgUnit", "96").queryParam("workYear", 2026).queryParam("figure", "everything")
                    .get("/api/v1/reports/enforcement/cases").then().statusCode(400).body("errors[0].field", equalTo("figure"));
            // a page of late entries reads each period's complaint statistics again
            as("MINISTRY", "VN").queryParam("orgUnit", "96").get("/api/v1/reports/periods/late-entries").then().statusCode(503)
                    .body("type", equalTo("urn:thads:problem:busy"));
            // a report from the kept figures is not held
            as("MINISTRY", "VN").queryParam("orgUnit", "96").queryParam("workYear", 2026).queryParam("asOf", "2026-01-31")
                    .get("/api/v1/reports/enforcement").then().statusCode(200);
        } finally {
            done.countDown();
            readers.shutdown();
            assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        // once they are over, answered
        as("MINISTRY", "VN").queryParam("orgUnit", "96").queryParam("workYear", 2026).queryParam("figure", "accepted")
                .get("/api/v1/reports/enforcement/cases").then().statusCode(200);
    }
}
