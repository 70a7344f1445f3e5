package vn.gov.moj.thads.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Merging the services' documents (no Quarkus). */
class OpenApiMergeTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode doc(String path, String schema, String field) throws Exception {
        return mapper.readTree("""
                {"paths": {"%s": {"get": {"operationId": "%s", "responses": {"200": {"content": {"application/json":
                  {"schema": {"$ref": "#/components/schemas/%s"}}}}}}}},
                 "components": {"schemas": {"%s": {"type": "object", "properties": {"%s": {"type": "string"}}},
                                            "Problem": {"type": "object"}}}}
                """.formatted(path, path, schema, schema, field));
    }

    @Test
    void twoServicesSchemasOfTheSameNameKeepTheirOwnShapes() throws Exception {
        var merged = OpenApiMerge.merge(mapper, Map.of("case-service", doc("/cases/history", "HistoryView", "reason"),
                "complaint-service", doc("/complaints/history", "HistoryView", "outcome")), List.of());
        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.path("HistoryView").path("properties").has("reason")).isTrue();
        assertThat(schemas.path("complaint_service_HistoryView").path("properties").has("outcome")).isTrue();
        assertThat(merged.at("/paths/~1complaints~1history/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/complaint_service_HistoryView");
        assertThat(merged.at("/paths/~1cases~1history/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/HistoryView");
        // identical schemas are kept once, under their name
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(schemas.has("complaint_service_Problem")).isFalse();
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamed() {
        assertThat(OpenApiMerge.merge(mapper, Map.of(), List.of("reporting-service")).path("info").path("description").asText())
                .contains("reporting-service");
    }
}
