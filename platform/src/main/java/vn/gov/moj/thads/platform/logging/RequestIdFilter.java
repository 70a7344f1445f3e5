package vn.gov.moj.thads.platform.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the gateway's {@code X-Request-Id} into every log line of the request ({@code %X{requestId}}
 * in the log format) and echoes it, so one request can be followed across services.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /**
     * What a request id may be: letters, digits and {@code . _ : -}, up to 100 (a UUID, a trace id). It is written
     * into every log line of the request: anything else (spaces, quotes, control characters) could forge a field of
     * the line or a line of its own, so it is replaced.
     */
    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (isWellFormed(id)) {
            MDC.put(MDC_KEY, id);
        } else {
            MDC.remove(MDC_KEY);
        }
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getHeaderString(HEADER);
        if (isWellFormed(id)) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
