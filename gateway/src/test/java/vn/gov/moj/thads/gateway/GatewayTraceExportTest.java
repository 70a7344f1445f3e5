package vn.gov.moj.thads.gateway;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.FreePorts;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With an OTLP endpoint configured, the spans go to it (here a stand-in collector over OTLP/HTTP). */
@QuarkusTest
@TestProfile(GatewayTraceExportTest.WithCollector.class)
class GatewayTraceExportTest {

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubCollector.class));
        }
    }

    /** Accepts OTLP/HTTP export requests and hands their bodies (hex) out on GET. */
    public static class StubCollector implements QuarkusTestResourceLifecycleManager {
        private Vertx vertx;

        @Override
        public Map<String, String> start() {
            vertx = Vertx.vertx();
            var received = new ConcurrentLinkedQueue<String>();
            int port = FreePorts.next();
            vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                if (request.method().name().equals("POST")) {
                    received.add(request.path() + " " + HexFormat.of().formatHex(body.getBytes()));
                    request.response().putHeader("Content-Type", "application/x-protobuf").end(Buffer.buffer());
                } else {
                    request.response().end(String.join("\n", received));
                }
            })).listen(port).toCompletionStage().toCompletableFuture().join();
            return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:" + port,
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "100ms",
                    "test.collector", "http://localhost:" + port);
        }

        @Override
        public void stop() {
            if (vertx != null) {
                vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
            }
        }
    }

    @Inject Instance<SpanExporter> exporters;

    @Test
    void theGatewaysSpansReachTheConfiguredCollector() {
        assertThat(exporters.isUnsatisfied()).as("no span-dropping exporter once an endpoint is set").isTrue();
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .when().get("/api/v1/public/complaints/KN-2026-0002").then().statusCode(200);
        String collector = ConfigProvider.getConfig().getValue("test.collector", String.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(RestAssured.given().baseUri(collector).get("/").asString())
                        .contains("/v1/traces").contains(traceId));
    }

    /**
     * Searches carry names in their query string and a tracking code ties a petition to whoever follows it: the HTTP
     * instrumentation put both in the spans (url.query, url.path, the proxy's url.full), for whoever reads the traces.
     */
    @Test
    void noSearchedNameNorTrackingCodeReachesTheCollector() {
        String traceId = "1af7651916cd43dd8448eb211c80319d";
        given().header("traceparent", "00-" + traceId + "-b7ad6b7169203332-01").queryParam("name", "NguyenThiThuong")
                .when().get("/api/v1/public/debtors-without-conditions").then().statusCode(200);
        given().header("traceparent", "00-" + traceId + "-b7ad6b7169203333-01")
                .when().get("/api/v1/public/complaints/KN-2026-0777").then().statusCode(200);
        String collector = ConfigProvider.getConfig().getValue("test.collector", String.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(RestAssured.given().baseUri(collector).get("/").asString()).contains(traceId)
                        .contains(hex("name=REDACTED")).contains(hex("/api/v1/public/complaints/{trackingCode}")));
        assertThat(RestAssured.given().baseUri(collector).get("/").asString())
                .doesNotContain(hex("NguyenThiThuong")).doesNotContain(hex("KN-2026-0777"));
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
