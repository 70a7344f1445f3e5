package vn.gov.moj.thads.reporting;

import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One case's life told as the case service tells it: events on thads.case-events, with business
 * dates. Tests build scenarios from these and compute the expected figures themselves.
 */
final class CaseStory {

    private final EventCodec codec;
    private final TopicClient topics;
    private final UUID caseId = UUID.randomUUID();
    private final String agency;
    private final LocalDate openedOn;
    private final long money;
    private long collected;
    private long reduced;
    private String status = "RECEIVED";
    private UUID officerId;
    private List<String> categories;
    private final String kind;
    private OffsetDateTime lastSentAt;
    private final boolean dated;
    private LocalDate latestDay;
    final List<EventEnvelope> sent = new ArrayList<>();

    CaseStory(EventCodec codec, TopicClient topics, String agency, LocalDate openedOn, long money) {
        this(codec, topics, agency, openedOn, money, true);
    }

    /** A story whose events are only kept ({@code publish} false), for a test to send in an order of its own. */
    CaseStory(EventCodec codec, TopicClient topics, String agency, LocalDate openedOn, long money, boolean publish) {
        this(codec, topics, agency, openedOn, money, publish, List.of());
    }

    /** A story of a case with categories (ADMINISTRATIVE: an administrative judgment the agency monitors). */
    CaseStory(EventCodec codec, TopicClient topics, String agency, LocalDate openedOn, long money, boolean publish, List<String> categories) {
        // as the case service sends an administrative judgment it monitors: a kind of its own
        this(codec, topics, agency, openedOn, money, categories.contains("ADMINISTRATIVE") ? "ADMINISTRATIVE_MONITORING" : "ON_REQUEST",
                categories, publish);
    }

    /** A published story of a case of a kind (EX_OFFICIO, ON_REQUEST) with categories. */
    CaseStory(EventCodec codec, TopicClient topics, String agency, LocalDate openedOn, long money, String kind, List<String> categories) {
        this(codec, topics, agency, openedOn, money, kind, categories, true);
    }

    /** A story of a case of a kind with categories, published or only kept. */
    CaseStory(EventCodec codec, TopicClient topics, String agency, LocalDate openedOn, long money, String kind,
                      List<String> categories, boolean publish) {
        this(codec, topics, agency, openedOn, money, kind, categories, publish, false);
    }

    /**
     * As above; {@code dated}: each event is sent as at 06:30 in Vietnam on its business date (the
     * latest so far), as an officer entering each step on its day, instead of now.
     */
    CaseStory(EventCodec codec, TopicClient topics, String agency, LocalDate openedOn, long money, String kind,
                      List<String> categories, boolean publish, boolean dated) {
        this.dated = dated;
        this.latestDay = openedOn;
        this.kind = kind;
        this.codec = codec;
        this.topics = publish ? topics : null;
        this.agency = agency;
        this.openedOn = openedOn;
        this.money = money;
        this.categories = categories;
        send("CaseOpened", new CaseEvents.CaseOpened(facts(), null), openedOn);
    }

    /** The officer the case is assigned to from now on (carried in the facts of the following events). */
    CaseStory assignedTo(UUID officer) {
        return assignedTo(officer, openedOn);
    }

    /** The officer holding the case from {@code on}. */
    CaseStory assignedTo(UUID officer, LocalDate on) {
        UUID previous = officerId;
        officerId = officer;
        return send("CaseAssigned", new CaseEvents.CaseAssigned(facts(), officer, previous, on), on);
    }

    /** The officer holding the case from {@code on}, whose account ({@code subject}) the assignment carries. */
    CaseStory assignedTo(UUID officer, LocalDate on, String subject) {
        UUID previous = officerId;
        officerId = officer;
        return send("CaseAssigned", new CaseEvents.CaseAssigned(facts(), officer, previous, on, subject), on);
    }

    CaseStory verified(String result, LocalDate on) {
        String previous = status;
        status = result == null ? status : result; // null: a forged event, its facts as before
        boolean without = "NO_CONDITIONS".equals(result);
        return send("CaseClassified", new CaseEvents.CaseClassified(facts(), result, on, previous,
                without ? "QĐ-CĐK-" + caseId : null, without ? on : null), on);
    }

