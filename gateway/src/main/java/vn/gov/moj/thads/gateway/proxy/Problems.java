package vn.gov.moj.thads.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import vn.gov.moj.thads.platform.problem.Problem;

import java.util.List;
import java.util.Map;

/** Problem-details answers the gateway gives itself (the services give their own). */
final class Problems {

    private Problems() {
    }

    static void send(RoutingContext ctx, ObjectMapper mapper, int status, String slug, String title, String detail,
                     Map<String, String> headers) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, ctx.normalizedPath(), List.of(), Map.of());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        response.end(body);
    }
}
