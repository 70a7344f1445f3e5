package vn.gov.moj.thads.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import vn.gov.moj.thads.platform.problem.Problem;
import vn.gov.moj.thads.platform.problem.ProblemMessages;

import java.util.List;
import java.util.Map;

/** Problem-details answers the gateway gives itself (the services give their own). */
final class Problems {

    /** HTTP/1 connections answered with a refusal and being closed: nothing more is read from them. */
    private static final Cache<HttpConnection, Boolean> CLOSING = Caffeine.newBuilder().weakKeys().build();

    private Problems() {
    }

    static void send(RoutingContext ctx, ObjectMapper mapper, int status, String slug, String title, String detail,
                     Map<String, String> headers) {
        send(ctx, mapper, status, slug, title, detail, headers, false);
    }

    /** A request HTTP/1.1 cannot carry to the service (HTTP/2 carries characters it cannot): the client's, never the service's. */
    static void unsendableCharacters(RoutingContext ctx, ObjectMapper mapper) {
        send(ctx, mapper, 400, "request-characters", "Bad characters in the request",
                "The request's path, query or scheme holds a space or a control character, or a header's name or value a character HTTP/1.1 cannot carry",
                Map.of());
    }

    /**
     * A problem after which the connection is closed: for a request whose framing the gateway does
     * not trust, so whatever follows it on the connection (a request smuggled in its body) is never
     * read as a request.
     */
    static void sendAndClose(RoutingContext ctx, ObjectMapper mapper, int status, String slug, String title, String detail) {
        send(ctx, mapper, status, slug, title, detail, Map.of(), true);
    }

    /**
     * Closes after reading and dropping what the client still sends of its request, for at most {@link #LINGER_MS}: a
     * connection closed with unread data is reset, and a client still sending its body (11 MB against the limit) lost
     * the 413 it had been answered (what a lingering close does in Apache httpd and nginx). A request after it on the
     * connection is dropped ({@link #onClosingConnection}).
     */
    private static void lingerThenClose(RoutingContext ctx, HttpConnection connection) {
        var request = ctx.request();
        if (request.isEnded()) {
            connection.close();
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MS, t -> connection.close());
        try {
            request.handler(dropped -> { }).exceptionHandler(e -> {
                ctx.vertx().cancelTimer(timer);
                connection.close();
            }).endHandler(end -> {
                ctx.vertx().cancelTimer(timer);
                connection.close();
            });
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            ctx.vertx().cancelTimer(timer);
            connection.close();
        }
    }

    /** How long a refused request's remaining body is read before its connection is closed anyway (as Apache httpd waits). */
    private static final long LINGER_MS = 2_000;

    /** Whether this request came after a refusal on a connection being closed; if so it is dropped. */
    static boolean onClosingConnection(RoutingContext ctx) {
        HttpConnection connection = ctx.request().connection();
        if (connection != null && CLOSING.getIfPresent(connection) != null) {
            connection.close();
            return true;
        }
        return false;
    }

    private static void send(RoutingContext ctx, ObjectMapper mapper, int status, String slug, String title, String detail,
                             Map<String, String> headers, boolean close) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        java.util.Locale locale = ProblemMessages.choose(ctx.request().getHeader("Accept-Language"));
        Problem problem = ProblemMessages.localize(
                new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, ctx.normalizedPath(), List.of(), Map.of()), locale);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.toLanguageTag());
        headers.forEach(response::putHeader);
        HttpConnection connection = ctx.request().connection();
        if (close && connection != null && ctx.request().version() != HttpVersion.HTTP_2) {
            // marked before the answer ends: Vert.x starts a pipelined request as soon as it does
            CLOSING.put(connection, Boolean.TRUE);
            response.putHeader("Connection", "close");
            response.end(body).onComplete(done -> lingerThenClose(ctx, connection));
        } else {
            response.end(body);
        }
    }
}
