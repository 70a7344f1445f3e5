package vn.gov.moj.thads.platform.event;

/** The Kafka topics between services (domain.md §5). */
public final class Topics {

    public static final String CASE_EVENTS = "thads.case-events";
    public static final String COMPLAINT_EVENTS = "thads.complaint-events";

    private Topics() {
    }
}
