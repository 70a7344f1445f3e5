package vn.gov.moj.thads.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of the run. {@code caller}: the role whose token it carries, {@link #NO_TOKEN} or
 * {@link #GARBAGE_TOKEN}. {@code expectRejection}: a well-behaved service refuses it (4xx); an answer
 * 2xx is reported as accepted, not as a failure (some odd values are legitimately accepted).
 */
final class Probe {

    static final String NO_TOKEN = "(no token)";
    static final String GARBAGE_TOKEN = "(garbage token)";

    final String operation;
    final String category;
    final String description;
    String method;
    final String pathTemplate;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String caller;
    byte[] body;
    boolean expectRejection;
    /** What If-Match carries: as given in {@link #headers}, the record's current ETag, or that ETag as a weak tag. */
    enum Etag { AS_GIVEN, CURRENT, CURRENT_WEAK }

    Etag etag = Etag.AS_GIVEN;

    Probe(String operation, String category, String description, String method, String pathTemplate) {
        this.operation = operation;
        this.category = category;
        this.description = description;
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    /** A copy under another category and description (the mutation of a base request). */
    Probe derive(String category, String description, boolean expectRejection) {
        Probe copy = new Probe(operation, category, description, method, pathTemplate);
        copy.pathValues.putAll(pathValues);
        query.forEach(q -> copy.query.add(q.clone()));
        copy.headers.putAll(headers);
        copy.caller = caller;
        copy.body = body;
        copy.expectRejection = expectRejection;
        copy.etag = etag;
        return copy;
    }

    Probe body(String text) {
        this.body = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    Probe header(String name, String value) {
        headers.keySet().removeIf(h -> h.equalsIgnoreCase(name));
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    Probe queryParam(String name, String value) {
        query.removeIf(q -> q[0].equals(name));
        if (value != null) {
            query.add(new String[] {name, value});
        }
        return this;
    }

    String path() {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encodePathSegment(value.getValue()));
        }
        return path;
    }

    String queryString() {
        StringBuilder out = new StringBuilder();
        for (String[] q : query) {
            out.append(out.length() == 0 ? "?" : "&")
                    .append(java.net.URLEncoder.encode(q[0], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(q[1], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    static String encodePathSegment(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        String target = path() + queryString();
        return method + " " + (target.length() > 200 ? target.substring(0, 200) + "…(" + target.length() + " chars)" : target);
    }
}
