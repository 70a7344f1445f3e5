package vn.gov.moj.thads.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.api.QueryParams;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.reporting.api.PublicFigures;
import vn.gov.moj.thads.reporting.model.SignedPeriod;
import vn.gov.moj.thads.reporting.service.PeriodService;

import java.util.List;

/**
 * Open data (issue 17, item 6): the signed figures of every province per closed period, without a
 * token, as JSON or CSV. Signed figures never change, so the answer changes only when a period is
 * closed: its ETag is the digest of the periods' digests and the form, and a request with that
 * ETag in If-None-Match is answered 304. The gateway rate-limits it per client address.
 */
@Path("/api/v1/public/figures")
@Tag(name = "Open data")
@PermitAll
public class PublicFiguresResource {

    private static final List<Variant> FORMS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(ReportWriters.CSV))
            .build();

    @Inject PeriodService periods;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportWriters.CSV})
    @Operation(summary = "Open data, no token: the signed figures of every province per closed period of a work year (without"
            + " workYear, the latest a province signed);"
            + " JSON or CSV (Accept: text/csv); ETag and If-None-Match")
    public Response figures(@QueryParam("workYear") String workYear, @Context Request request) {
        Variant form = request.selectVariant(FORMS);
        if (form == null) {
            throw new ProblemException(406, "not-acceptable", "Not acceptable", "Open data is application/json or text/csv");
        }
        PublicFigures figures = periods.publicFigures(QueryParams.workYearOf(workYear, "workYear"));
        StringBuilder content = new StringBuilder(form.getMediaType().toString()).append('|').append(figures.workYear())
                .append('|').append(figures.workYears());
        figures.periods().forEach(p -> content.append('|').append(p.digest()));
        EntityTag tag = new EntityTag(SignedPeriod.sha256(content.toString()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(figures, form.getMediaType());
        // Vary: Accept is on the answer already, written by Request.selectVariant; the 304's builder has a copy of it
        // (evaluatePreconditions), which would make it twice
        return answer.tag(tag).cacheControl(cache).header("Vary", null).build();
    }
}
