package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Pattern;

/** What the run holds against an answer: a 5xx, a 4xx that is not problem details, a leaked stack trace. */
final class Verdict {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [A-Za-z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$.]*(\\.java:\\d+|Native Method|Unknown Source)\\)");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.vertx|io\\.quarkus|com\\.fasterxml|vn\\.gov)\\.[\\w.$]*(Exception|Error)\\b");

    private Verdict() {
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    static String defect(int status, String contentType, String body) {
        if (status == 0) {
            return "no answer";
        }
        if (status >= 500) {
            return status + " server error";
        }
        if (status >= 400 && !isProblem(status, contentType, body) && !refusedByHttpLayer(status, body)) {
            return "4xx that is not RFC 9457 problem details";
        }
        if (body != null && (STACK_FRAME.matcher(body).find() || EXCEPTION_CLASS.matcher(body).find())) {
            return "stack trace or exception class in the body";
        }
        return null;
    }

    /**
     * 414 URI too long and 431 headers too large with no body: the HTTP server (Vert.x) refuses the request while
     * decoding it, before any route or handler sees it, and Quarkus offers no hook to shape that answer
     * (quarkusio/quarkus#55082). Counted and listed apart, not a defect of the API.
     */
    static boolean refusedByHttpLayer(int status, String body) {
        return (status == 414 || status == 431) && (body == null || body.isEmpty());
    }

    /** application/problem+json whose body has the same status, a type and a title. */
    static boolean isProblem(int status, String contentType, String body) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = MAPPER.readTree(body);
            return problem != null && problem.isObject() && problem.path("status").asInt() == status
                    && problem.path("type").isTextual() && problem.path("title").isTextual();
        } catch (Exception e) {
            return false;
        }
    }
}
