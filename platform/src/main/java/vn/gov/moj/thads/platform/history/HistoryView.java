package vn.gov.moj.thads.platform.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;

/** A history entry as the API shows it. */
public record HistoryView(OffsetDateTime at, String actor, String action, JsonNode details, String reason) {

    public static HistoryView of(HistoryEntry entry, ObjectMapper mapper) {
        try {
            return new HistoryView(entry.at(), entry.actor(), entry.action(), mapper.readTree(entry.details()), entry.reason());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable history details", e);
        }
    }
}
