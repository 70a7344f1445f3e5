package vn.gov.moj.thads.platform.event;

/** The Kafka topics between services (domain.md §5). */
public final class Topics {

    public static final String CASE_EVENTS = "thads.case-events";
    public static final String COMPLAINT_EVENTS = "thads.complaint-events";
    /** An officer's deactivation and reactivation, from the case service that keeps officers. */
    public static final String OFFICER_EVENTS = "thads.officer-events";

    private Topics() {
    }
}
