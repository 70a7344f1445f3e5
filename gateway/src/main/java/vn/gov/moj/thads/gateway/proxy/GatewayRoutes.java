package vn.gov.moj.thads.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gov.moj.thads.gateway.config.GatewayConfig;
import vn.gov.moj.thads.platform.logging.RequestIdFilter;
import vn.gov.moj.thads.platform.security.VerifiedTokenCache;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The front door: every request gets a request id; requests for a service's paths are checked
 * (size, bearer token unless public, rate) and forwarded. The gateway's own endpoints (development
 * tokens, /me, the merged API docs) are ordinary REST resources.
 */
@ApplicationScoped
public class GatewayRoutes {

    public static final String REQUEST_ID = "X-Request-Id";

    /** The gateway's own public documents: without a token they take the public limit too. */
    private static final Set<String> API_DOCUMENTS = Set.of("/api/v1/openapi", "/api/v1/asyncapi");

    private final GatewayConfig config;
    private final ServiceProxy proxy;
    private final RateLimiter rateLimiter;
    private final VerifiedTokenCache tokens;
    private final ObjectMapper mapper;
    private final ClientAddresses clients;
    private final List<GatewayConfig.Route> routes;

    public GatewayRoutes(GatewayConfig config, ServiceProxy proxy, RateLimiter rateLimiter, VerifiedTokenCache tokens, ObjectMapper mapper,
                         ClientAddresses clients) {
        this.config = config;
        this.clients = clients;
        this.proxy = proxy;
        this.rateLimiter = rateLimiter;
        this.tokens = tokens;
        this.mapper = mapper;
        this.routes = config.routes().stream()
                .sorted(Comparator.comparing((GatewayConfig.Route r) -> r.prefix().length()).reversed()).toList();
        routes.forEach(route -> {
            if (!proxy.knows(route.service())) {
                throw new IllegalStateException("Route " + route.prefix() + " names unknown service " + route.service());
            }
        });
    }

    void install(@Observes Router router) {
        // right after Quarkus's access-log handler (Integer.MIN_VALUE), before its CORS filter may answer a preflight
        router.route().order(Integer.MIN_VALUE + 1).handler(this::client);
        router.route().order(-30).handler(this::framing);
        router.route().order(-20).handler(this::requestId);
        router.route("/api/*").order(-10).handler(this::route);
    }

    /**
     * The client as the gateway counts it, for the access log's first field ({@code %{d,thads.client}}): Quarkus's own
     * {@code %h} is the left-most forwarded address, which the client writes itself.
     */
    private void client(RoutingContext ctx) {
        // a request after a refusal on a connection being closed (read while its refused body is drained) is dropped
        // here, before Quarkus's CORS filter could answer it as a preflight
        if (Problems.onClosingConnection(ctx)) {
            return;
        }
        ctx.put(ClientAddresses.LOGGED, clients.addressOf(ctx.request()));
        ctx.next();
    }

