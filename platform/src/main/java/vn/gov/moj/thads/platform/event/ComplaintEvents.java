package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.annotation.JsonProperty;

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
    public sealed interface ComplaintEvent permits ComplaintReceived, ComplaintAccepted, ComplaintTransferred, ComplaintTransferReceived,
            ComplaintResolved, ComplaintWithdrawn, ComplaintExtended, ComplaintOverdue {
        ComplaintFacts facts();

        /**
         * The business date the event records: the receipt, acceptance, transfer, arrival, decision, withdrawal or the
         * extension's decision; null for one that records none (an overdue reminder, an extension sent before its
         * decision's date was kept).
         */
        default LocalDate businessDate() {
            return this instanceof ComplaintReceived e ? e.facts().receivedOn()
                    : this instanceof ComplaintAccepted e ? e.acceptedOn()
                    : this instanceof ComplaintTransferred e ? e.transferredOn()
                    : this instanceof ComplaintTransferReceived e ? e.receivedOn()
                    : this instanceof ComplaintResolved e ? e.resolvedOn()
                    : this instanceof ComplaintWithdrawn e ? e.withdrawnOn()
                    : this instanceof ComplaintExtended e ? e.decidedOn()
                    : null;
        }
    }

    /*
     * The values a petition's facts take: what the complaint service's enums send and what every consumer accepts
     * (EventChecks; the complaint service's EventVocabularyTest holds its enums to these). A value outside them
     * would not fit the reporting view's columns, and a rebuild, one transaction, could not get past it.
     */
    public static final java.util.Set<String> PETITION_TYPES = java.util.Set.of("COMPLAINT", "DENUNCIATION", "PETITION");
    public static final java.util.Set<String> STATUSES = java.util.Set.of("RECEIVED", "ACCEPTED", "TRANSFERRED", "RESOLVED", "WITHDRAWN");
    public static final java.util.Set<String> JURISDICTIONS = java.util.Set.of("WITHIN", "OUT_OF_JURISDICTION", "OVER_LEVEL");
    public static final java.util.Set<String> DECISIONS = java.util.Set.of("UPHELD", "PARTIALLY_UPHELD", "REJECTED");
    /** The values each of those fields takes, by record and component: the AsyncAPI document's enums. */
    public static final java.util.Map<String, java.util.Set<String>> VOCABULARY = java.util.Map.of("ComplaintFacts.type", PETITION_TYPES,
            "ComplaintFacts.status", STATUSES, "ComplaintFacts.jurisdiction", JURISDICTIONS, "ComplaintResolved.decision", DECISIONS);

    /** The event classes by CloudEvents {@code type} (the record's simple name). */
    public static final java.util.Map<String, Class<? extends ComplaintEvent>> TYPES = java.util.stream.Stream.of(
                    ComplaintReceived.class, ComplaintAccepted.class, ComplaintTransferred.class, ComplaintTransferReceived.class,
                    ComplaintResolved.class, ComplaintWithdrawn.class, ComplaintExtended.class, ComplaintOverdue.class)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Class::getSimpleName, c -> c));

    /**
     * The state of the petition after the change. Added in issue 11 (consumers that do not know
     * them ignore them): {@code competentReceivedOn}, the day the competent agency received it (its
     * acceptance clock); {@code firstDecisionReceivedOn}, for a second complaint the day the first
     * decision reached the complainant; {@code extensions}, how many times a denunciation's limit
     * was extended.
     * <p>
     * {@code repeat}: the same petitioner wrote before about the same matter. Until it was added, events carried instead
     * {@code repeatOf}, the id of that earlier petition: on a topic kept forever and read nationwide it linked a person's
     * petitions, which the API shows only to those who see the petitioner (a denouncer's identity is protected: Luật Tố
     * cáo 2018 art. 47). It is never written now ({@code WRITE_ONLY}: read, not sent); the events that carry it stay on
     * the topic, which cannot be rewritten, so consumers read both through {@link #repeated()}.
     */
    public record ComplaintFacts(UUID complaintId, String type, String channel, LocalDate receivedOn,
                                 String filedAtAgencyCode, String competentAgencyCode, String jurisdiction,
                                 String status, UUID caseId, String subjectKind, String phase, int round,
                                 boolean repeat, LocalDate acceptBy, LocalDate resolveBy,
                                 LocalDate competentReceivedOn, LocalDate firstDecisionReceivedOn, int extensions,
                                 @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) UUID repeatOf) {

        /** The facts as published now: no earlier petition's id. */
        public ComplaintFacts(UUID complaintId, String type, String channel, LocalDate receivedOn,
                              String filedAtAgencyCode, String competentAgencyCode, String jurisdiction,
                              String status, UUID caseId, String subjectKind, String phase, int round,
                              boolean repeat, LocalDate acceptBy, LocalDate resolveBy,
                              LocalDate competentReceivedOn, LocalDate firstDecisionReceivedOn, int extensions) {
            this(complaintId, type, channel, receivedOn, filedAtAgencyCode, competentAgencyCode, jurisdiction, status, caseId,
                    subjectKind, phase, round, repeat, acceptBy, resolveBy, competentReceivedOn, firstDecisionReceivedOn, extensions,
                    null);
        }

        /** The facts of schema version 1 as first published (without the fields added in issue 11). */
        public ComplaintFacts(UUID complaintId, String type, String channel, LocalDate receivedOn,
                              String filedAtAgencyCode, String competentAgencyCode, String jurisdiction,
                              String status, UUID caseId, String subjectKind, String phase, int round,
                              boolean repeat, LocalDate acceptBy, LocalDate resolveBy) {
            this(complaintId, type, channel, receivedOn, filedAtAgencyCode, competentAgencyCode, jurisdiction, status, caseId,
                    subjectKind, phase, round, repeat, acceptBy, resolveBy, null, null, 0);
        }

        /** A repeat petition, in an event of either shape: {@code repeat}, or an old event's {@code repeatOf}. */
        public boolean repeated() {
            return repeat || repeatOf != null;
        }
    }

    public record ComplaintReceived(ComplaintFacts facts) implements ComplaintEvent {
    }

    public record ComplaintAccepted(ComplaintFacts facts, LocalDate acceptedOn) implements ComplaintEvent {
    }

    public record ComplaintTransferred(ComplaintFacts facts, String fromAgencyCode, String toAgencyCode, LocalDate transferredOn) implements ComplaintEvent {
    }

    /** The competent agency recorded that a transferred petition reached it on {@code receivedOn} (its acceptance clock restarts). */
    public record ComplaintTransferReceived(ComplaintFacts facts, LocalDate receivedOn) implements ComplaintEvent {
    }

    /** {@code decision} is UPHELD, PARTIALLY_UPHELD or REJECTED. */
    public record ComplaintResolved(ComplaintFacts facts, String decision, LocalDate resolvedOn, boolean onTime) implements ComplaintEvent {
    }

    public record ComplaintWithdrawn(ComplaintFacts facts, LocalDate withdrawnOn) implements ComplaintEvent {
    }

    /**
     * {@code complexity}: COMPLEX or ESPECIALLY_COMPLEX (added in issue 11); {@code decidedOn}: the day the head decided
     * the extension (null in events before it was kept: the event's day).
     */
    public record ComplaintExtended(ComplaintFacts facts, LocalDate extendedTo, String complexity, LocalDate decidedOn)
            implements ComplaintEvent {

        public ComplaintExtended(ComplaintFacts facts, LocalDate extendedTo) {
            this(facts, extendedTo, null, null);
        }
    }

    public record ComplaintOverdue(ComplaintFacts facts, LocalDate dueOn) implements ComplaintEvent {
    }
}
