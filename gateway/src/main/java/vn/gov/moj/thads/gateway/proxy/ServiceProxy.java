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
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

/**
 * Forwards a request to a service and streams the answer back (status, end-to-end headers, body).
 * Each service has its own circuit breaker, so one that is down or slow answers 503 with
 * Retry-After within the timeout while the others go on; idempotent reads that could not reach the
 * service are retried once, but not one the service was still working on when the timeout passed:
 * tried again it would run twice, and count twice toward the circuit. The services' own limits are
 * shorter than the gateway's timeout (README "Time limits"), so a slow statement is answered by the
 * service itself (503 {@code query-too-long}), which is relayed as any answer.
 * <p>
 * Framing is the gateway's own on each side: hop-by-hop headers are not passed on, a request carries
 * the body the gateway read with the length it read it with (or none at all), and a connection on
 * which an exchange did not complete (client gone mid-upload, service gone mid-answer) is closed,
 * never put back in the pool with bytes still owed. A body sent without a length (HTTP/1.1 chunked,
 * which {@link GatewayRoutes} lets through only as a lone {@code chunked}, or HTTP/2 without a
 * Content-Length) goes on in chunks of the gateway's own, ending where the gateway's parser ended
 * it; no byte of the client's framing reaches the service. Every body is counted as it streams
 * (nothing is buffered): one that passes {@code thads.gateway.max-body-bytes} has its service request
 * reset, so the service never takes a truncated body for a whole one, and the client gets 413
 * (or, if an answer has begun, a closed connection). Only transport failures (cannot connect,
 * connection lost, no answer within the timeout) count against a service, not a body the client
 * broke off or sent too large; an answer, whatever its status, is the service's answer and is
 * relayed as it is.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) and the obsolete ones proxies still meet; never passed on either way. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer",
            "transfer-encoding", "upgrade", "http2-settings");
    /**
     * Not copied from the client: the framing and addressing headers the gateway writes itself, and
     * the W3C trace context: the OpenTelemetry tracer Quarkus installs on Vert.x makes a client span
     * for each call to a service (in the caller's trace, or in the one the gateway started) and
     * writes its own {@code traceparent}, {@code tracestate} and {@code baggage}. Copied, the
     * caller's would arrive as a second value naming the wrong parent.
     */
    private static final Set<String> SET_BY_THE_GATEWAY = Set.of("host", "content-length", "expect", "forwarded",
            "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix",
            "traceparent", "tracestate", "baggage", "sec-websocket-key1", "sec-websocket-key2");
    private static final Set<String> NOT_RETURNED = Set.of("server");
    /** Whose answers anyone may read: there a service's own caching rule (the open data's max-age) replaces the gateway's no-store. */
    private static final String PUBLIC_PATHS = "/api/v1/public/";
    /** Context key: the client's body failed on its side (past the limit, cut short, badly chunked): no failure of the service. */
    private static final String FAILED_AT_CLIENT = "thads.gateway.failed-at-client";

    private record Backend(String name, URI base, CircuitBreaker breaker) {
    }

    private final Map<String, Backend> backends = new HashMap<>();
    private final HttpClient client;
    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final ClientAddresses clients;

    public ServiceProxy(Vertx vertx, GatewayConfig config, ObjectMapper mapper, ClientAddresses clients) {
        this.config = config;
        this.clients = clients;
        this.mapper = mapper;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setPipelining(false)
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

    /**
     * A read of the gateway's own (not a client's request) from {@code service} with the caller's token, within the timeout
     * and outside the circuit: the body of a 200, or a failure for any other answer.
     */
    public Future<io.vertx.core.buffer.Buffer> read(String service, String path, String authorization) {
        URI base = backends.get(service).base();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost()).setPort(base.getPort())
                .setURI(path).setIdleTimeout(config.timeout().toMillis()).putHeader("Authorization", authorization);
        return client.request(options).compose(HttpClientRequest::send).compose(answer -> answer.statusCode() == 200 ? answer.body()
                : answer.body().compose(ignored -> Future.failedFuture(service + " answered " + answer.statusCode())));
    }

    public void forward(RoutingContext ctx, String service) {
        Backend backend = backends.get(service);
        HttpServerRequest request = ctx.request();
        boolean idempotentRead = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (idempotentRead) {
            request.resume(); // no body (GatewayRoutes refused one); let the request end
        }
        attempt(ctx, backend, idempotentRead, idempotentRead ? 1 + config.readRetries() : 1);
    }

    private void attempt(RoutingContext ctx, Backend backend, boolean idempotentRead, int attemptsLeft) {
        backend.breaker().<HttpClientResponse>execute(promise -> send(ctx, backend, idempotentRead).onComplete(sent -> {
                    if (sent.failed() && (ctx.response().closed() || ctx.get(FAILED_AT_CLIENT) != null)) {
                        // the client went away, or its body failed on its side: no failure of the service
                        promise.complete(null);
                    } else if (sent.failed() && sent.cause() instanceof TimeoutException && !ctx.request().isEnded()) {
                        // the time for the answer ran out while the client was still sending its body: its slowness,
                        // not the service's (else a few clients trickling bodies would open the circuit for everyone)
                        promise.complete(null);
                        Problems.sendAndClose(ctx, mapper, 408, "request-timeout", "Request timeout",
                                "The request body did not arrive within " + config.timeout().toSeconds() + " s");
                    } else {
                        promise.handle(sent);
                    }
                }))
                .onSuccess(answer -> {
                    if (answer != null) {
                        relay(ctx, backend, answer);
                    }
                })
                .onFailure(failure -> {
                    boolean circuitOpen = backend.breaker().state() == CircuitBreakerState.OPEN;
                    if (attemptsLeft > 1 && !circuitOpen && !ctx.response().headWritten() && !(failure instanceof TimeoutException)) {
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
        return client.request(options).compose(out -> sendTo(ctx, out, idempotentRead)).map(response -> {
            // held until relayed: the body must not flow before the pipe to the client exists
            response.pause();
            return response;
        });
    }

    private Future<HttpClientResponse> sendTo(RoutingContext ctx, HttpClientRequest out, boolean idempotentRead) {
        HttpServerRequest in = ctx.request();
        // The failure also fails the answer, which attempt() logs without the query (searches carry names there);
        // with no handler Vert.x logs it as an error, query and all, for every time-out a client can cause.
        out.exceptionHandler(failure -> {
        });
        try {
            copyHeaders(in.headers(), out.headers(), SET_BY_THE_GATEWAY, Set.of());
            // the client as the gateway sees it (ClientAddresses); whatever X-Forwarded-For a client sent is not passed on
            out.headers().set("X-Forwarded-For", clients.addressOf(in));
            out.headers().set("X-Forwarded-Proto", in.scheme());
            if (in.authority() != null) {
                out.headers().set("X-Forwarded-Host", in.authority().toString());
            }
        } catch (IllegalArgumentException unsendable) {
            // what HTTP/1.1 cannot carry and GatewayRoutes.framing did not foresee: the client's, never the service's failure
            // (counted against the service, three such requests opened its circuit for everyone)
            ctx.put(FAILED_AT_CLIENT, Boolean.TRUE);
            out.reset();
            Problems.unsendableCharacters(ctx, mapper);
            return Future.failedFuture(unsendable);
        }
        String length = in.getHeader("Content-Length");
        // Without a length a body follows only if the client's framing says so: chunks on HTTP/1.1
        // (GatewayRoutes.framing lets Transfer-Encoding through only as a lone "chunked"), frames on
        // HTTP/2. An HTTP/1.1 request with neither has no body (RFC 9112 6.3). The request is paused
        // until piped, so one already ended had nothing left to send.
        boolean framedWithoutLength = length == null && !in.isEnded()
                && (in.version() == HttpVersion.HTTP_2 || in.headers().contains("Transfer-Encoding"));
        if (idempotentRead || "0".equals(length) || (length == null && !framedWithoutLength)) {
            return out.send(); // no body, and no length announcing one
        }
        if (length != null) {
            // the length the gateway's own parser framed this body with: exactly what will be sent
            out.headers().set("Content-Length", length);
        } else {
            out.setChunked(true); // the service gets the body as the gateway's own chunks, ended where the client's ended
        }
        streamBody(ctx, out);
        return out.response();
    }

    /**
     * The client's body to the service, counted as it goes (a body with a Content-Length over the
     * limit was refused before, so only one without can pass it here). If it stops short or passes
     * the limit, the service's request is reset, never ended: the service sees a broken connection,
     * not a shorter body, and the connection is not reused.
     */
    private void streamBody(RoutingContext ctx, HttpClientRequest out) {
        LimitedBody body = new LimitedBody(ctx.request(), config.maxBodyBytes());
        body.pipe().endOnFailure(false).to(out).onFailure(failure -> {
            if (body.failedAtClient()) {
                ctx.put(FAILED_AT_CLIENT, Boolean.TRUE); // before the reset, whose failure attempt() then reads
            }
            out.reset();
            if (failure instanceof LimitedBody.TooLarge) {
                tooLarge(ctx);
            }
        });
    }

    /**
     * A body that passed the limit on its way: 413 if no answer has begun, and nothing more is read
     * from the client. On HTTP/1.1 its connection is closed (the rest of the body is unread, so no
     * request could follow on it); on HTTP/2 only the request's stream is reset, with NO_ERROR after
     * a 413 (RFC 9113 8.1: stop sending, the answer stands).
     */
    private void tooLarge(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.closed()) {
            return;
        }
        boolean http2 = ctx.request().version() == HttpVersion.HTTP_2;
        if (!response.headWritten()) {
            Problems.sendAndClose(ctx, mapper, 413, "payload-too-large", "Payload too large",
                    "The body is larger than " + config.maxBodyBytes() + " bytes");
            if (http2) {
                response.reset(0);
            }
        } else if (http2) {
            response.reset(); // an answer begun (or given) cannot become a 413
        } else {
            ctx.request().connection().close();
        }
    }

    private void relay(RoutingContext ctx, Backend backend, HttpClientResponse answer) {
        var response = ctx.response();
        if (response.closed()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        // The gateway's own headers on the answer (the security headers, the request id, no-store) stand: a service's copy
        // would be a second value, two Cache-Control of which caches obey the stricter and clients either. Vary, a list,
        // adds to the gateway's. A service's caching rule counts on the public paths only: anything else may be personal.
        if (answer.headers().contains("Cache-Control") && ctx.normalizedPath().startsWith(PUBLIC_PATHS)) {
            response.headers().remove("Cache-Control");
        }
        Set<String> gatewaysOwn = new TreeSet<>(String.CASE_INSENSITIVE_ORDER); // HTTP/2's names are in lower case
        gatewaysOwn.addAll(response.headers().names());
        gatewaysOwn.remove("Vary");
        copyHeaders(answer.headers(), response.headers(), NOT_RETURNED, gatewaysOwn);
        String location = answer.getHeader("Location");
        if (location != null) {
            response.headers().set("Location", publicLocation(location, backend.base()));
        }
        boolean bodyless = ctx.request().method() == HttpMethod.HEAD || answer.statusCode() == 204 || answer.statusCode() == 304;
        if (!answer.headers().contains("Content-Length") && !bodyless) {
            response.setChunked(true);
        }
        // a failure either side closes both connections: an answer cut short must not look complete
        answer.pipe().endOnFailure(false).to(response).onSuccess(relayed -> {
            if (!ctx.request().isEnded()) {
                awaitTheRestOfTheBody(ctx, answer.request());
            }
        }).onFailure(failure -> {
            answer.request().reset();
            response.reset();
        });
    }

    /**
     * The service answered before it had the whole body (a 404, a refusal): the rest is waited for as long as an answer
     * would be, then the exchange ends, so that a client trickling its body holds none of the service's pooled
     * connections (64 such clients held them all, for up to the client's 30-minute idle time-out).
     */
    private void awaitTheRestOfTheBody(RoutingContext ctx, HttpClientRequest toService) {
        ctx.vertx().setTimer(config.timeout().toMillis(), late -> {
            if (ctx.request().isEnded()) {
                return;
            }
            toService.reset();
            if (ctx.request().version() == HttpVersion.HTTP_2) {
                ctx.response().reset(8); // CANCEL: this stream only, the connection's others go on
            } else if (ctx.request().connection() != null) {
                ctx.request().connection().close(); // the rest of the body is unread: no request can follow on it
            }
        });
    }

    /**
     * A Location on the service's own address (JAX-RS makes relative ones absolute with the Host the
     * gateway connected to) becomes the same path on the gateway; any other is the service's to give.
     */
    static String publicLocation(String location, URI serviceBase) {
        try {
            URI uri = URI.create(location.strip());
            if (uri.isAbsolute() && uri.getScheme().equalsIgnoreCase(serviceBase.getScheme())
                    && uri.getHost() != null && uri.getHost().equalsIgnoreCase(serviceBase.getHost())
                    && port(uri) == port(serviceBase)) {
                return (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            }
        } catch (IllegalArgumentException notAUri) {
            // passed on as the service wrote it
        }
        return location;
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * End-to-end headers only: hop-by-hop ones, any the Connection header names, and those left out ({@code alsoLeftOut} in
     * lower case, {@code alreadySet} a set that compares without regard to case).
     */
    private static void copyHeaders(MultiMap from, MultiMap to, Set<String> alsoLeftOut, Set<String> alreadySet) {
        Set<String> namedInConnection = new HashSet<>();
        for (String connection : from.getAll("Connection")) {
            for (String token : connection.split(",")) {
                namedInConnection.add(token.strip().toLowerCase(Locale.ROOT));
            }
        }
        from.forEach((name, value) -> {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lowerCase) && !lowerCase.startsWith("proxy-") && !namedInConnection.contains(lowerCase)
                    && !alsoLeftOut.contains(lowerCase) && !alreadySet.contains(name)) {
                to.add(name, value);
            }
        });
    }
}