    /**
     * Requests whose end the gateway and another HTTP hop could see differently are refused, and their
     * connection closed, before anything else. Two framings are accepted: a Content-Length, and on
     * HTTP/1.1 a single Transfer-Encoding header whose whole value is {@code chunked} with no
     * Content-Length (what Envoy sends upstream for an HTTP/2 request without a length). Every
     * HTTP/1.1 parser ends such a body at its last chunk, and the gateway passes it on as chunks of
     * its own, never the client's bytes. Refused: Transfer-Encoding beside a Content-Length (one
     * hop may frame by the length, another by the chunks), any other coding or list
     * ({@code gzip, chunked}, {@code chunked, chunked}, {@code identity}: the parsers differ on where
     * such a body ends, and the gateway decodes no coding), a repeated header, Transfer-Encoding on
     * HTTP/1.0 (RFC 9112 6.1), and a GET or HEAD announcing a body. A body without a Content-Length is
     * held to the same limit as one with it while it streams to a service ({@link ServiceProxy}); the
     * gateway's own endpoints refuse one ({@link #route}).
     */
    private void framing(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        boolean bodyless = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        List<String> transferEncodings = request.headers().getAll("Transfer-Encoding");
        if (!transferEncodings.isEmpty() && !bodyless && !chunkedAlone(request, transferEncodings)) {
            Problems.sendAndClose(ctx, mapper, 400, "request-framing", "Bad request framing",
                    "Send a request body with a Content-Length, or with Transfer-Encoding: chunked alone");
            return;
        }
        if (request.headers().contains("Sec-WebSocket-Key1") || request.headers().contains("Sec-WebSocket-Key2")) {
            // the parser (Netty) reads eight body bytes after a GET carrying both (the old WebSocket handshake,
            // which nothing here speaks), that no Content-Length announces: another hop would see them as
            // the start of the next request
            Problems.sendAndClose(ctx, mapper, 400, "request-framing", "Bad request framing",
                    "A " + request.method() + " request has no body");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (bodyless && (!transferEncodings.isEmpty() || length != null && !length.strip().equals("0"))) {
            Problems.sendAndClose(ctx, mapper, 400, "request-framing", "Bad request framing",
                    "A " + request.method() + " request has no body");
            return;
        }
        if (!forwardable(request.uri(), request.headers()) || !"http".equals(request.scheme()) && !"https".equals(request.scheme())) {
            // HTTP/2 carries a space or a control character where HTTP/1.1 cannot (its parser answers 400 itself), in a
            // header's name or the :scheme too (session 29's review): the request to the service then failed in the
            // gateway's client, counted against the service, and three such anonymous requests opened its circuit for everyone
            Problems.unsendableCharacters(ctx, mapper);
            return;
        }
        ctx.next();
    }

    /** Whether an HTTP/1.1 request line and headers can carry a request with this path and query and these headers. */
    public static boolean forwardable(String uri, Iterable<Map.Entry<String, String>> headers) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return false;
            }
        }
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey();
            // a name is a token (RFC 9110 5.1); HTTP/2's pseudo-headers, if listed, have theirs after the colon
            if (!isToken(name.startsWith(":") ? name.substring(1) : name)) {
                return false;
            }
            String value = header.getValue();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < ' ' && c != '\t' || c == 0x7F) {
                    return false;
                }
            }
        }
        return true;
    }

    /** RFC 9110 5.6.2: {@code tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA}. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * HTTP/1.1, one Transfer-Encoding header that says {@code chunked} and nothing else, and no Content-Length. Compared
     * exactly: the parser has already taken off the spaces around a value on its own line, so a space left at its edge
     * comes from a header folded onto a second line (obs-fold, RFC 9112 5.2), which another hop may read differently.
     */
    private static boolean chunkedAlone(HttpServerRequest request, List<String> transferEncodings) {
        return request.version() == HttpVersion.HTTP_1_1 && transferEncodings.size() == 1
                && "chunked".equalsIgnoreCase(transferEncodings.get(0))
                && !request.headers().contains("Content-Length");
    }

    /**
     * One id per request, made if the client sent none (or one unfit for a log line), passed to the service and logged by
     * all. Set, not added: a second X-Request-Id the client sent went on beside the first, into the access log's line and
     * to the service (session 29's review). On the answer once, when its headers are written: the gateway's own endpoints
     * echo it too (the platform's RequestIdFilter), and a service's copy of it is the same id.
     */
    private void requestId(RoutingContext ctx) {
        String sent = ctx.request().getHeader(REQUEST_ID);
        String id = RequestIdFilter.isWellFormed(sent) ? sent : UUID.randomUUID().toString();
        ctx.request().headers().set(REQUEST_ID, id);
        ctx.response().putHeader(REQUEST_ID, id);
        ctx.addHeadersEndHandler(end -> ctx.response().headers().set(REQUEST_ID, id));
        // the CORS filter answers each origin with its own Access-Control-Allow-Origin: a cache (the open data may be kept
        // 5 minutes) must key on the origin, or one front end gets another's answer, or none (session 29's review)
        ctx.response().headers().add("Vary", "Origin");
        ctx.next();
    }

    private void route(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        // Before the gateway's own endpoints too: past their limit Vert.x would answer 413 without a body.
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBodyBytes()) {
            Problems.sendAndClose(ctx, mapper, 413, "payload-too-large", "Payload too large",
                    "The body is larger than " + config.maxBodyBytes() + " bytes");
            return;
        }
        GatewayConfig.Route route = routes.stream().filter(r -> matches(path, r.prefix())).findFirst().orElse(null);
        if (route == null && length == null && ctx.request().headers().contains("Transfer-Encoding")) {
            // The gateway's own endpoints are read by Quarkus REST, which cannot count a body against the gateway's
            // limit as ServiceProxy does (past its own limit it answers an empty 413 and logs errors); they take
            // small JSON bodies whose length a client knows.
            Problems.sendAndClose(ctx, mapper, 400, "request-framing", "Bad request framing",
                    "This endpoint takes a request body with a Content-Length only");
            return;
        }
        if (route != null && config.publicPrefixes().stream().anyMatch(path::startsWith)) {
            admit(ctx, route, null);
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (route == null && isApiDocument(path)) {
                admit(ctx, null, null); // public, and the merged one is built from four calls: the public limit
            } else if (route == null) {
                ctx.next(); // the gateway's other endpoints (those needing a token answer 401 themselves), or a 404
            } else {
                unauthenticated(ctx);
            }
            return;
        }
        // The gateway's own endpoints take their token through the same door, so that a flood of forged
        // tokens meets the same limit wherever it is sent. They refused an invalid token before too (even
        // the public ones), and check a valid one again themselves. A valid one takes the caller's limit there too:
        // /me asks the case service for an officer's standing (session 29), and was outside every limit.
        Consumer<JsonWebToken> verified = token -> admit(ctx, route, token.getSubject());
        String bearer = authorization.substring(7).strip();
        Optional<JsonWebToken> known = tokens.alreadyVerified(bearer);
        if (known.isPresent()) {
            verified.accept(known.get());
            return;
        }
        String address = clients.bucketOf(ctx.request());
        OptionalLong wait = rateLimiter.verificationWait(address);
        if (wait.isPresent()) {
            tooManyRequests(ctx, wait.getAsLong());
            return;
        }
        // A token not seen before is verified off the event loop: the gateway has one (application.properties),
        // and verifying may fetch the identity provider's keys (JWKS) or wait on it.
        ctx.vertx().<JsonWebToken>executeBlocking(() -> tokens.parse(bearer), false)
                .onSuccess(verified::accept)
                .onFailure(refused -> {
                    rateLimiter.refused(address);
                    unauthenticated(ctx);
                });
    }

    /**
     * A request with a valid token ({@code subject}: the identity provider's immutable id) or on a public path (null),
     * within its limit: to its service, or ({@code route} null) to the gateway's own endpoint.
     */
    private void admit(RoutingContext ctx, GatewayConfig.Route route, String subject) {
        OptionalLong wait = rateLimiter.tryAcquire(subject, clients.bucketOf(ctx.request()));
        if (wait.isPresent()) {
            tooManyRequests(ctx, wait.getAsLong());
        } else if (route == null) {
            ctx.next();
        } else {
            proxy.forward(ctx, route.service());
        }
    }

    /** The merged API documents, as Quarkus REST serves them (a trailing slash reaches the same resource). */
    private static boolean isApiDocument(String path) {
        return API_DOCUMENTS.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    private void tooManyRequests(RoutingContext ctx, long seconds) {
        Problems.send(ctx, mapper, 429, "rate-limited", "Too many requests",
                "Slow down: the limit for this client is reached", Map.of("Retry-After", Long.toString(seconds)));
    }

    private void unauthenticated(RoutingContext ctx) {
        Problems.send(ctx, mapper, 401, "unauthenticated", "Unauthenticated", "A valid bearer token is required",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    private static boolean matches(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }
}
