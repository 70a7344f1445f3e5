package vn.gov.moj.thads.platform.api;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gov.moj.thads.platform.problem.ProblemException;

/**
 * The {@code page} and {@code size} query parameters of every list, checked before the resource
 * converts them: a number too large for an int would otherwise be a 404 (JAX-RS), and a page whose
 * first row ({@code page * size}) overflows an int a negative offset and a 500. The range of
 * {@code size} is each list's own ({@code @Min}/{@code @Max}).
 */
public class ListParams {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        var query = uri.getQueryParameters();
        String page = query.getFirst("page");
        if (page != null && !page.isBlank() && !inRange(page, 0, Page.MAX_PAGE)) {
            throw ProblemException.invalidField("page", "must be a whole number from 0 to " + Page.MAX_PAGE);
        }
        String size = query.getFirst("size");
        if (size != null && !size.isBlank() && !inRange(size, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
            throw ProblemException.invalidField("size", "must be a whole number from 1 to " + Page.MAX_SIZE);
        }
    }

    private static boolean inRange(String value, long min, long max) {
        String digits = value.strip();
        if (!digits.matches("-?\\d{1,12}")) {
            return false;
        }
        long number = Long.parseLong(digits);
        return number >= min && number <= max;
    }
}
