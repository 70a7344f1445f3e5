package vn.gov.moj.thads.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the OpenAPI documents of the services into one: paths, schemas, security schemes and
 * tags. Two services may name different schemas alike (each its own {@code HistoryView}, say):
 * the later one is then renamed {@code <service>_<name>} and every reference to it in its own
 * document follows, so that each operation keeps its own schema. Identical schemas are kept once.
 */
final class OpenApiMerge {

    private static final String REF = "#/components/schemas/";

    private OpenApiMerge() {
    }

    /** {@code documents}: each service's document by service name, merged in name order. */
    static ObjectNode merge(ObjectMapper mapper, Map<String, JsonNode> documents, List<String> missing) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "THADS API").put("version", "1.0.0");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = mapper.createObjectNode();
        ObjectNode securitySchemes = mapper.createObjectNode();
        ArrayNode tags = mapper.createArrayNode();
        Set<String> tagNames = new HashSet<>();
        new TreeMap<>(documents).forEach((service, original) -> {
            JsonNode doc = renamingCollisions(mapper, service, original, schemas);
            doc.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            doc.path("components").path("schemas").fields().forEachRemaining(s -> schemas.set(s.getKey(), s.getValue()));
            doc.path("components").path("securitySchemes").fields().forEachRemaining(s -> securitySchemes.set(s.getKey(), s.getValue()));
            doc.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.set("securitySchemes", securitySchemes);
        merged.set("tags", tags);
        if (!missing.isEmpty()) {
            ((ObjectNode) merged.get("info")).put("description", "Not answering now, left out: " + String.join(", ", missing));
        }
        return merged;
    }

    /** The document with each schema that clashes with a different one already merged renamed, references included. */
    private static JsonNode renamingCollisions(ObjectMapper mapper, String service, JsonNode doc, ObjectNode merged) {
        Map<String, String> renames = new TreeMap<>();
        doc.path("components").path("schemas").fields().forEachRemaining(s -> {
            if (merged.has(s.getKey()) && !merged.get(s.getKey()).equals(s.getValue())) {
                renames.put(s.getKey(), service.replaceAll("[^A-Za-z0-9]", "_") + "_" + s.getKey());
            }
        });
        if (renames.isEmpty()) {
            return doc;
        }
        try {
            String text = mapper.writeValueAsString(doc);
            for (var rename : renames.entrySet()) {
                text = text.replace("\"" + REF + rename.getKey() + "\"", "\"" + REF + rename.getValue() + "\"");
            }
            ObjectNode renamed = (ObjectNode) mapper.readTree(text);
            ObjectNode schemas = (ObjectNode) renamed.path("components").path("schemas");
            renames.forEach((from, to) -> schemas.set(to, schemas.remove(from)));
            return renamed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An OpenAPI document could not be rewritten", e);
        }
    }
}