    CaseStory collected(long amount, LocalDate on) {
        collected += amount;
        return send("CollectionRecorded", new CaseEvents.CollectionRecorded(facts(), amount, on, "BL-" + UUID.randomUUID()), on);
    }

    /** A REDUCTION of {@code amount}, or an EXEMPTION of it (then the case is completed on the same day, as the case service tells it). */
    CaseStory reduced(String kind, long amount, LocalDate on) {
        reduced += amount;
        if (kind.equals("EXEMPTION")) {
            status = "COMPLETED";
        }
        send("ObligationReduced", new CaseEvents.ObligationReduced(facts(), kind, "QĐ-MG-" + UUID.randomUUID(), on, amount), on);
        return kind.equals("EXEMPTION") ? send("CaseClosed", new CaseEvents.CaseClosed(facts(), "COMPLETED", on), on) : this;
    }

    /** A step of an administrative judgment's monitoring: COMPELLED, REPORTED or COMPLIED. */
    CaseStory complianceStep(String step, LocalDate on) {
        status = step;
        return send("AdministrativeComplianceRecorded", new CaseEvents.AdministrativeComplianceRecorded(facts(), step, on), on);
    }

    CaseStory paused(String change, LocalDate on) {
        String previous = status;
        status = change.equals("RESUMED") ? "HAS_CONDITIONS" : change;
        return send("CaseStatusChanged", new CaseEvents.CaseStatusChanged(facts(), change, previous, on), on);
    }

    CaseStory delegated(String to, LocalDate on) {
        status = "DELEGATED";
        return send("CaseDelegated", new CaseEvents.CaseDelegated(facts(), to, on), on);
    }

    CaseStory closed(String outcome, LocalDate on) {
        status = outcome;
        return send("CaseClosed", new CaseEvents.CaseClosed(facts(), outcome, on), on);
    }

    /** The case's categories change (CaseCategorised); the events after it carry them too. */
    CaseStory categorised(List<String> categories) {
        return categorised(categories, null);
    }

    /** As above, on {@code on} (a dated story's event time; null: the latest business date so far). */
    CaseStory categorised(List<String> categories, LocalDate on) {
        this.categories = categories;
        // no decision date, as the events before session 32: dated by the event's time (categorisedLate sends one)
        return send("CaseCategorised", new CaseEvents.CaseCategorised(facts(), null), on);
    }

    /** The categories change by a head's decision of {@code decidedOn}, recorded on {@code recordedOn} (a dated story). */
    CaseStory categorisedLate(List<String> categories, LocalDate decidedOn, LocalDate recordedOn) {
        this.categories = categories;
        return send("CaseCategorised", new CaseEvents.CaseCategorised(facts(), decidedOn), recordedOn);
    }

    /** Sends the last event again, as a broker redelivery would. */
    CaseStory redelivered() {
        EventEnvelope last = sent.get(sent.size() - 1);
        topics.send("thads.case-events", caseId.toString(), codec.write(last));
        return this;
    }

    private CaseStory send(String type, Record data, LocalDate on) {
        if (on != null && on.isAfter(latestDay)) {
            latestDay = on;
        }
        // each event later than the one before, as the case service's are: the view keeps what the latest said
        // 06:30 in Vietnam is the day before in UTC: a business date taken in the wrong zone shows
        OffsetDateTime at = dated ? latestDay.atTime(6, 30).atOffset(java.time.ZoneOffset.ofHours(7)) : OffsetDateTime.now();
        if (lastSentAt != null && !at.isAfter(lastSentAt)) {
            at = lastSentAt.plusNanos(1_000);
        }
        lastSentAt = at;
        EventEnvelope event = EventEnvelope.of(CaseEvents.SOURCE, type, 1, caseId.toString(), agency,
                OrgUnits.provinceOf(agency), at, codec.tree(data));
        if (topics != null) {
            topics.send("thads.case-events", caseId.toString(), codec.write(event));
        }
        sent.add(event);
        return this;
    }

    private CaseEvents.CaseFacts facts() {
        return new CaseEvents.CaseFacts(caseId, agency, OrgUnits.provinceOf(agency), "QĐ-" + caseId, openedOn, kind,
                status, null, money, collected, money - collected - reduced, categories, officerId, reduced);
    }

    UUID id() {
        return caseId;
    }
}
