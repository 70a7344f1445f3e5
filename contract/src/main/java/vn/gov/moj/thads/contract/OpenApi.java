package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of an OpenAPI 3 document, with their parameters and body schemas resolved. */
final class OpenApi {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** A parameter of an operation: {@code in} is path, query or header. */
    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation. {@code roles}: the roles its security requirement names; empty with {@code secured}
     * false means anyone may call it (no token).
     */
    record Operation(String method, String path, List<Param> params, JsonNode bodySchema, boolean bodyRequired,
                     String bodyMediaType, boolean secured, Set<String> roles) {

        String id() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }
    }

    private final JsonNode document;

    OpenApi(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            List<JsonNode> shared = new ArrayList<>();
            item.path("parameters").forEach(shared::add);
            for (String method : METHODS) {
                JsonNode op = item.get(method);
                if (op != null) {
                    operations.add(operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(), op, shared));
                }
            }
        });
        return operations;
    }

    private Operation operation(String method, String path, JsonNode op, List<JsonNode> shared) {
        Map<String, Param> params = new java.util.LinkedHashMap<>();
        List<JsonNode> declared = new ArrayList<>(shared);
        op.path("parameters").forEach(declared::add);
        for (JsonNode raw : declared) {
            JsonNode p = resolve(raw);
            String in = p.path("in").asText();
            if (!in.equals("path") && !in.equals("query") && !in.equals("header")) {
                continue;
            }
            String name = p.path("name").asText();
            params.put(in + ":" + name.toLowerCase(java.util.Locale.ROOT),
                    new Param(name, in, in.equals("path") || p.path("required").asBoolean(false), resolve(p.path("schema"))));
        }
        JsonNode body = null;
        String mediaType = null;
        boolean bodyRequired = false;
        JsonNode requestBody = resolve(op.path("requestBody"));
        if (requestBody.has("content")) {
            Iterator<Map.Entry<String, JsonNode>> content = requestBody.get("content").fields();
            while (content.hasNext() && body == null) {
                Map.Entry<String, JsonNode> entry = content.next();
                mediaType = entry.getKey();
                body = resolve(entry.getValue().path("schema"));
            }
            bodyRequired = requestBody.path("required").asBoolean(false);
        }
        JsonNode security = op.has("security") ? op.get("security") : document.path("security");
        Set<String> roles = new LinkedHashSet<>();
        security.forEach(requirement -> requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText()))));
        boolean secured = security.isArray() && !security.isEmpty();
        return new Operation(method, path, List.copyOf(params.values()), body, bodyRequired, mediaType, secured, roles);
    }

    /** Follows {@code $ref} and merges {@code allOf}; never null (missing is an empty object). */
    JsonNode resolve(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        for (int depth = 0; node.has("$ref") && depth < 20; depth++) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("Unresolved reference " + ref);
            }
            if (node.size() > 1) { // siblings of $ref (OpenAPI 3.1) refine the target
                ObjectNode merged = ((ObjectNode) target.deepCopy());
                node.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                target = merged;
            }
            node = target;
        }
        if (node.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            ObjectNode properties = merged.putObject("properties");
            var required = merged.putArray("required");
            for (JsonNode part : node.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(f -> {
                    switch (f.getKey()) {
                        case "properties" -> properties.setAll((ObjectNode) f.getValue());
                        case "required" -> required.addAll((com.fasterxml.jackson.databind.node.ArrayNode) f.getValue());
                        default -> merged.set(f.getKey(), f.getValue());
                    }
                });
            }
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("allOf")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            if (properties.isEmpty()) {
                merged.remove("properties");
            }
            return merged;
        }
        return node;
    }

    /** The schema's type; OpenAPI 3.1 may list several ({@code ["string", "null"]}): the first that is not null. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }
}
