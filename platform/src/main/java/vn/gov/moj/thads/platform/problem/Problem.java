package vn.gov.moj.thads.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem-details answer. {@code type} is stable: clients branch on it, not on the
 * title or detail text.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, @JsonAnyGetter Map<String, Object> properties) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:thads:problem:";

    public record FieldError(String field, String message) {
    }
}
