package vn.gov.moj.thads.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gov.moj.thads.platform.database.PassingSqlStates;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Every error a service answers, as problem details. No stack trace and no exception message
 * from a library ever reaches a client; unexpected errors are logged with an id the client sees.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL's query_canceled: a statement cancelled by the statement timeout (or by an operator). */
    private static final String QUERY_CANCELED = "57014";
    private static final String DATABASE_UNAVAILABLE = "The database is out of reach or restarting; try again"
            + " shortly (after a change, read the record first: the change may have been kept before the answer was lost)";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.toProblem(path(uri)));
    }

    /** A rule of the domain, answered at the edge: its kind decides the status. */
    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return answer(ProblemException.of(e).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return answer(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400,
                "The request has invalid fields", path(uri), errors, Map.of()));
    }

    // Listed one by one: Quarkus REST has built-in mappers for the specific Jackson exceptions.
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, JsonParseException.class, ValueInstantiationException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
        String message;
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == java.time.LocalDate.class) {
            message = "must be a date like 2026-09-30, in the years 0001 to 9999";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            message = "must not contain the NUL character"; // the one text StrictJson refuses
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            message = "must be a valid " + format.getTargetType().getSimpleName();
        } else if (field != null && !field.isEmpty()) {
            message = "has the wrong type or form";
        } else {
            message = null;
        }
        List<Problem.FieldError> errors = message == null ? List.of() : List.of(new Problem.FieldError(field, message));
        return answer(new Problem(Problem.TYPE_PREFIX + "malformed-body", "Malformed request body", 400,
                message == null ? "The body is not valid JSON" : "The body has a field of the wrong type or form",
                path(uri), errors, Map.of()));
    }

    /**
     * A type Jackson cannot build is the service's fault: a 500 problem with an error id, as any
     * unexpected error (Quarkus's own mapper answers an empty 500).
     */
    @ServerExceptionMapper
    public Response undefined(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response response = answer("unauthenticated", "Unauthenticated", 401, "A valid bearer token is required", uri);
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer("forbidden", "Forbidden", 403, "Your role does not allow this", uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        if (e.getCause() instanceof ProblemException problem) { // a parameter that does not convert (TypedParams)
            return problem(problem, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_PREFIX + slug, title, status, null, path(uri), List.of(), Map.of()));
        // keep what the protocol needs, e.g. Allow on a 405
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    /**
     * A date computed from the request beyond what java.time holds (a work year of a billion): the
     * request's fault, not the service's.
     */
    @ServerExceptionMapper
    public Response dateOutOfRange(DateTimeException e, UriInfo uri) {
        return answer("invalid-date", "Invalid date", 400,
                "A date or year in the request is outside the range the system handles", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Persistence exceptions are matched by name: the gateway has no persistence library.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException") || name.startsWith("org.hibernate.Stale")) {
                return answer(ProblemException.preconditionFailed(
                        "Someone else changed this record at the same time; read it again and retry").toProblem(path(uri)));
            }
            if (name.equals("org.hibernate.exception.ConstraintViolationException")) {
                return answer(ProblemException.conflict("conflict",
                        "The change conflicts with data recorded at the same time; read it again and retry").toProblem(path(uri)));
            }
            if (name.equals("org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException")) {
                // as many heavy reads as a service runs at once are running (a bulkhead): refused at once, nothing read
                return Response.fromResponse(answer("busy", "Busy", 503, "As many reports that read case by case as this service"
                        + " runs at once are running; try again in a moment", uri)).header("Retry-After", "1").build();
            }
            if (t instanceof java.sql.SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                // past the statement timeout: a report too large for one answer at national size, or a write that waited on
                // locks; the transaction is rolled back, so nothing changed, whichever service answers
                LOG.warnf("A statement of %s ran past the statement timeout", path(uri));
                return answer("query-too-long", "Query too long", 503, "The request took longer than the service allows and"
                        + " changed nothing; for a report, ask for a smaller unit (a province or an agency) or a shorter period;"
                        + " otherwise try again later", uri);
            }
        }
        if (PassingSqlStates.appearIn(e)) {
            // the database out of reach, restarting or out of connections (any statement, or an officer's standing read as
            // the token arrives): the request did nothing wrong and may be sent again; the kinds only, never a message
            LOG.warnf("The database failed %s for a passing reason (%s)", path(uri), kinds(e));
            return Response.fromResponse(answer("database-unavailable", "Database unavailable", 503, DATABASE_UNAVAILABLE, uri))
                    .header("Retry-After", "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        // Class names and frames only: messages of driver and library exceptions may quote personal data.
        LOG.errorf("Unexpected error %s on %s: %s", errorId, path(uri), describe(e));
        return answer(new Problem(Problem.TYPE_PREFIX + "internal", "Internal error", 500,
                "An unexpected error occurred; quote error id " + errorId, path(uri), List.of(), Map.of("errorId", errorId)));
    }

    private static String kinds(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.isEmpty() ? "" : " < ").append(t.getClass().getName());
        }
        return out.toString();
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t.getClass().getName());
            Arrays.stream(t.getStackTrace()).limit(8).forEach(frame -> out.append("\n\tat ").append(frame));
            if (t.getCause() != null) {
                out.append("\ncaused by ");
            }
        }
        return out.toString();
    }

    private static Response answer(String slug, String title, int status, String detail, UriInfo uri) {
        return answer(new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, path(uri), List.of(), Map.of()));
    }

    private static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** {@code open.request.debtors[0].name} becomes {@code debtors[0].name}: the JSON path the client sent. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER && nodes.size() == 2) {
                    field.append(node.getName()); // a query or path parameter
                }
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
