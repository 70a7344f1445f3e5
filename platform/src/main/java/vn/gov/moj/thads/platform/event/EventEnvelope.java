package vn.gov.moj.thads.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Every event between services, as a CloudEvents 1.0 structured JSON message. The extension
 * attributes carry what every consumer needs to route it (agency, province) and the schema
 * version of {@code data}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
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
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static EventEnvelope of(String source, String type, int schemaVersion, String aggregateId,
                                   String agencyCode, String provinceCode, OffsetDateTime time, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), source, type, aggregateId, time,
                "application/json", schemaVersion, agencyCode, provinceCode, data);
    }

    @JsonIgnore
    public boolean isValid() {
        return SPEC_VERSION.equals(specVersion) && id != null && type != null && !type.isBlank()
                && aggregateId != null && time != null && data != null && !data.isNull();
    }
}
