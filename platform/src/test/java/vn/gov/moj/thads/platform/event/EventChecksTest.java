package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every consumer refuses, and sends to the dead-letter topic with the reason, and what it must not refuse. */
class EventChecksTest {

    private final EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    private final OrgUnits orgUnits = new OrgUnits(Optional.empty());

    /** 23:59:58 on 1 December 2026 in Vietnam (UTC+7). */
    private final Clock beforeMidnight = Clock.fixed(Instant.parse("2026-12-01T16:59:58Z"), ZoneOffset.UTC);

    private EventEnvelope collection(LocalDate on, OffsetDateTime sentAt) {
        var facts = new CaseEvents.CaseFacts(UUID.randomUUID(), "19", "19", "QĐ-1", LocalDate.of(2026, 3, 2), "ON_REQUEST", "HAS_CONDITIONS",
                "HAS_CONDITIONS", 10_000_000L, 1_000_000L, 9_000_000L, List.of(), null, 0);
        return EventEnvelope.of(CaseEvents.SOURCE, "CollectionRecorded", CaseEvents.SCHEMA_VERSION, facts.caseId().toString(), "19", "19",
                sentAt, codec.tree(new CaseEvents.CollectionRecorded(facts, 1_000_000L, on, "BL-1")));
    }

    @Test
    void aCollectionRecordedJustAfterMidnightIsNotRefusedByAConsumerWhoseClockIsSecondsBehind() {
        // the producer's clock: 00:00:05 on 2 December in Vietnam
        OffsetDateTime sent = OffsetDateTime.parse("2026-12-02T00:00:05+07:00");
        assertThatCode(() -> EventChecks.caseEvent(collection(LocalDate.of(2026, 12, 2), sent), codec, orgUnits, beforeMidnight))
                .doesNotThrowAnyException();
        // the day after is still the future
        assertThatThrownBy(() -> EventChecks.caseEvent(collection(LocalDate.of(2026, 12, 3), sent), codec, orgUnits, beforeMidnight))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void theAdministrativeJudgmentsKindGoesWithItsCategory() {
        java.util.function.BiFunction<String, List<String>, EventEnvelope> opened = (kind, categories) -> {
            var facts = new CaseEvents.CaseFacts(UUID.randomUUID(), "19", "19", "QĐ-1", LocalDate.of(2026, 3, 2), kind, "RECEIVED", null,
                    0, 0, 0, categories, null, 0);
            return EventEnvelope.of(CaseEvents.SOURCE, "CaseOpened", CaseEvents.SCHEMA_VERSION, facts.caseId().toString(), "19", "19",
                    OffsetDateTime.parse("2026-03-02T10:00:00+07:00"), codec.tree(new CaseEvents.CaseOpened(facts, null)));
        };
        assertThatCode(() -> EventChecks.caseEvent(opened.apply("ADMINISTRATIVE_MONITORING", List.of("ADMINISTRATIVE")), codec, orgUnits,
                beforeMidnight)).doesNotThrowAnyException();
        // an enforcement case of an administrative judgment: its own kind, the category
        assertThatCode(() -> EventChecks.caseEvent(opened.apply("ON_REQUEST", List.of("ADMINISTRATIVE")), codec, orgUnits, beforeMidnight))
                .doesNotThrowAnyException();
        // the monitoring kind on a civil case would count it in the civil totals and in no breakdown row
        assertThatThrownBy(() -> EventChecks.caseEvent(opened.apply("ADMINISTRATIVE_MONITORING", List.of("BANK_CREDIT")), codec, orgUnits,
                beforeMidnight)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anEventRecordedBeforeTheCasesDecisionIsRefused() {
        // a case decided on 2 March 2026; a change of its categories "recorded" in 1995 would move every breakdown since
        var facts = new CaseEvents.CaseFacts(UUID.randomUUID(), "19", "19", "QĐ-1", LocalDate.of(2026, 3, 2), "ON_REQUEST", "HAS_CONDITIONS",
                "HAS_CONDITIONS", 10_000_000L, 0, 10_000_000L, List.of("COMPLEX"), null, 0);
        java.util.function.Function<OffsetDateTime, EventEnvelope> categorised = at -> EventEnvelope.of(CaseEvents.SOURCE,
                "CaseCategorised", CaseEvents.SCHEMA_VERSION, facts.caseId().toString(), "19", "19", at,
                codec.tree(new CaseEvents.CaseCategorised(facts, null)));
        assertThatThrownBy(() -> EventChecks.caseEvent(categorised.apply(OffsetDateTime.parse("1995-06-01T09:00:00+07:00")), codec,
                orgUnits, beforeMidnight)).isInstanceOf(MalformedEventException.class).hasMessageContaining("before the case's decision");
        // 00:30 on the decision's day in Vietnam is still 1 March in UTC: the same day, accepted
        assertThatCode(() -> EventChecks.caseEvent(categorised.apply(OffsetDateTime.parse("2026-03-01T17:30:00Z")), codec, orgUnits,
                beforeMidnight)).doesNotThrowAnyException();
        // a decision on the categories dated before the case's own (session 32: the change carries its decision's date)
        EventEnvelope decidedBefore = EventEnvelope.of(CaseEvents.SOURCE, "CaseCategorised", CaseEvents.SCHEMA_VERSION,
                facts.caseId().toString(), "19", "19", OffsetDateTime.parse("2026-03-05T09:00:00+07:00"),
                codec.tree(new CaseEvents.CaseCategorised(facts, LocalDate.of(2026, 3, 1))));
        assertThatThrownBy(() -> EventChecks.caseEvent(decidedBefore, codec, orgUnits, beforeMidnight))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("categorisedOn");
    }

    @Test
    void anEventDatedAtTheEarliestTimeJavaKnowsIsRefusedNotLeftToStopTheConsumer() {
        // a forged record's time: Jackson reads it as OffsetDateTime.MIN, which has no date in Vietnam (DateTimeException,
        // which stopped the reporting view's channel, and every rebuild, on that record)
        String earliest = "\"-999999999-01-01T00:00:00+18:00\"";
        String collection = codec.write(collection(LocalDate.of(2026, 12, 1), OffsetDateTime.parse("2026-12-01T10:00:00+07:00")))
                .replaceFirst("\"time\":\"[^\"]+\"", "\"time\":" + java.util.regex.Matcher.quoteReplacement(earliest));
        assertThat(collection).contains(earliest);
        assertThatThrownBy(() -> EventChecks.caseEvent(codec.read(collection), codec, orgUnits, beforeMidnight))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("before 1990-01-01");
        String received = codec.write(petition("RECEIVED", null))
                .replaceFirst("\"time\":\"[^\"]+\"", "\"time\":" + java.util.regex.Matcher.quoteReplacement(earliest));
        assertThatThrownBy(() -> EventChecks.complaintEvent(codec.read(received), codec, orgUnits, beforeMidnight))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("before 1990-01-01");
    }

    private EventEnvelope petition(String status, String decision) {
        LocalDate day = LocalDate.of(2026, 11, 2);
        var facts = new ComplaintEvents.ComplaintFacts(UUID.randomUUID(), "COMPLAINT", "IN_PERSON", day, "19", "19", "WITHIN",
                status, null, "OFFICER", "COERCION", 1, false, day.plusDays(7), day.plusDays(37), day, null, 0);
        Record data = decision == null ? new ComplaintEvents.ComplaintReceived(facts)
                : new ComplaintEvents.ComplaintResolved(facts, decision, day.plusDays(20), true);
        return EventEnvelope.of(ComplaintEvents.SOURCE, data.getClass().getSimpleName(), ComplaintEvents.SCHEMA_VERSION,
                facts.complaintId().toString(), "19", "19", OffsetDateTime.parse("2026-11-30T10:00:00+07:00"), codec.tree(data));
    }

    @Test
    void aPetitionWhoseValuesNoServiceSendsIsRefusedNotLeftToTheDatabase() {
        assertThatCode(() -> EventChecks.complaintEvent(petition("RESOLVED", "REJECTED"), codec, orgUnits, beforeMidnight))
                .doesNotThrowAnyException();
        // before: kept as sent, longer than the view's column, and a rebuild (one transaction) failed on it every time
        assertThatThrownBy(() -> EventChecks.complaintEvent(petition("RESOLVED_AT_LAST_BY_THE_PROVINCE", null), codec, orgUnits,
                beforeMidnight)).isInstanceOf(MalformedEventException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> EventChecks.complaintEvent(petition("RESOLVED", "UPHELD_IN_PART_AND_SENT_BACK_TO_THE_OFFICE"), codec,
                orgUnits, beforeMidnight)).isInstanceOf(MalformedEventException.class).hasMessageContaining("decision");
    }

    @Test
    void aRecordWithoutAValueIsMalformed() {
        // before: Jackson's IllegalArgumentException, which stopped the reporting view's channel for good
        assertThatThrownBy(() -> codec.read(null)).isInstanceOf(MalformedEventException.class);
    }

    private EventEnvelope assignment(com.fasterxml.jackson.databind.JsonNode data) {
        return EventEnvelope.of(CaseEvents.SOURCE, "CaseAssigned", CaseEvents.SCHEMA_VERSION, data.path("facts").path("caseId").asText(),
                "19", "19", OffsetDateTime.parse("2026-11-30T10:00:00+07:00"), data);
    }

    @Test
    void anAssignmentCarriesTheOfficersAccountAndOneSentBeforeItStillReads() {
        var facts = new CaseEvents.CaseFacts(UUID.randomUUID(), "19", "19", "QĐ-1", LocalDate.of(2026, 3, 2), "ON_REQUEST", "RECEIVED",
                null, 10_000_000L, 0, 10_000_000L, List.of(), UUID.randomUUID(), 0);
        var assigned = new CaseEvents.CaseAssigned(facts, facts.officerId(), null, LocalDate.of(2026, 3, 5), "cbv-nguyen-van-an");
        var read = (CaseEvents.CaseAssigned) EventChecks.caseEvent(assignment(codec.tree(assigned)), codec, orgUnits, beforeMidnight);
        assertThat(read.officerSubject()).isEqualTo("cbv-nguyen-van-an");
        // as sent before the account was carried: no field at all
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) codec.tree(assigned);
        old.remove("officerSubject");
        var readOld = (CaseEvents.CaseAssigned) EventChecks.caseEvent(assignment(old), codec, orgUnits, beforeMidnight);
        assertThat(readOld.officerSubject()).isNull();
        assertThat(readOld.officerId()).isEqualTo(facts.officerId());
        // a blank account would be kept as an officer's and match nothing
        assertThatThrownBy(() -> EventChecks.caseEvent(assignment(codec.tree(new CaseEvents.CaseAssigned(facts, facts.officerId(), null,
                LocalDate.of(2026, 3, 5), " "))), codec, orgUnits, beforeMidnight))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("officerSubject");
        // the officer's agency: a unit, or absent as before it was carried
        var withAgency = new CaseEvents.CaseAssigned(facts, facts.officerId(), null, LocalDate.of(2026, 3, 5), "cbv-nguyen-van-an", "19");
        assertThat(((CaseEvents.CaseAssigned) EventChecks.caseEvent(assignment(codec.tree(withAgency)), codec, orgUnits, beforeMidnight))
                .officerAgencyCode()).isEqualTo("19");
        assertThat(readOld.officerAgencyCode()).isNull();
        assertThatThrownBy(() -> EventChecks.caseEvent(assignment(codec.tree(new CaseEvents.CaseAssigned(facts, facts.officerId(), null,
                LocalDate.of(2026, 3, 5), "cbv-nguyen-van-an", "99.99"))), codec, orgUnits, beforeMidnight))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("officerAgencyCode");
    }
}
