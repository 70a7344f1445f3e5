package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaint facts grew fields in issue 11: old and new messages both read, in both directions. A repeat is told by
 * {@code repeat}; events published before it name the earlier petition ({@code repeatOf}) and still read as repeats.
 */
class ComplaintEventsContractTest {

    private final EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private EventEnvelope envelope(Object data) {
        return EventEnvelope.of(ComplaintEvents.SOURCE, data.getClass().getSimpleName(), ComplaintEvents.SCHEMA_VERSION,
                UUID.randomUUID().toString(), "19.05", "19", OffsetDateTime.now(), codec.tree(data));
    }

    @Test
    void theNewFieldsTravel() {
        var facts = new ComplaintEvents.ComplaintFacts(UUID.randomUUID(), "COMPLAINT", "IN_PERSON", DAY, "19", "19", "WITHIN",
                "RECEIVED", null, "OFFICER", "COERCION", 2, false, DAY.plusDays(7), DAY.plusDays(37), DAY,
                DAY.minusDays(3), 0);
        var read = codec.data(codec.read(codec.write(envelope(new ComplaintEvents.ComplaintReceived(facts)))),
                ComplaintEvents.ComplaintReceived.class);
        assertThat(read.facts()).isEqualTo(facts);
    }

    @Test
    void aMessageWithoutThemStillReads() {
        var old = new ComplaintEvents.ComplaintFacts(UUID.randomUUID(), "DENUNCIATION", "POST", DAY, "19.05", "19.05", "WITHIN",
                "ACCEPTED", null, "OFFICER", null, 1, false, DAY, DAY.plusDays(30));
        var json = codec.tree(new ComplaintEvents.ComplaintExtended(old, DAY.plusDays(60)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("facts")).remove("competentReceivedOn");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("facts")).remove("extensions");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("complexity");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("decidedOn");
        var read = codec.data(EventEnvelope.of(ComplaintEvents.SOURCE, "ComplaintExtended", 1, "x", "19.05", "19",
                OffsetDateTime.now(), json), ComplaintEvents.ComplaintExtended.class);
        assertThat(read.facts().resolveBy()).isEqualTo(DAY.plusDays(30));
        assertThat(read.facts().extensions()).isZero();
        assertThat(read.complexity()).isNull();
        // no decision date: the event's own day dates it (EventChecks, the reporting view)
        assertThat(read.decidedOn()).isNull();
        assertThat(read.businessDate()).isNull();
    }

    @Test
    void anOldEventNamingTheEarlierPetitionReadsAsARepeat() {
        var facts = new ComplaintEvents.ComplaintFacts(UUID.randomUUID(), "DENUNCIATION", "POST", DAY, "19.05", "19.05", "WITHIN",
                "RECEIVED", null, "OFFICER", null, 1, false, DAY.plusDays(10), DAY.plusDays(40));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) codec.tree(new ComplaintEvents.ComplaintReceived(facts));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("facts")).remove("repeat");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("facts")).put("repeatOf", UUID.randomUUID().toString());
        var read = codec.data(EventEnvelope.of(ComplaintEvents.SOURCE, "ComplaintReceived", 1, "x", "19.05", "19",
                OffsetDateTime.now(), json), ComplaintEvents.ComplaintReceived.class);
        assertThat(read.facts().repeat()).isFalse();
        assertThat(read.facts().repeated()).isTrue();
        // and one without either (not a repeat) stays one
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("facts")).remove("repeatOf");
        assertThat(codec.data(EventEnvelope.of(ComplaintEvents.SOURCE, "ComplaintReceived", 1, "x", "19.05", "19",
                OffsetDateTime.now(), json), ComplaintEvents.ComplaintReceived.class).facts().repeated()).isFalse();
    }

    @Test
    void anEventWrittenNowNamesNoOtherPetition() {
        UUID earlier = UUID.randomUUID();
        // even facts that were given the earlier petition's id do not send it: the topic is read nationwide
        var facts = new ComplaintEvents.ComplaintFacts(UUID.randomUUID(), "DENUNCIATION", "POST", DAY, "19.05", "19.05", "WITHIN",
                "RECEIVED", null, "OFFICER", null, 1, true, DAY.plusDays(10), DAY.plusDays(40), DAY, null, 0, earlier);
        String written = codec.write(envelope(new ComplaintEvents.ComplaintReceived(facts)));
        assertThat(written).doesNotContain(earlier.toString()).doesNotContain("repeatOf");
        var read = codec.data(codec.read(written), ComplaintEvents.ComplaintReceived.class);
        assertThat(read.facts().repeat()).isTrue();
        assertThat(read.facts().repeated()).isTrue();
    }
}
