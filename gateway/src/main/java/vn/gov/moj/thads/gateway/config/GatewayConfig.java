package vn.gov.moj.thads.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the services are, which paths go to which, and how the gateway protects them. */
@ConfigMapping(prefix = "thads.gateway")
public interface GatewayConfig {

    /** Base URL of each service (env THADS_GATEWAY_SERVICES_CASE_SERVICE and so on). */
    Services services();

    interface Services {
        String caseService();

        String complaintService();

        String reportingService();

        /** By the names routes use. */
        default Map<String, String> byName() {
            return Map.of("case-service", caseService(), "complaint-service", complaintService(),
                    "reporting-service", reportingService());
        }
    }

    /** Path prefixes and the service they go to; the longest matching prefix wins. */
    List<Route> routes();

    /** Paths that need no token (the public lists and tracking). */
    List<String> publicPrefixes();

    /**
     * Time a service has to start answering before the gateway gives up on it (503). Longer than the
     * services' statement timeouts and the reporting service's call to the case service (README "Time limits").
     */
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * Extra attempts for an idempotent read (GET, HEAD) that could not connect or lost its connection
     * before an answer; not for one that timed out, nor for any answer, whatever its status.
     */
    @WithDefault("1")
    int readRetries();

    /**
     * How many proxies in front of the gateway append to X-Forwarded-For, when forwarding is on (ClientAddresses): 1
     * behind Envoy Gateway alone, 2 with a cloud balancer before it.
     */
    @WithDefault("1")
    int forwardedHops();

    /** Failures in a row after which a service's circuit opens. */
    @WithDefault("5")
    int circuitFailures();

    /** How long an open circuit answers 503 before trying the service again. */
    @WithDefault("15s")
    Duration circuitReset();

    @WithDefault("10485760")
    long maxBodyBytes();

    RateLimit rateLimit();

    interface Route {
        String prefix();

        String service();
    }

    interface RateLimit {
        /** Requests per minute for one token subject. */
        @WithDefault("600")
        long perSubjectPerMinute();

        /** Requests per minute for one address on public endpoints. */
        @WithDefault("60")
        long publicPerMinute();

        /**
         * Refused bearer tokens per minute for one address; past it, a token the gateway has not
         * verified yet gets 429 without being verified (tokens already verified still pass).
         */
        @WithDefault("60")
        long refusedTokensPerMinute();

        /**
         * A DNS name whose addresses are the gateway's ready pods (the headless Service {@code gateway-peers}): each pod
         * then charges a request as many tokens as there are pods, so that a client's budget is the one above across the
         * deployment however the proxies spread its requests and however many pods its own load makes the autoscaler
         * start. Absent (the local run, the tests): this pod alone.
         */
        Optional<String> peers();
    }
}
