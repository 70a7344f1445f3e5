package vn.gov.moj.thads.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public rate limit behind a load balancer at 127.0.0.1 (the trusted proxy). Clients at other
 * loopback addresses (127.0.0.2...) stand for clients reaching the gateway directly.
 */
@QuarkusTest
@TestProfile(RateLimitBehindAProxyTest.BehindALoadBalancer.class)
class RateLimitBehindAProxyTest {

    private static final int LIMIT = 5;
    private static final String PUBLIC = "/api/v1/public/complaints/KN-26-0001";

    public static class BehindALoadBalancer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "thads.gateway.rate-limit.public-per-minute", Integer.toString(LIMIT),
                    // the pods sharing the limits: localhost is one pod (an address a family), so the limits stand as set
                    "thads.gateway.rate-limit.peers", "localhost");
        }
    }

    private static RawHttp.Answer get(String from, String forwardedFor) {
        try (RawHttp client = RawHttp.connect(from, RestAssured.port)) {
            return client.send(RawHttp.get(PUBLIC, "X-Forwarded-For: " + forwardedFor)).read();
        }
    }

    private static int casesWith(String forwardedFor, String token) {
        try (RawHttp client = RawHttp.connect("127.0.0.1", RestAssured.port)) {
            return client.send(RawHttp.get("/api/v1/cases", "X-Forwarded-For: " + forwardedFor, "Authorization: Bearer " + token))
                    .read().status();
        }
    }

    /**
     * The attack: a client behind the ingress sends forged tokens past the refusal limit (60 a minute by
     * default). Only that client is slowed; a citizen or officer behind the same balancer signs in.
     */
    @Test
    void forgedTokensBehindTheBalancerSlowOnlyTheirOwnClient() {
        for (int i = 0; i < 60; i++) {
            assertThat(casesWith("203.0.113.20", "forged-" + i)).isEqualTo(401);
        }
        // the bucket refills one refusal a second: on a loaded machine the 60 above took longer than that, and the 61st
        // got through (CI of session 25); forged tokens go on until the client is slowed, within a few more
        int more = 0;
        while (casesWith("203.0.113.20", "forged-more-" + more) == 401) {
            assertThat(++more).as("forged tokens past the limit still answered 401").isLessThan(10);
        }
        assertThat(casesWith("203.0.113.20", vn.gov.moj.thads.deploy.testing.TestTokens.token("can-bo-a", "19.05", "AGENCY_HEAD")))
                .isEqualTo(429);
        assertThat(casesWith("203.0.113.21", vn.gov.moj.thads.deploy.testing.TestTokens.token("can-bo-b", "19.05", "AGENCY_HEAD")))
                .isEqualTo(200);
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnBucket() {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get("127.0.0.1", "203.0.113.10").status()).isEqualTo(200);
        }
        assertThat(get("127.0.0.1", "203.0.113.10").status()).isEqualTo(429);
        // another citizen behind the same load balancer
        RawHttp.Answer other = get("127.0.0.1", "203.0.113.11");
        assertThat(other.status()).isEqualTo(200);
        assertThat(JsonPath.from(other.body()).getString("headers.x-forwarded-for")).isEqualTo("203.0.113.11");
    }

    /**
     * The attack behind Envoy, which appends the address it was connected from: the client writes a new address first on
     * every request. Counted by the left-most address (Quarkus's reading) each request had a fresh bucket; and naming an
     * office's address there drained that office's bucket.
     */
    @Test
    void aClientBehindTheBalancerCannotPickItsOwnBucketByWritingAnAddressFirst() {
        for (int i = 0; i < LIMIT; i++) {
            RawHttp.Answer answer = get("127.0.0.1", "198.51.100." + (20 + i) + ", 203.0.113.30");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(JsonPath.from(answer.body()).getString("headers.x-forwarded-for")).isEqualTo("203.0.113.30");
        }
        assertThat(get("127.0.0.1", "198.51.100.99, 203.0.113.30").status()).isEqualTo(429);
        // and the address it wrote (an office's, say) keeps its own bucket
        assertThat(get("127.0.0.1", "198.51.100.20").status()).isEqualTo(200);
    }

    /** The merged API document is public and built from four calls to the services: it takes the public limit too. */
    @Test
    void theApiDocumentsTakeThePublicLimit() {
        for (int i = 0; i < LIMIT; i++) {
            try (RawHttp client = RawHttp.connect("127.0.0.3", RestAssured.port)) {
                assertThat(client.send(RawHttp.get("/api/v1/openapi")).read().status()).isEqualTo(200);
            }
        }
        for (String path : java.util.List.of("/api/v1/asyncapi", "/api/v1/openapi/")) { // a trailing slash reaches it too
            try (RawHttp client = RawHttp.connect("127.0.0.3", RestAssured.port)) {
                RawHttp.Answer answer = client.send(RawHttp.get(path)).read();
                assertThat(answer.status()).as(path).isEqualTo(429);
                assertThat(JsonPath.from(answer.body()).getString("type")).isEqualTo("urn:thads:problem:rate-limited");
            }
        }
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerGetsNoFreshBucket() {
        for (int i = 0; i < LIMIT; i++) {
            RawHttp.Answer answer = get("127.0.0.2", "198.51.100." + i);
            assertThat(answer.status()).isEqualTo(200);
            // the service is told the peer, not what the client claims
            assertThat(JsonPath.from(answer.body()).getString("headers.x-forwarded-for")).isEqualTo("127.0.0.2");
        }
        assertThat(get("127.0.0.2", "198.51.100.99").status()).isEqualTo(429);
        assertThat(get("127.0.0.2", "203.0.113.12").status()).isEqualTo(429);
    }

    /**
     * The audit trail: the access log's first field is the client the gateway counted, not the address the client wrote
     * first in X-Forwarded-For (Quarkus's %h), which named whomever it liked as the author of its requests.
     */
    @Test
    void theAccessLogNamesTheClientTheGatewayCountedNotTheOneItWrote() {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger accessLog = java.util.logging.Logger.getLogger("io.quarkus.http.access-log");
        accessLog.addHandler(capture);
        try {
            try (RawHttp client = RawHttp.connect("127.0.0.1", RestAssured.port)) {
                assertThat(client.send(RawHttp.get("/api/v1/cases?audit=1", "X-Forwarded-For: 198.51.100.77, 203.0.113.40"))
                        .read().status()).isEqualTo(401);
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> lines.stream().anyMatch(l -> l.contains("/api/v1/cases")));
            String line = lines.stream().filter(l -> l.contains("/api/v1/cases")).findFirst().orElseThrow();
            assertThat(line).startsWith("203.0.113.40 \"GET /api/v1/cases\" 401").containsPattern(" \\d+ ms ")
                    .contains("fwd=198.51.100.77, 203.0.113.40").doesNotContain("audit=1");
        } finally {
            accessLog.removeHandler(capture);
        }
    }

    /** With a peers name set the gateway starts, looks it up and exports the count (SharedRateLimitsTest has the rules). */
    @org.junit.jupiter.api.Test
    void thePodCountTheLimitsAreSharedByIsExported() {
        io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("thads_gateway_peers 1.0"));
    }
}
