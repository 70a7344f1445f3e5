package vn.gov.moj.thads.platform.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The schema of every event on {@value Topics#COMPLAINT_EVENTS} (domain.md §5). The CloudEvents
 * {@code type} is the record's simple name; {@code subject} is the complaint id; the envelope's
 * agency is the competent agency. The complainant's personal data is never in an event.
 */
public final class ComplaintEvents {

    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE = "/thads/complaint-service";

    private ComplaintEvents() {
    }

    /** The state of the petition after the change. */
    public record ComplaintFacts(UUID complaintId, String type, String channel, LocalDate receivedOn,
                                 String filedAtAgencyCode, String competentAgencyCode, String jurisdiction,
                                 String status, UUID caseId, String subjectKind, String phase, int round,
                                 UUID repeatOf, LocalDate acceptBy, LocalDate resolveBy) {
    }

    public record ComplaintReceived(ComplaintFacts facts) {
    }

    public record ComplaintAccepted(ComplaintFacts facts, LocalDate acceptedOn) {
    }

    public record ComplaintTransferred(ComplaintFacts facts, String fromAgencyCode, String toAgencyCode, LocalDate transferredOn) {
    }

    /** {@code decision} is UPHELD, PARTIALLY_UPHELD or REJECTED. */
    public record ComplaintResolved(ComplaintFacts facts, String decision, LocalDate resolvedOn, boolean onTime) {
    }

    public record ComplaintWithdrawn(ComplaintFacts facts, LocalDate withdrawnOn) {
    }

    public record ComplaintExtended(ComplaintFacts facts, LocalDate extendedTo) {
    }

    public record ComplaintOverdue(ComplaintFacts facts, LocalDate dueOn) {
    }
}
