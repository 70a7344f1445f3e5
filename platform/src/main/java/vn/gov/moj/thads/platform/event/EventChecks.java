package vn.gov.moj.thads.platform.event;

import vn.gov.moj.thads.platform.money.Money;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * What a consumer checks before it applies an event: a known type for the topic, from the service
 * that owns the topic, about the aggregate it names, with known agencies, business dates inside
 * [{@link #EARLIEST_BUSINESS_DATE}, today] and amounts within {@link Money#MAX_AMOUNT}. An event
 * that fails is a poison message ({@link MalformedEventException} with the reason): it goes to the
 * dead-letter topic, and the stream goes on.
 */
public final class EventChecks {

    /** No enforcement record predates the 1989 ordinance on civil judgment enforcement. */
    public static final LocalDate EARLIEST_BUSINESS_DATE = LocalDate.of(1990, 1, 1);

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private EventChecks() {
    }

    /** The typed case event of a record of {@value Topics#CASE_EVENTS}, checked. */
    public static CaseEvents.CaseEvent caseEvent(EventEnvelope envelope, EventCodec codec, OrgUnits orgUnits, Clock clock) {
        CaseEvents.CaseEvent event = typed(envelope, codec, clock, "case", CaseEvents.TYPES, CaseEvents.SOURCE);
        LocalDate today = latestToday(clock);
        CaseEvents.CaseFacts f = event.facts();
        require(f != null && f.caseId() != null, () -> envelope.type() + " without the case's facts");
        require(f.caseId().toString().equals(envelope.aggregateId()),
                () -> "Facts of case " + f.caseId() + " in an event about " + envelope.aggregateId());
        requireAgency(orgUnits, f.agencyCode(), "agencyCode");
        require(OrgUnits.provinceOf(f.agencyCode()).equals(f.provinceCode()),
                () -> "provinceCode " + f.provinceCode() + " is not the province of " + f.agencyCode());
        LocalDate opened = requireDate(f.decisionDate(), "decisionDate", EARLIEST_BUSINESS_DATE, today);
        // an event is recorded on or after the case's decision: a change of categories, or an assignment from before
        // assignedOn was sent, takes its business date from the event's time, which would otherwise move past figures
        require(!envelope.time().atZoneSameInstant(VIETNAM).toLocalDate().isBefore(opened), () -> envelope.type() + " "
                + envelope.id() + " is dated " + envelope.time() + ", before the case's decision of " + opened);
        // null: an event from before kinds were sent
        require(f.kind() == null || CaseEvents.KINDS.contains(f.kind()), () -> "kind must be one of " + CaseEvents.KINDS);
        require(f.status() == null || CaseEvents.STATUSES.contains(f.status()), () -> "status must be one of " + CaseEvents.STATUSES);
        // the kind of an administrative judgment monitored goes with its category (an enforcement case may carry the
        // category too, with its own kind): a civil case of that kind would count in no breakdown row
        require(!CaseEvents.ADMINISTRATIVE_MONITORING.equals(f.kind()) || f.categories() != null && f.categories().contains("ADMINISTRATIVE"),
                () -> "kind " + CaseEvents.ADMINISTRATIVE_MONITORING + " without the category ADMINISTRATIVE");
        require(f.categories() == null || f.categories().stream().allMatch(c -> isOneOf(CaseEvents.CATEGORIES, c))
                && f.categories().stream().distinct().count() == f.categories().size(),
                () -> "categories must be among " + CaseEvents.CATEGORIES + ", each at most once");
        require(Money.isValidAmount(f.moneyAmount()), () -> "moneyAmount " + f.moneyAmount() + " outside 0.." + Money.MAX_AMOUNT);
        require(f.collectedAmount() >= 0 && f.collectedAmount() <= f.moneyAmount(), () -> "collectedAmount " + f.collectedAmount()
                + " outside 0..moneyAmount");
        require(f.reducedAmount() >= 0 && f.reducedAmount() <= f.moneyAmount() - f.collectedAmount(), () -> "reducedAmount "
                + f.reducedAmount() + " outside 0..moneyAmount - collectedAmount");
        if (event instanceof CaseEvents.CaseClassified e) {
            require(isOneOf(CaseEvents.VERIFICATION_RESULTS, e.result()), () -> "result must be one of " + CaseEvents.VERIFICATION_RESULTS);
            requireDate(e.verifiedOn(), "verifiedOn", opened, today);
        } else if (event instanceof CaseEvents.CollectionRecorded e) {
            require(e.amount() > 0 && e.amount() <= Money.MAX_AMOUNT, () -> "amount " + e.amount() + " outside 1.." + Money.MAX_AMOUNT);
            requireDate(e.collectedOn(), "collectedOn", opened, today);
        } else if (event instanceof CaseEvents.ObligationReduced e) {
            require(isOneOf(CaseEvents.REDUCTION_KINDS, e.reductionKind()), () -> "reductionKind must be one of " + CaseEvents.REDUCTION_KINDS);
            require(e.amount() > 0 && e.amount() <= Money.MAX_AMOUNT, () -> "amount " + e.amount() + " outside 1.." + Money.MAX_AMOUNT);
            requireDate(e.decidedOn(), "decidedOn", opened, today);
        } else if (event instanceof CaseEvents.SecurityMeasureApplied e) {
            require(e.measureId() != null && isOneOf(CaseEvents.SECURITY_MEASURES, e.measureType()), () -> "measureType must be one of " + CaseEvents.SECURITY_MEASURES);
            requireDate(e.appliedOn(), "appliedOn", opened, today);
        } else if (event instanceof CaseEvents.SecurityMeasureLifted e) {
            require(e.measureId() != null && isOneOf(CaseEvents.SECURITY_MEASURES, e.measureType()), () -> "measureType must be one of " + CaseEvents.SECURITY_MEASURES);
            requireDate(e.liftedOn(), "liftedOn", opened, today);
        } else if (event instanceof CaseEvents.SteeringDirectionRecorded e) {
            require(e.directionId() != null, () -> "SteeringDirectionRecorded without directionId");
            requireDate(e.deadline(), "deadline", requireDate(e.directedOn(), "directedOn", opened, today), LocalDate.MAX);
        } else if (event instanceof CaseEvents.SteeringDirectionResolved e) {
            require(e.directionId() != null, () -> "SteeringDirectionResolved without directionId");
            requireDate(e.resolvedOn(), "resolvedOn", opened, today);
        } else if (event instanceof CaseEvents.CoercionPlanProposed e) {
            require(e.planId() != null, () -> "CoercionPlanProposed without planId");
            requireDate(e.plannedFor(), "plannedFor", opened, LocalDate.MAX);
        } else if (event instanceof CaseEvents.CoercionPlanApproved e) {
            require(e.planId() != null, () -> "CoercionPlanApproved without planId");
            requireDate(e.approvedOn(), "approvedOn", opened, today);
        } else if (event instanceof CaseEvents.AdministrativeComplianceRecorded e) {
            require(isOneOf(CaseEvents.COMPLIANCE_STEPS, e.step()), () -> "step must be one of " + CaseEvents.COMPLIANCE_STEPS);
            requireDate(e.on(), "on", opened, today);
        } else if (event instanceof CaseEvents.CaseStatusChanged e) {
            require(isOneOf(CaseEvents.STATUS_CHANGES, e.change()), () -> "change must be one of " + CaseEvents.STATUS_CHANGES);
            requireDate(e.effectiveOn(), "effectiveOn", opened, today);
        } else if (event instanceof CaseEvents.CaseDelegated e) {
            requireDate(e.delegatedOn(), "delegatedOn", opened, today);
            requireAgency(orgUnits, e.toAgencyCode(), "toAgencyCode");
        } else if (event instanceof CaseEvents.CaseCategorised e && e.categorisedOn() != null) {
            requireDate(e.categorisedOn(), "categorisedOn", opened, today);
        } else if (event instanceof CaseEvents.CaseClosed e) {
            require(isOneOf(CaseEvents.OUTCOMES, e.outcome()), () -> "outcome must be one of " + CaseEvents.OUTCOMES);
            requireDate(e.closedOn(), "closedOn", opened, today);
        } else if (event instanceof CaseEvents.CaseAssigned e) {
            require(e.officerId() != null, () -> "CaseAssigned without officerId");
            if (e.assignedOn() != null) {
                requireDate(e.assignedOn(), "assignedOn", opened, today);
            }
            // absent in events sent before it was carried; when present, an account a consumer can keep (officer.subject's size)
            require(e.officerSubject() == null || !e.officerSubject().isBlank() && e.officerSubject().length() <= 100,
                    () -> "officerSubject must be an account of 1 to 100 characters");
            // absent in events sent before it was carried; when present, a unit (the national agency's staff are officers too)
            require(e.officerAgencyCode() == null || orgUnits.isKnown(e.officerAgencyCode()),
                    () -> "Unknown officerAgencyCode " + e.officerAgencyCode());
        }
        return event;
    }

    /** The typed complaint event of a record of {@value Topics#COMPLAINT_EVENTS}, checked. */
    public static ComplaintEvents.ComplaintEvent complaintEvent(EventEnvelope envelope, EventCodec codec, OrgUnits orgUnits, Clock clock) {
        ComplaintEvents.ComplaintEvent event = typed(envelope, codec, clock, "complaint", ComplaintEvents.TYPES, ComplaintEvents.SOURCE);
        LocalDate today = latestToday(clock);
        ComplaintEvents.ComplaintFacts f = event.facts();
        require(f != null && f.complaintId() != null, () -> envelope.type() + " without the petition's facts");
        require(f.complaintId().toString().equals(envelope.aggregateId()),
                () -> "Facts of petition " + f.complaintId() + " in an event about " + envelope.aggregateId());
        require(isOneOf(ComplaintEvents.PETITION_TYPES, f.type()) && isOneOf(ComplaintEvents.STATUSES, f.status())
                && isOneOf(ComplaintEvents.JURISDICTIONS, f.jurisdiction()), () -> envelope.type() + " with type, status or jurisdiction"
                + " outside " + ComplaintEvents.PETITION_TYPES + ", " + ComplaintEvents.STATUSES + ", " + ComplaintEvents.JURISDICTIONS);
        require(!(event instanceof ComplaintEvents.ComplaintResolved r) || isOneOf(ComplaintEvents.DECISIONS, r.decision()),
                () -> "decision must be one of " + ComplaintEvents.DECISIONS);
        require(OrgUnits.NATIONAL.equals(f.competentAgencyCode()) || orgUnits.isKnown(f.competentAgencyCode()),
                () -> "Unknown competentAgencyCode " + f.competentAgencyCode());
        LocalDate received = requireDate(f.receivedOn(), "receivedOn", EARLIEST_BUSINESS_DATE, today);
        LocalDate on = event.businessDate();
        requireDate(on == null ? received : on, "the event's date", received, today);
        return event;
    }

    /** The typed officer event of a record of {@value Topics#OFFICER_EVENTS}, checked. */
    public static OfficerEvents.OfficerEvent officerEvent(EventEnvelope envelope, EventCodec codec, OrgUnits orgUnits, Clock clock) {
        OfficerEvents.OfficerEvent event = typed(envelope, codec, clock, "officer", OfficerEvents.TYPES, OfficerEvents.SOURCE);
        require(event.officerId() != null && event.officerId().toString().equals(envelope.aggregateId()),
                () -> envelope.type() + " about officer " + event.officerId() + " in an event about " + envelope.aggregateId());
        // an account a consumer can keep (officer.subject's size), as CaseAssigned's
        require(event.officerSubject() != null && !event.officerSubject().isBlank() && event.officerSubject().length() <= 100,
                () -> "officerSubject must be an account of 1 to 100 characters");
        requireAgency(orgUnits, event.agencyCode(), "agencyCode");
        require(event.version() >= 0, () -> "version must not be negative");
        return event;
    }

    /** The event's typed data: a type of the topic, from the topic's owner, not dated in the future. */
    private static <E> E typed(EventEnvelope envelope, EventCodec codec, Clock clock, String topic,
                               java.util.Map<String, Class<? extends E>> types, String source) {
        Class<? extends E> type = types.get(envelope.type());
        require(type != null, () -> "Unknown " + topic + " event type " + envelope.type());
        require(source.equals(envelope.source()), () -> envelope.type() + " from " + envelope.source() + ": " + topic
                + " events come only from " + source);
        requireNotInTheFuture(envelope, clock);
        requireNotBeforeTheEarliestBusinessDate(envelope);
        return codec.data(envelope, type);
    }

    /**
     * An event is not from the future (beyond a few minutes of clock skew): consumers keep the
     * latest facts by event time, so a far-future time would pin a case's facts for good.
     */
    private static void requireNotInTheFuture(EventEnvelope envelope, Clock clock) {
        require(!envelope.time().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW)),
                () -> envelope.type() + " " + envelope.id() + " is dated " + envelope.time() + ", in the future");
    }

    /**
     * Nor from before any business date: a time as early as Java's {@code OffsetDateTime.MIN} has no date in Vietnam
     * (reading it there threw DateTimeException, which stopped the reporting view's channel on that record for good).
     */
    private static void requireNotBeforeTheEarliestBusinessDate(EventEnvelope envelope) {
        require(!envelope.time().toInstant().isBefore(EARLIEST_BUSINESS_DATE.atStartOfDay(VIETNAM).toInstant()),
                () -> envelope.type() + " " + envelope.id() + " is dated " + envelope.time() + ", before " + EARLIEST_BUSINESS_DATE);
    }

    /**
     * The business date an event may carry at the latest: today in Vietnam, as the producer's clock may read it a few
     * minutes ahead of ours (an officer recording a collection at 00:00:05 must not be dead-lettered by a consumer
     * whose clock says 23:59:58).
     */
    private static LocalDate latestToday(Clock clock) {
        return clock.instant().plus(CLOCK_SKEW).atZone(VIETNAM).toLocalDate();
    }

    private static void requireAgency(OrgUnits orgUnits, String code, String field) {
        require(code != null && !OrgUnits.NATIONAL.equals(code) && orgUnits.isKnown(code), () -> "Unknown " + field + " " + code);
    }

    private static LocalDate requireDate(LocalDate date, String field, LocalDate from, LocalDate to) {
        require(date != null, () -> field + " is missing");
        require(!date.isBefore(from) && !date.isAfter(to), () -> field + " " + date + " outside " + from + ".." + to);
        return date;
    }

    /** A value of the vocabulary; never null (an immutable set's {@code contains(null)} throws, which would fail the whole batch). */
    private static boolean isOneOf(java.util.Set<String> values, String value) {
        return value != null && values.contains(value);
    }

    /** {@code reason} is made only for an event that fails: the checks run for every event a consumer reads. */
    private static void require(boolean condition, Supplier<String> reason) {
        if (!condition) {
            throw new MalformedEventException(reason.get());
        }
    }
}
