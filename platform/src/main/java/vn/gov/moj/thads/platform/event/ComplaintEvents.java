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

    /** An event of this topic: every one carries the petition's facts after the change. */
    public sealed interface ComplaintEvent permits ComplaintReceived, ComplaintAccepted, ComplaintTransferred, ComplaintResolved,
            ComplaintWithdrawn, ComplaintExtended, ComplaintOverdue {
        ComplaintFacts facts();
    }

    /** The event classes by CloudEvents {@code type} (the record's simple name). */
    public static final java.util.Map<String, Class<? extends ComplaintEvent>> TYPES = java.util.stream.Stream.of(
                    ComplaintReceived.class, ComplaintAccepted.class, ComplaintTransferred.class, ComplaintResolved.class,
                    ComplaintWithdrawn.class, ComplaintExtended.class, ComplaintOverdue.class)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Class::getSimpleName, c -> c));

    /** The state of the petition after the change. */
    public record ComplaintFacts(UUID complaintId, String type, String channel, LocalDate receivedOn,
                                 String filedAtAgencyCode, String competentAgencyCode, String jurisdiction,
                                 String status, UUID caseId, String subjectKind, String phase, int round,
                                 UUID repeatOf, LocalDate acceptBy, LocalDate resolveBy) {
    }

    public record ComplaintReceived(ComplaintFacts facts) implements ComplaintEvent {
    }

    public record ComplaintAccepted(ComplaintFacts facts, LocalDate acceptedOn) implements ComplaintEvent {
    }

    public record ComplaintTransferred(ComplaintFacts facts, String fromAgencyCode, String toAgencyCode, LocalDate transferredOn) implements ComplaintEvent {
    }

    /** {@code decision} is UPHELD, PARTIALLY_UPHELD or REJECTED. */
    public record ComplaintResolved(ComplaintFacts facts, String decision, LocalDate resolvedOn, boolean onTime) implements ComplaintEvent {
    }

    public record ComplaintWithdrawn(ComplaintFacts facts, LocalDate withdrawnOn) implements ComplaintEvent {
    }

    public record ComplaintExtended(ComplaintFacts facts, LocalDate extendedTo) implements ComplaintEvent {
    }

    public record ComplaintOverdue(ComplaintFacts facts, LocalDate dueOn) implements ComplaintEvent {
    }
}
