package vn.gov.moj.thads.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Singleton;

import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of the spans sent to a trace collector. The HTTP instrumentation records each request's
 * query string ({@code url.query}, and {@code url.full} on the gateway's calls to the services), and searches carry
 * names there ({@code ?q=}, {@code ?name=}); a public tracking code in a path ties a petition to whoever follows it.
 * Each query value becomes {@code REDACTED} (the parameter names stay, to tell one search from another) and a
 * tracking code in a path becomes its template, before any exporter sees the span. The gateway's access log keeps
 * neither for the same reasons.
 */
@Singleton
public class PersonalDataOutOfSpans implements SpanProcessor {

    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");
    static final AttributeKey<String> HTTP_URL = AttributeKey.stringKey("http.url");

    /** As the gateway routes it: doubled slashes and any case of the path are the same lookup. */
    private static final Pattern TRACKING_CODE = Pattern.compile("(?i)(/public/+complaints/+)[^?#]+");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        redact(span, URL_QUERY);
        redact(span, URL_FULL);
        redact(span, URL_PATH);
        redact(span, HTTP_TARGET);
        redact(span, HTTP_URL);
    }

    private static void redact(ReadWriteSpan span, AttributeKey<String> key) {
        String value = span.getAttribute(key);
        if (value != null) {
            String redacted = key == URL_QUERY ? redactQuery(value) : redactUrl(value);
            if (!redacted.equals(value)) {
                span.setAttribute(key, redacted);
            }
        }
    }

    /** A URL or path with its query values and any tracking code left out. */
    static String redactUrl(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String redactedPath = TRACKING_CODE.matcher(path).replaceAll("/public/complaints/{trackingCode}");
        return query < 0 ? redactedPath : redactedPath + "?" + redactQuery(url.substring(query + 1));
    }

    /** Each value, and each part without a name; the instrumentation records the query decoded, so a value may hold '&'. */
    static String redactQuery(String query) {
        StringJoiner redacted = new StringJoiner("&");
        for (String part : query.split("&", -1)) {
            int equals = part.indexOf('=');
            redacted.add(equals >= 0 ? part.substring(0, equals) + "=REDACTED" : part.isEmpty() ? "" : "REDACTED");
        }
        return redacted.toString();
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing: the attributes were set right at the start
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
