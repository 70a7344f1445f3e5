package vn.gov.moj.thads.gateway;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.tracing.NoTraceCollector;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** W3C trace context through the gateway, as the stand-in services receive it. */
@QuarkusTest
class GatewayTracingTest {

    private static final String TRACEPARENT = "00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})";
    private static final String PATH = "/api/v1/public/complaints/KN-2026-0001";

    @Inject Instance<SpanExporter> exporters;

    private static List<String> traceparentsReceived(String traceparent, String tracestate) {
        var request = given();
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        if (tracestate != null) {
            request.header("tracestate", tracestate);
        }
        JsonPath echo = request.when().get(PATH).then().statusCode(200).extract().jsonPath();
        return echo.getList("traceparents", String.class);
    }

    @Test
    void theCallersTraceIsContinuedWithTheGatewayAsParent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        JsonPath echo = given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .header("tracestate", "thads=1").header("baggage", "nguon=web")
                .when().get(PATH)
                .then().statusCode(200).extract().jsonPath();

        List<String> received = echo.getList("traceparents", String.class);
        assertThat(received).hasSize(1); // the caller's header is replaced, not sent alongside
        assertThat(received.get(0)).matches(TRACEPARENT);
        String[] parts = received.get(0).split("-");
        assertThat(parts[1]).isEqualTo(traceId);
        assertThat(parts[2]).isNotEqualTo(callerSpan).isNotEqualTo("0".repeat(16));
        assertThat(parts[3]).isEqualTo("01");
        assertThat(echo.getString("headers.tracestate")).isEqualTo("thads=1");
        assertThat(echo.getString("headers.baggage")).isEqualTo("nguon=web");
        assertThat(echo.getList("repeatedHeaders", String.class)).isEmpty();
    }

    @Test
    void aCallerThatDoesNotSampleKeepsItsTraceIdAndDecision() {
        String traceId = "5bf92f3577b34da6a3ce929d0e0e4737";
        List<String> received = traceparentsReceived("00-" + traceId + "-10f067aa0ba902b8-00", null);
        assertThat(received).singleElement().asString().matches(TRACEPARENT)
                .startsWith("00-" + traceId + "-").endsWith("-00");
    }

    @Test
    void aRequestWithoutTraceContextStartsANewTrace() {
        List<String> first = traceparentsReceived(null, null);
        List<String> second = traceparentsReceived(null, null);
        assertThat(first).singleElement().asString().matches(TRACEPARENT);
        assertThat(second).singleElement().asString().matches(TRACEPARENT);
        String firstTrace = first.get(0).split("-")[1];
        assertThat(firstTrace).isNotEqualTo("0".repeat(32));
        assertThat(second.get(0).split("-")[1]).isNotEqualTo(firstTrace);
    }

    @Test
    void anInvalidTraceparentStartsANewTrace() {
        List<String> received = traceparentsReceived("00-not-a-trace-01", null);
        assertThat(received).singleElement().asString().matches(TRACEPARENT);
    }

    @Test
    void withoutAConfiguredCollectorSpansAreDroppedNotSentToLocalhost() {
        assertThat(exporters.isResolvable()).isTrue();
        assertThat(exporters.get()).isInstanceOf(NoTraceCollector.class);
    }
}
