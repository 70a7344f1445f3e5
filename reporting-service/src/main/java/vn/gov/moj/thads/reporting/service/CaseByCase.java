package vn.gov.moj.thads.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

import java.util.function.Supplier;

/**
 * The reads that go case by case (a drill-down, an office's breakdown, the officers report, complaint statistics): at
 * most {@link #AT_ONCE} at a time in an instance, the next answered 503 {@code busy} at once (ProblemMappers) rather
 * than queued. Each may run up to the 8 s statement limit, and they share the connection pool with the event
 * consumers: twenty at once (a head paging far into a province's drill-down) held the whole pool and stopped the view
 * being fed (red-team review, session 21). Operators change the bound with
 * {@code vn.gov.moj.thads.reporting.service.CaseByCase/read/Bulkhead/value}.
 */
@ApplicationScoped
public class CaseByCase {

    /** A fifth of the default pool of 20 connections: the consumers and the cheap reports keep the rest. */
    public static final int AT_ONCE = 4;

    @Bulkhead(AT_ONCE)
    public <T> T read(Supplier<T> query) {
        return query.get();
    }
}
