package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.json.StrictJson;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event read straight into its typed data ({@link EventChecks#readCaseEvent}, no JSON tree) gives
 * what reading it as a tree and then its data gives: the same envelope and event, or the same refusal
 * with the same reason. Without Quarkus: the application's mapper is Jackson's with the Java time
 * module and {@link StrictJson}.
 */
class TypedReadTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime TIME = OffsetDateTime.parse("2026-11-20T09:00:00+07:00");
    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final UUID CASE = UUID.fromString("0000aaaa-0000-0000-0000-000000000001");

    private final EventCodec codec = new EventCodec(strict(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
    private final OrgUnits orgUnits = new OrgUnits(Optional.empty());

    private static ObjectMapper strict(ObjectMapper mapper) {
        new StrictJson().customize(mapper);
        return mapper;
    }

    private CaseEvents.CaseFacts facts(String decisionNumber) {
        return new CaseEvents.CaseFacts(CASE, "01", "01", decisionNumber, OPENED, "ON_REQUEST", "HAS_CONDITIONS", "HAS_CONDITIONS",
                5_000_000, 1_000_000, 4_000_000, List.of("BANK_CREDIT"), null, 0);
    }

    private String caseEvent(Object data) {
        return codec.write(EventEnvelope.of(CaseEvents.SOURCE, data.getClass().getSimpleName(), CaseEvents.SCHEMA_VERSION, CASE.toString(),
                "01", "01", TIME, codec.tree(data)));
    }

    private String collection() {
        return caseEvent(new CaseEvents.CollectionRecorded(facts("12/QĐ-CCTHADS"), 1_000_000, OPENED.plusDays(20), "BL-1"));
    }

    @Test
    void validEventsReadTheSameWithoutATree() {
        String opened = caseEvent(new CaseEvents.CaseOpened(facts("12/QĐ-CCTHADS"), UUID.randomUUID()));
        String collection = collection();
        // data before type, unknown properties at both levels (a consumer ignores what it does not know yet), a number as text
        String reordered = "{\"data\":" + codec.tree(new CaseEvents.CollectionRecorded(facts("7"), 1_000_000, OPENED.plusDays(20), "BL-1"))
                .toString().replace("\"amount\":1000000", "\"amount\":\"1000000\",\"later\":{\"x\":[1,2]}")
                + "," + collection.substring(1, collection.indexOf(",\"data\"")) + ",\"extension\":\"x\"}";
        for (String message : List.of(opened, collection, reordered)) {
            assertThat(codec.readTyped(bytes(message), CaseEvents.TYPES)).as(message).isNotNull();
            assertThat(typed(bytes(message))).as(message).isEqualTo(asTree(bytes(message))).isNotInstanceOf(String.class);
        }
        String complaint = codec.write(EventEnvelope.of(ComplaintEvents.SOURCE, "ComplaintReceived", 1, CASE.toString(), "01", "01", TIME,
                codec.tree(new ComplaintEvents.ComplaintReceived(new ComplaintEvents.ComplaintFacts(CASE, "COMPLAINT", "POST", OPENED, "01",
                        "01", "WITHIN", "RECEIVED", null, "OFFICER", null, 1, null, OPENED.plusDays(10), OPENED.plusDays(40))))));
        assertThat(codec.readTyped(bytes(complaint), ComplaintEvents.TYPES)).isNotNull();
        assertThat(outcome(() -> EventChecks.readComplaintEvent(bytes(complaint), codec, orgUnits, CLOCK))).isEqualTo(outcome(() -> {
            EventEnvelope envelope = codec.read(complaint);
            return new EventCodec.Typed<>(envelope.withoutData(), EventChecks.complaintEvent(envelope, codec, orgUnits, CLOCK));
        }));
    }

    @Test
    void whatIsRefusedIsRefusedWithTheSameReason() {
        String collection = collection();
        List<String> refused = List.of(
                collection.replace("BL-1", "BL\\u0000"), // NUL in a text
                collection.replace("\"collectedOn\":\"2026-03-22\"", "\"collectedOn\":\"+10000-03-22\""), // a five-digit year
                collection.replace("\"amount\":1000000", "\"amount\":1000000,\"amount\":2"), // a field given twice
                collection.replace("\"type\":\"CollectionRecorded\"", "\"type\":\"CaseExploded\""), // not a type of the topic
                collection.replace("\"type\":\"CollectionRecorded\"", "\"type\":7"),
                collection.replace("\"type\":\"CollectionRecorded\",", ""), // no type
                collection.replace(collection.substring(collection.indexOf("\"data\":")), "\"data\":null}"),
                collection.replace(collection.substring(collection.indexOf("\"data\":")), "\"data\":[1]}"),
                collection.replace(CaseEvents.SOURCE, "/thads/complaint-service"), // not the topic's owner
                collection.replace("2026-11-20T09:00:00+07:00", "2026-12-20T09:00:00+07:00"), // in the future
                collection.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""),
                collection.replace("\"amount\":1000000", "\"amount\":0"), // the checks of the content
                collection.replace("\"agencyCode\":\"01\"", "\"agencyCode\":\"99\""),
                collection.replace("\"facts\":", "\"facts\":null,\"ignored\":"),
                collection.substring(0, collection.length() - 2), // cut short
                "[" + collection + "]", "", "null", "{}");
        for (String message : refused) {
            Object asTree = asTree(bytes(message));
            assertThat(asTree).as(message).isInstanceOf(String.class);
            assertThat(typed(bytes(message))).as(message).isEqualTo(asTree);
        }
        // what follows the event is not read, either way
        assertThat(typed(bytes(collection + "{"))).isEqualTo(asTree(bytes(collection + "{"))).isNotInstanceOf(String.class);
    }

    @Test
    void bytesThatAreNotWellFormedUtf8ReadAsTheirTextReads() {
        String collection = collection();
        byte[] utf8 = bytes(collection);
        int at = bytes(collection.substring(0, collection.indexOf("BL-1") + 2)).length; // the receipt's "-"
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAD}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAD}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE1, (byte) 0x80})) {
            byte[] message = new byte[utf8.length - 1 + bad.length];
            System.arraycopy(utf8, 0, message, 0, at);
            System.arraycopy(bad, 0, message, at, bad.length);
            System.arraycopy(utf8, at + 1, message, at + bad.length, utf8.length - at - 1);
            assertThat(EventCodec.isObjectInWellFormedUtf8(message)).isFalse();
            assertThat(typed(message)).isEqualTo(asTree(message));
        }
        assertThat(EventCodec.isObjectInWellFormedUtf8(utf8)).isTrue();
        assertThat(EventCodec.isObjectInWellFormedUtf8(bytes("{\"a\":\"\uD83D\uDE00 Đ\"}"))).isTrue();
        // UTF-16 and a byte order mark: Jackson would detect them from bytes, the text holds other characters
        for (byte[] other : List.of(collection.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                collection.getBytes(java.nio.charset.StandardCharsets.UTF_16BE), bytes("\uFEFF" + collection), bytes(" " + collection))) {
            assertThat(codec.readTyped(other, CaseEvents.TYPES)).isNull();
            assertThat(typed(other)).isEqualTo(asTree(other));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The new path: the event read straight into its type, then checked. */
    private Object typed(byte[] message) {
        return outcome(() -> EventChecks.readCaseEvent(message, codec, orgUnits, CLOCK));
    }

    /** The path before it: the record's text (Kafka's String deserializer), read with its data as a JSON tree, then its typed data, checked. */
    private Object asTree(byte[] message) {
        return outcome(() -> {
            EventEnvelope envelope = codec.read(new String(message, java.nio.charset.StandardCharsets.UTF_8));
            return new EventCodec.Typed<>(envelope.withoutData(), EventChecks.caseEvent(envelope, codec, orgUnits, CLOCK));
        });
    }

    /** What was read, or the reason it was refused. */
    private static Object outcome(Supplier<Object> read) {
        try {
            return read.get();
        } catch (MalformedEventException refused) {
            return "refused: " + refused.getMessage();
        }
    }
}
