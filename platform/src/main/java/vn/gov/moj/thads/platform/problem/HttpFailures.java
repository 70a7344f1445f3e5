package vn.gov.moj.thads.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * Requests the HTTP layer refuses before any resource sees them (a Host header that is not a host,
 * for one) are answered as problem details too, not with Quarkus's own error body. Only client
 * errors: a server error stays with Quarkus, which logs it.
 */
@ApplicationScoped
public class HttpFailures {

    @Inject ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400 || status > 499 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Client error" : type.getReasonPhrase();
        java.util.Locale locale = ProblemMessages.choose(ctx.request().getHeader("Accept-Language"));
        Problem problem = ProblemMessages.localize(new Problem(Problem.TYPE_PREFIX
                + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                title, status, "The request could not be read", null, List.of(), Map.of()), locale);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.toLanguageTag()).end(body);
    }
}
