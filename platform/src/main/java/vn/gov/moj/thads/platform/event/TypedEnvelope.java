package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event as {@link EventEnvelope} reads it, its {@code data} bound straight to the topic's record
 * for the event's type (no JSON tree in between): what {@link EventCodec#readTyped} reads. The same
 * properties, read by the same rules.
 */
record TypedEnvelope<D>(
        @JsonProperty("specversion") String specVersion,
        UUID id,
        String source,
        String type,
        @JsonProperty("subject") String aggregateId,
        OffsetDateTime time,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("schemaversion") int schemaVersion,
        @JsonProperty("agencycode") String agencyCode,
        @JsonProperty("provincecode") String provinceCode,
        D data) {

    /** The envelope without its data (the typed data is beside it). */
    EventEnvelope envelope() {
        return new EventEnvelope(specVersion, id, source, type, aggregateId, time, dataContentType, schemaVersion, agencyCode,
                provinceCode, null);
    }
}
