package vn.gov.moj.thads.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * What must hold before a request is matched to a resource: Accept and Content-Type are media
 * types (JAX-RS reads Accept only when it writes the answer, after the change is made, and fails
 * there), and no path or query parameter holds the NUL character (%00), which PostgreSQL refuses.
 */
public class RequestChecks {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        mediaTypes(request.getHeaderString(HttpHeaders.ACCEPT), HttpHeaders.ACCEPT, true);
        mediaTypes(request.getHeaderString(HttpHeaders.CONTENT_TYPE), HttpHeaders.CONTENT_TYPE, false);
        if (request.getUriInfo().getPath(true).indexOf('\u0000') >= 0) {
            throw ProblemException.invalidField("path", "must not contain the NUL character (%00)");
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0);
            if (nul) {
                throw ProblemException.invalidField(parameter.getKey().replace('\u0000', '?'), "must not contain the NUL character (%00)");
            }
        }
    }

    private static void mediaTypes(String value, String header, boolean list) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String type : list ? value.split(",") : new String[] {value}) {
            if (type.isBlank() && list) {
                continue;
            }
            try {
                MediaType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "malformed-header", "Malformed header",
                        "The " + header + " header is not " + (list ? "a list of media types" : "a media type")
                                + ", e.g. application/json",
                        List.of(new Problem.FieldError(header, "is not a media type")));
            }
        }
    }
}
