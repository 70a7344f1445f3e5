package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes events, and their typed {@code data}, with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

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
        if (json == null) {
            // a tombstone: Jackson refuses a null argument with an IllegalArgumentException, which no consumer dead-letters
            throw new MalformedEventException("A record without a value (a tombstone), not an event");
        }
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
