package vn.gov.moj.thads.platform.problem;

import jakarta.ws.rs.core.Response.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the service refuses for a reason the client can act on. Thrown by services and
 * entities; answered as problem details by {@link ProblemMappers}. Changes nothing: it rolls back.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    /** The problem a domain rule's violation answers (ProblemMappers). */
    public static ProblemException of(vn.gov.moj.thads.platform.domain.RuleViolation violation) {
        ProblemException problem = switch (violation.kind()) {
            case STATE -> conflict(violation.slug(), violation.getMessage());
            case RULE -> unprocessable(violation.slug(), violation.getMessage());
            case DATE -> dateOutOfRange(violation.field(), violation.getMessage());
            case FIELD -> invalidField(violation.field(), violation.getMessage());
        };
        violation.details().forEach(problem::with);
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "not-found", "Not found", what + " was not found");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), slug, "Conflict", detail);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Unprocessable request", detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), "validation", "Invalid request",
                "The request has invalid fields", List.of(new Problem.FieldError(field, message)));
    }

    /** A business date outside what the record allows (e.g. before the decision, or in the future). */
    public static ProblemException dateOutOfRange(String field, String message) {
        return new ProblemException(422, "date-out-of-range", "Date out of range", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN.getStatusCode(), "forbidden", "Forbidden", detail);
    }

    /** A token whose roles or agency do not fit together: refused whatever it asks for. */
    public static ProblemException forbiddenToken(String detail) {
        return new ProblemException(Status.FORBIDDEN.getStatusCode(), "token-not-accepted", "Token not accepted", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Status.PRECONDITION_FAILED.getStatusCode(), "stale-version",
                "Precondition failed", detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail);
    }

    /** Adds an extension member to the answer, e.g. the current status of a case. */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, getMessage(), instance, errors, Map.copyOf(properties));
    }

    public int status() {
        return status;
    }
}
