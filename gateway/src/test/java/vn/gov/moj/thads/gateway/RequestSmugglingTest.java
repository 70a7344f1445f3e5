package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thads.gateway.StubServicesTestResource.received;
import static vn.gov.moj.thads.gateway.StubServicesTestResource.requestsMarked;

/**
 * Attempts to desynchronise the gateway and a service on a pooled connection, written byte by byte
 * on plain sockets. After each attempt many other clients ask for their own resources and must each
 * get their own answer, and the service must have received nothing the gateway did not mean to send
 * (the stand-ins record every byte the gateway sends them).
 */
@QuarkusTest
class RequestSmugglingTest {

    private static final String PUBLIC = "/api/v1/public/debtors-without-conditions";

    @Test
    void aGetWithABodyIsRefusedAndEveryOtherClientGetsItsOwnAnswer() {
        String marker = "smuggled-" + UUID.randomUUID();
        String smuggled = "GET /__internal/" + marker + " HTTP/1.1\r\nHost: case-service\r\n\r\n";
        SoftAssertions softly = new SoftAssertions();
        try (RawHttp attacker = RawHttp.connect(RestAssured.port)) {
            attacker.send("GET " + PUBLIC + "?attacker=" + marker + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Length: " + smuggled.length() + "\r\n\r\n" + smuggled);
            RawHttp.Answer answer = attacker.read();
            softly.assertThat(answer.status()).as("the attacker's GET with a body").isEqualTo(400);
            softly.assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            softly.assertThat(attacker.closedByServer()).as("connection closed after the refusal").isTrue();
        }
        everyOtherClientGetsItsOwnAnswer(softly, marker);
        softly.assertThat(received().getString("bytes").contains("/__internal/" + marker)).as("smuggled bytes reached a service").isFalse();
        softly.assertThat(requestsMarked(marker)).as("what the service parsed").allSatisfy(request -> {
            assertThat(request.get("uri")).asString().contains("victim=");
            assertThat(request.get("contentLength")).isIn(null, "0");
            assertThat(request.get("body")).isEqualTo("");
        });
        softly.assertAll();
    }

    @Test
    void aGetWithTheOldWebSocketKeysIsRefusedAndWhatFollowsNeverReachesAService() {
        String marker = "smuggled-" + UUID.randomUUID();
        SoftAssertions softly = new SoftAssertions();
        try (RawHttp attacker = RawHttp.connect(RestAssured.port)) {
            // The parser reads eight body bytes after a GET with both keys (the old WebSocket handshake) that nothing
            // announces: forwarded, the service would wait for them, and a hop that does not read them would take them
            // as the start of the next request on its connection.
            attacker.send("GET " + PUBLIC + "?attacker=" + marker + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Sec-WebSocket-Key1: 1\r\nSec-WebSocket-Key2: 2\r\n\r\n12345678");
            RawHttp.Answer answer = attacker.read();
            softly.assertThat(answer.status()).as("the attacker's GET").isEqualTo(400);
            softly.assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            softly.assertThat(attacker.closedByServer()).as("connection closed after the refusal").isTrue();
        }
        everyOtherClientGetsItsOwnAnswer(softly, marker);
        softly.assertThat(requestsMarked(marker)).as("what the service parsed").allSatisfy(request ->
                assertThat(request.get("uri")).asString().contains("victim="));
        softly.assertThat(received().getString("bytes")).as("bytes the services received").doesNotContainIgnoringCase("Sec-WebSocket-Key");
        softly.assertAll();
    }

    @Test
    void contentLengthWithTransferEncodingIsRefusedAndWhatFollowsNeverReachesAService() {
        String marker = "smuggled-" + UUID.randomUUID();
        String body = "0\r\n\r\nGET " + PUBLIC + "?smuggled=" + marker + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        SoftAssertions softly = new SoftAssertions();
        try (RawHttp attacker = RawHttp.connect(RestAssured.port)) {
            // a front end that frames by Content-Length sees one request; one that frames by chunks sees two
            attacker.send("POST /api/v1/public/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body);
            RawHttp.Answer answer = attacker.read();
            softly.assertThat(answer.status()).as("CL+TE").isEqualTo(400);
            // Since Quarkus 3.33 (Vert.x) the HTTP server itself refuses both headers together, before the
            // gateway's filter sees the request: its 400 carries no problem document.
            softly.assertThat(attacker.closedByServer()).as("connection closed after the refusal").isTrue();
        }
        everyOtherClientGetsItsOwnAnswer(softly, marker);
        softly.assertThat(received().getString("bytes").contains("smuggled=" + marker)).as("smuggled request reached a service").isFalse();
        softly.assertAll();
    }

    @ParameterizedTest(name = "Transfer-Encoding: {0}")
    @ValueSource(strings = {"chunked", "xchunked", "chunked, identity", "identity"})
    void aRequestBodyFramedByTransferEncodingIsRefused(String transferEncoding) {
        String marker = "smuggled-" + UUID.randomUUID();
        try (RawHttp client = RawHttp.connect(RestAssured.port)) {
            client.send("POST /api/v1/public/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 4\r\nTransfer-Encoding: " + transferEncoding + "\r\n\r\n"
                    + "0\r\n\r\nGET " + PUBLIC + "?smuggled=" + marker + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Answer answer = client.read();
            assertThat(answer.status()).isEqualTo(400);
            assertThat(client.closedByServer()).isTrue();
        }
        assertThat(received().getString("bytes").contains(marker)).as("smuggled request reached a service").isFalse();
    }

    @Test
    void hopByHopHeadersAndHeadersNamedInConnectionAreNotForwarded() {
        try (RawHttp client = RawHttp.connect(RestAssured.port)) {
            client.send(RawHttp.get(PUBLIC, "Connection: keep-alive, X-Internal-Secret", "X-Internal-Secret: 1",
                    "Keep-Alive: timeout=5", "Proxy-Authorization: Basic Zm9vOmJhcg==", "TE: trailers", "Upgrade: example/1",
                    "Forwarded: for=203.0.113.9", "X-Kept: yes"));
            RawHttp.Answer answer = client.read();
            assertThat(answer.status()).isEqualTo(200);
            Map<String, Object> headers = JsonPath.from(answer.body()).getMap("headers");
            assertThat(headers).containsEntry("x-kept", "yes")
                    .doesNotContainKeys("x-internal-secret", "keep-alive", "proxy-authorization", "te", "upgrade",
                            "forwarded", "content-length", "transfer-encoding");
            assertThat(headers.get("connection")).isNotEqualTo("keep-alive, X-Internal-Secret");
        }
    }

    /** Forty other clients, one connection each, ask the same service for their own resource. */
    private static void everyOtherClientGetsItsOwnAnswer(SoftAssertions softly, String marker) {
        everyOtherClientGetsItsOwnAnswer(softly, marker, PUBLIC);
    }

    private static void everyOtherClientGetsItsOwnAnswer(SoftAssertions softly, String marker, String path) {
        for (int i = 0; i < 40; i++) {
            String query = "victim=" + i + "-" + marker;
            try (RawHttp victim = RawHttp.connect(RestAssured.port)) {
                RawHttp.Answer answer = victim.send(RawHttp.get(path + "?" + query)).read();
                softly.assertThat(answer.status()).as("client %d", i).isEqualTo(200);
                if (answer.status() == 200) {
                    softly.assertThat(JsonPath.from(answer.body()).getString("query")).as("client %d", i).isEqualTo(query);
                }
            } catch (RuntimeException e) {
                softly.fail("client " + i + ": " + e);
            }
        }
    }
}
