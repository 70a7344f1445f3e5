package vn.gov.moj.thads.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every problem a service answers, in the language the caller asks for ({@link ProblemMessages}):
 * Vietnamese unless {@code Accept-Language} prefers English. Says which in {@code Content-Language}.
 */
public class ProblemLanguage {

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            var locale = ProblemMessages.choose(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(ProblemMessages.localize(problem, locale), response.getEntityAnnotations(),
                    MediaType.valueOf(Problem.MEDIA_TYPE));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
