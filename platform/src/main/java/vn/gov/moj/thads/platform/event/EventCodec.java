package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads and writes events, and their typed {@code data}, with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    /** A reader of {@link TypedEnvelope} per data class. */
    private final Map<Class<?>, ObjectReader> typedReaders = new ConcurrentHashMap<>();

    public EventCodec(ObjectMapper mapper) {
        // Events evolve by adding fields: a consumer ignores what it does not know yet.
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + envelope.type(), e);
        }
    }

    /** @throws MalformedEventException when the message is not a valid event; it goes to the dead-letter topic */
    public EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope == null || !envelope.isValid()) {
                throw new MalformedEventException("Not a CloudEvents 1.0 event with id, type, subject, time and data");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not JSON: " + e.getOriginalMessage());
        }
    }

    /** An event's envelope (without its JSON tree) and its typed data. */
    public record Typed<E>(EventEnvelope envelope, E data) {
    }

    /**
     * Reads an event's bytes straight into its typed data, the record {@code types} names for its
     * {@code type}: the bytes are parsed once up to the {@code type} (the writer puts it before
     * {@code data}) and once into the envelope with its data bound: no JSON tree (which cost about half
     * of a consumer's CPU per event) and no String of the record. Null when the event is not read this
     * way: bytes that are not an object in well-formed UTF-8, or not a valid event whose {@code type} is
     * one of {@code types}, with data. The caller then reads the record's text ({@link #text}) with
     * {@link #read} and {@link #data}, which refuse it with their reasons; what this reads, they read
     * alike (the same characters, the same mapper and rules).
     */
    public <E> Typed<E> readTyped(byte[] json, Map<String, Class<? extends E>> types) {
        if (!isObjectInWellFormedUtf8(json)) {
            return null;
        }
        try {
            String type = typeOf(json);
            Class<? extends E> dataClass = type == null ? null : types.get(type);
            if (dataClass == null) {
                return null;
            }
            TypedEnvelope<? extends E> read = typedReaders.computeIfAbsent(dataClass, c -> mapper.readerFor(
                    mapper.getTypeFactory().constructParametricType(TypedEnvelope.class, c))).readValue(json);
            if (read == null || read.data() == null || !type.equals(read.type())) {
                return null;
            }
            EventEnvelope envelope = read.envelope();
            return envelope.hasHeaders() ? new Typed<>(envelope, read.data()) : null;
        } catch (IOException | RuntimeException notThisWay) {
            return null;
        }
    }

    /** A record's text, as Kafka's String deserializer makes it (malformed UTF-8 as U+FFFD). */
    public static String text(byte[] record) {
        return record == null ? null : new String(record, StandardCharsets.UTF_8);
    }

    /** The top-level {@code type} of an event when it is a string, else null; parsed no further than that. */
    private String typeOf(byte[] json) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /**
     * Whether the bytes start an object ('{': no byte order mark, nothing Jackson would take for UTF-16
     * or UTF-32) and are well-formed UTF-8 without NUL (RFC 3629: no overlong forms, no surrogates, nothing
     * beyond U+10FFFF): then Jackson's reading of the bytes sees the characters their String holds.
     */
    static boolean isObjectInWellFormedUtf8(byte[] b) {
        if (b == null || b.length == 0 || b[0] != '{') {
            return false;
        }
        int i = 0;
        while (i < b.length) {
            int c = b[i];
            if (c > 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > b.length) {
                return false; // NUL, a continuation byte first, an overlong start (C0, C1), beyond F4, or cut short
            }
            for (int k = 1; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            int second = b[i + 1] & 0xFF;
            if (c == 0xE0 && second < 0xA0 || c == 0xED && second >= 0xA0 || c == 0xF0 && second < 0x90 || c == 0xF4 && second >= 0x90) {
                return false; // overlong, a surrogate, beyond U+10FFFF
            }
            i += length;
        }
        return true;
    }

    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Data of " + envelope.type() + " " + envelope.id() + " does not match its schema");
        }
    }

    public com.fasterxml.jackson.databind.JsonNode tree(Object data) {
        return mapper.valueToTree(data);
    }
}
