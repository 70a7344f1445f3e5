package vn.gov.moj.thads.platform.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A domain rule an entity refuses to break: what the model throws, in the language of the domain
 * (a transition its status forbids, a date out of the record's range, an amount over the limit),
 * never in HTTP's. The edge answers it as a problem (platform {@code ProblemMappers}): the kind
 * decides the status, the slug the problem's type, and the details become its extension members.
 */
public final class RuleViolation extends RuntimeException {

    /** What kind of refusal: it decides how the edge answers it. */
    public enum Kind {
        /** The record's state forbids it now (an illegal transition, a duplicate): 409. */
        STATE,
        /** The request breaks a rule of the domain (over-collection, an unknown officer): 422. */
        RULE,
        /** A business date outside what the record allows: 422 naming the field. */
        DATE,
        /** A field the rule forbids (a derived category typed in): 400 naming the field. */
        FIELD
    }

    private final Kind kind;
    private final String slug;
    private final String field;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private RuleViolation(Kind kind, String slug, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.slug = slug;
        this.field = field;
    }

    /** The record's state forbids this now. */
    public static RuleViolation state(String slug, String detail) {
        return new RuleViolation(Kind.STATE, slug, null, detail);
    }

    /** The request breaks a rule. */
    public static RuleViolation rule(String slug, String detail) {
        return new RuleViolation(Kind.RULE, slug, null, detail);
    }

    /** A business date outside the record's range; {@code message} says which range. */
    public static RuleViolation date(String field, String message) {
        return new RuleViolation(Kind.DATE, "date-out-of-range", field, message);
    }

    /** A field the rule forbids. */
    public static RuleViolation field(String field, String message) {
        return new RuleViolation(Kind.FIELD, "validation", field, message);
    }

    /** A fact the client can act on (the current status, the outstanding amount, the conflicting date). */
    public RuleViolation with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    /** The field at fault, for DATE and FIELD. */
    public String field() {
        return field;
    }

    public Map<String, Object> details() {
        return Collections.unmodifiableMap(details);
    }
}
