package vn.gov.moj.thads.cases;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.outbox.OutboxEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service continues the trace the gateway (or any caller) sends in {@code traceparent}. */
@QuarkusTest
class TraceContextTest {

    /** Test-only: every span this service ends. */
    @Singleton
    static class EndedSpans implements SpanProcessor {
        final ConcurrentLinkedQueue<SpanData> spans = new ConcurrentLinkedQueue<>();

        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            spans.add(span.toSpanData());
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }

    @Inject EndedSpans ended;

    @Test
    void theServerSpanIsAChildOfTheCallersSpan() {
        String traceId = "6e0c63257de34c92bf9efcd03927272e";
        String callerSpan = "a3ce929d0e0e4736";
        given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .when().get("/api/v1/public/debtors-without-conditions")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> server = ended.spans.stream()
                    .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER).toList();
            assertThat(server).singleElement().satisfies(span -> {
                assertThat(span.getParentSpanId()).isEqualTo(callerSpan);
                assertThat(span.getSpanId()).isNotEqualTo(callerSpan);
            });
        });
    }

    @Test
    void onlyHttpIsTracedNotTheDatabaseOrKafka() {
        String id = Api.open(Api.head("19.05"), Api.caseBody("19.05", Api.unique("QĐ"), Api.TODAY.minusDays(3), 1_000_000L));
        // the case's event has gone through the outbox relay to Kafka
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("messageKey", id) > 0 && OutboxEvent.count("messageKey = ?1 and publishedAt is null", id) == 0));

        assertThat(ended.spans).isNotEmpty().allSatisfy(span -> {
            assertThat(span.getKind()).isIn(SpanKind.SERVER, SpanKind.CLIENT, SpanKind.INTERNAL);
            assertThat(span.getAttributes().asMap().keySet()).noneMatch(key ->
                    key.getKey().startsWith("db.") || key.getKey().startsWith("messaging."));
        });
    }
}
