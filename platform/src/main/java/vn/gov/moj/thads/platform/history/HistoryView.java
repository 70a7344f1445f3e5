package vn.gov.moj.thads.platform.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;

/** A history entry as the API shows it. */
public record HistoryView(OffsetDateTime at, String actor, String action, JsonNode details, String reason) {

    /** The entry without one of its details, for a reader who may not see it. */
    public HistoryView withoutDetail(String field) {
        if (details instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has(field)) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = object.deepCopy();
            copy.remove(field);
            return new HistoryView(at, actor, action, copy, reason);
        }
        return this;
    }

    public static HistoryView of(HistoryEntry entry, ObjectMapper mapper) {
        try {
            return new HistoryView(entry.at(), entry.actor(), entry.action(), mapper.readTree(entry.details()), entry.reason());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable history details", e);
        }
    }
}
