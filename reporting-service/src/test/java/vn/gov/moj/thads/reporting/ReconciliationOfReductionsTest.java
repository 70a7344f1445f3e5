package vn.gov.moj.thads.reporting;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.reporting.EnforcementFiguresTest.as;

/**
 * The view reconciled against the case service's counts (a stand-in case service here: none runs beside this module's
 * tests) compares the money reduced too. A reduction the view never applied (its event lost, or set aside) leaves money done
 * and money without conditions wrong, while the cases, money and collections per status still agree: reconciled, before.
 * Đồng Tháp (82), which no other test uses.
 */
@QuarkusTest
@TestProfile(ReconciliationOfReductionsTest.StandInCaseService.class)
class ReconciliationOfReductionsTest {

    private static final long M = 1_000_000L;
    /** What the stand-in case service answers for /api/v1/cases/counts. */
    static volatile String counts = "{\"orgUnit\":\"82\",\"byStatus\":{}}";
    private static final HttpServer CASE_SERVICE = standIn();

    public static class StandInCaseService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.case-service.url", "http://127.0.0.1:" + CASE_SERVICE.getAddress().getPort());
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject EventCodec codec;

    @Test
    void aReductionTheViewNeverAppliedIsADifference() {
        // a 100M fine owed to the state budget, reduced by 20M in the case service; the view got only the opening
        TopicClient topics = new TopicClient(bootstrapServers);
        CaseStory story = new CaseStory(codec, topics, "82", LocalDate.parse("2026-03-02"), 100 * M, "EX_OFFICIO", List.of("STATE_BUDGET"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> reconciliation().body("lines.viewCases.sum()", equalTo(1)));
        String status = reconciliation().extract().path("lines[0].status");
        counts = "{\"orgUnit\":\"82\",\"byStatus\":{\"" + status + "\":{\"cases\":1,\"moneyAmount\":100000000,"
                + "\"collectedAmount\":0,\"reducedAmount\":20000000}}}";

        reconciliation().body("reconciled", equalTo(false)).body("differences[0].status", equalTo(status))
                .body("differences[0].viewReduced", equalTo(0)).body("differences[0].serviceReduced", equalTo(20_000_000));

        // the reduction reaches the view: reconciled
        story.reduced("REDUCTION", 20 * M, LocalDate.parse("2026-04-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> reconciliation().body("reconciled", equalTo(true))
                .body("lines[0].viewReduced", equalTo(20_000_000)));
    }

    private static io.restassured.response.ValidatableResponse reconciliation() {
        return as("MINISTRY", "VN").queryParam("orgUnit", "82").get("/api/v1/reports/reconciliation").then().statusCode(200);
    }

    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/cases/counts", exchange -> {
                byte[] body = counts.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
