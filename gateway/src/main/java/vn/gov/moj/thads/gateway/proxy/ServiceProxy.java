package vn.gov.moj.thads.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Forwards a request to a service and streams the answer back unchanged (status, headers, body).
 * Each service has its own circuit breaker, so one that is down or slow answers 503 with
 * Retry-After within the timeout while the others go on; idempotent reads are retried.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "server");
    /**
     * W3C trace context and baggage are not copied: the OpenTelemetry tracer Quarkus installs on Vert.x
     * makes a client span for each call to a service (in the caller's trace, or in the one the gateway
     * started) and writes its own {@code traceparent}, {@code tracestate} and {@code baggage}. Copied,
     * the caller's would arrive as a second value naming the wrong parent.
     */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate", "baggage");
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

    private record Backend(String name, URI base, CircuitBreaker breaker) {
    }

    /** The service answered that it is unavailable; counts as a failure of the service. */
    private static final class ServiceUnavailable extends RuntimeException {
        ServiceUnavailable(int status) {
            super("status " + status, null, false, false);
        }
    }

    private final Map<String, Backend> backends = new HashMap<>();
    private final HttpClient client;
    private final GatewayConfig config;
    private final ObjectMapper mapper;

    public ServiceProxy(Vertx vertx, GatewayConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                // a client span (and traceparent) for every call, even if the request's span were missing
                .setTracingPolicy(TracingPolicy.ALWAYS));
        config.services().byName().forEach((name, url) -> backends.put(name, new Backend(name, URI.create(url),
                CircuitBreaker.create("gateway-" + name, vertx, new CircuitBreakerOptions()
                        .setMaxFailures(config.circuitFailures())
                        .setTimeout(-1) // the request's own idle timeout applies
                        .setResetTimeout(config.circuitReset().toMillis())))));
    }

    public boolean knows(String service) {
        return backends.containsKey(service);
    }

    public void forward(RoutingContext ctx, String service) {
        Backend backend = backends.get(service);
        HttpServerRequest request = ctx.request();
        boolean idempotentRead = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (idempotentRead) {
            request.resume();
        }
        attempt(ctx, backend, idempotentRead, idempotentRead ? 1 + config.readRetries() : 1);
    }

    private void attempt(RoutingContext ctx, Backend backend, boolean idempotentRead, int attemptsLeft) {
        backend.breaker().<HttpClientResponse>execute(promise -> send(ctx, backend, idempotentRead).onComplete(promise))
                .onSuccess(answer -> relay(ctx, answer))
                .onFailure(failure -> {
                    boolean circuitOpen = backend.breaker().state() == CircuitBreakerState.OPEN;
                    if (attemptsLeft > 1 && !circuitOpen && !ctx.response().headWritten()) {
                        attempt(ctx, backend, true, attemptsLeft - 1);
                        return;
                    }
                    LOG.warnf("%s unavailable for %s %s: %s", backend.name(), ctx.request().method(), ctx.normalizedPath(),
                            failure.getClass().getSimpleName());
                    long retryAfter = circuitOpen ? Math.max(1, config.circuitReset().toSeconds()) : 5;
                    Problems.send(ctx, mapper, 503, "service-unavailable", "Service unavailable",
                            "The " + backend.name() + " does not answer; try again later",
                            Map.of("Retry-After", Long.toString(retryAfter)));
                });
    }

    private Future<HttpClientResponse> send(RoutingContext ctx, Backend backend, boolean idempotentRead) {
        HttpServerRequest in = ctx.request();
        String query = in.query();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(backend.base().getHost())
                .setPort(backend.base().getPort())
                .setURI(ctx.normalizedPath() + (query == null ? "" : "?" + query))
                .setIdleTimeout(config.timeout().toMillis());
        return client.request(options).compose(out -> {
            copyHeaders(in.headers(), out.headers(), TRACE_CONTEXT);
            out.headers().set("X-Forwarded-For", forwardedFor(in));
            out.headers().set("X-Forwarded-Proto", in.scheme());
            if (in.authority() != null) {
                out.headers().set("X-Forwarded-Host", in.authority().toString());
            }
            Future<HttpClientResponse> answer = idempotentRead ? out.send() : out.send(in);
            return answer.compose(response -> {
                if (UNAVAILABLE.contains(response.statusCode())) {
                    return Future.failedFuture(new ServiceUnavailable(response.statusCode()));
                }
                // held until relayed: the body must not flow before the pipe to the client exists
                response.pause();
                return Future.succeededFuture(response);
            });
        });
    }

    private static void relay(RoutingContext ctx, HttpClientResponse answer) {
        var response = ctx.response();
        response.setStatusCode(answer.statusCode());
        copyHeaders(answer.headers(), response.headers(), Set.of());
        if (!answer.headers().contains("Content-Length")) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static void copyHeaders(MultiMap from, MultiMap to, Set<String> alsoLeftOut) {
        from.forEach((name, value) -> {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lowerCase) && !alsoLeftOut.contains(lowerCase)) {
                to.add(name, value);
            }
        });
    }

    private static String forwardedFor(HttpServerRequest in) {
        String previous = in.getHeader("X-Forwarded-For");
        String address = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        return previous == null ? address : previous + ", " + address;
    }
}
