package vn.gov.moj.thads.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Spans are always made and the W3C trace context always propagated, but they are sent to a
 * collector only when one is configured. Without an OTLP endpoint Quarkus would send them to
 * localhost:4317 and log an export error for every batch; while this exporter is present Quarkus
 * leaves its OTLP exporter out and the finished spans are dropped here.
 * <p>
 * Setting {@code quarkus.otel.exporter.otlp.traces.endpoint} or {@code quarkus.otel.exporter.otlp.endpoint}
 * (for example {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4317}) removes this bean at
 * run time, and Quarkus's OTLP exporter sends the spans there.
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = NoTraceCollector.UNSET, lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = NoTraceCollector.UNSET, lookupIfMissing = true)
public class NoTraceCollector implements SpanExporter {

    /** Quarkus's default endpoint, which it also uses to mean "not configured". */
    static final String UNSET = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
