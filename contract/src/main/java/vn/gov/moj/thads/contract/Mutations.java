package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The bad requests of one operation, each a mutation of its valid-ish request: every parameter
 * and body field missing, null, of the wrong type, oversized, at and beyond its bounds, malformed
 * dates and UUIDs, unknown enum values; malformed and oversized bodies, wrong Content-Type,
 * unknown fields; missing, wildcard, stale and garbage If-Match; no or a garbage token; an
 * unsupported Accept and an undeclared method.
 */
final class Mutations {

    static final String IF_MATCH = "If-Match";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Strings this long are beyond every maxLength of the API; the gateway's body limit is larger still. */
    static final int VERY_LONG = 100_000;
    /** Larger than the gateway accepts (10 MB): 413. */
    static final int OVERSIZED_BODY = 11 * 1024 * 1024;

    /** A bad value: {@code raw} is written into the JSON as is (NaN, numbers beyond any range). */
    record Bad(String category, String description, JsonNode value) {
        static Bad of(String category, String description, Object value) {
            return new Bad(category, description, MAPPER.valueToTree(value));
        }

        static Bad raw(String category, String literal) {
            return new Bad(category, literal, new POJONode(new RawValue(literal)));
        }

        /** The value as a JSON parser reads it; for a literal that is not JSON (NaN), a marker no schema accepts. */
        JsonNode parsed() {
            if (!(value instanceof POJONode raw)) {
                return value;
            }
            try {
                return MAPPER.readTree(String.valueOf(((RawValue) raw.getPojo()).rawValue()));
            } catch (JsonProcessingException e) {
                return NOT_JSON;
            }
        }
    }

    private static final JsonNode NOT_JSON = new POJONode("not JSON");

    private final OpenApi.Operation operation;
    private final UnaryOperator<JsonNode> resolver;
    private final Samples samples;
    private final List<Probe> out = new ArrayList<>();

    private Mutations(OpenApi.Operation operation, UnaryOperator<JsonNode> resolver, Samples samples) {
        this.operation = operation;
        this.resolver = resolver;
        this.samples = samples;
    }

    /**
     * The bad requests derived from {@code base}, the operation's valid-ish request (carrying the
     * caller's role, the fixtures' ids and, on writes, the current ETag). {@code declaredMethods}:
     * the methods the document declares on the same path.
     */
    static List<Probe> of(OpenApi.Operation operation, Probe base, JsonNode baseBody, Set<String> declaredMethods,
                          UnaryOperator<JsonNode> resolver, Samples samples) {
        Mutations m = new Mutations(operation, resolver, samples);
        m.auth(base);
        m.protocol(base, declaredMethods);
        for (OpenApi.Param param : operation.params()) {
            if (param.in().equals("header") && param.name().equalsIgnoreCase(IF_MATCH)) {
                m.ifMatch(base);
            } else {
                m.param(base, param);
            }
        }
        if (operation.bodySchema() != null) {
            m.body(base, baseBody);
        } else if (operation.writes()) {
            m.add(base.derive("malformed", "a body the operation does not take", false)
                    .header("Content-Type", "application/json").body("{\"unexpected\": [1, 2"));
        }
        return m.out;
    }

    private void add(Probe probe) {
        out.add(probe);
    }

    private void auth(Probe base) {
        if (!operation.secured()) {
            return;
        }
        Probe none = base.derive("auth", "no token", true);
        none.caller = Probe.NO_TOKEN;
        add(none);
        Probe garbage = base.derive("auth", "a token that is not a JWT", true);
        garbage.caller = Probe.GARBAGE_TOKEN;
        add(garbage);
        Probe basic = base.derive("auth", "Basic credentials instead of a bearer token", true);
        basic.caller = Probe.NO_TOKEN;
        add(basic.header("Authorization", "Basic bmVnYXRpdmU6cnVu"));
    }

    private void protocol(Probe base, Set<String> declaredMethods) {
        add(base.derive("accept", "Accept: application/xml only", true).header("Accept", "application/xml"));
        add(base.derive("accept", "Accept: garbage", false).header("Accept", "no/such; q=x, ;;"));
        for (String method : List.of("DELETE", "PATCH", "PUT", "POST", "GET")) {
            if (!declaredMethods.contains(method)) {
                Probe other = base.derive("method", method + " (not declared on this path)", true);
                other.method = method;
                add(other);
                break;
            }
        }
    }

    // ---------------------------------------------------------------- parameters

    private void param(Probe base, OpenApi.Param param) {
        boolean path = param.in().equals("path");
        Probe missing = base.derive("missing", param.in() + " parameter " + param.name() + " missing", param.required());
        set(missing, param, path ? "" : null);
        add(missing);
        for (Bad bad : paramValues(param.schema())) {
            String value = bad.value().isTextual() ? bad.value().asText() : bad.value().toString();
            if (param.in().equals("header") && value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                continue; // not sendable in a header
            }
            boolean rejected = !Schemas.acceptsParam(param.schema(), value, resolver);
            Probe probe = base.derive(bad.category(), param.name() + " = " + abbreviate(bad.description()), rejected);
            set(probe, param, value);
            add(probe);
        }
        if (param.in().equals("query")) {
            Probe twice = base.derive("malformed", param.name() + " given twice", false);
            String first = samples.param(param);
            twice.queryParam(param.name(), first == null ? "1" : first);
            twice.query.add(new String[] {param.name(), "2"});
            add(twice);
        }
    }

    private static void set(Probe probe, OpenApi.Param param, String value) {
        switch (param.in()) {
            case "path" -> probe.pathValues.put(param.name(), value);
            case "query" -> probe.queryParam(param.name(), value);
            default -> probe.header(param.name(), value);
        }
    }

    List<Bad> paramValuesForTest(JsonNode schema) {
        return paramValues(schema);
    }

    private List<Bad> paramValues(JsonNode schema) {
        schema = resolver.apply(schema);
        List<Bad> values = new ArrayList<>(List.of(
                Bad.of("wrong-type", "text", "abc"),
                Bad.of("wrong-type", "a JSON object", "{\"a\":1}"),
                Bad.of("wrong-type", "a JSON array", "[1,2]"),
                Bad.of("wrong-type", "decimal 1.5", "1.5"),
                Bad.of("wrong-type", "boolean true", "true"),
                Bad.of("missing", "empty", ""),
                Bad.of("missing", "blank", "   ")));
        for (String number : List.of("-1", "0", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
                "9223372036854775808", "-9223372036854775809", "1e300", "NaN", "Infinity", "00000000000000000000001")) {
            values.add(Bad.of("boundary", number, number));
        }
        for (String date : List.of("0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "+999999999-12-31",
                "-999999999-01-01", "0000-01", "2026-02", "10000-01")) {
            values.add(Bad.of("date", date, date));
        }
        values.add(Bad.of("uuid", "not a UUID", "not-a-uuid"));
        values.add(Bad.of("uuid", "nil UUID", "00000000-0000-0000-0000-000000000000"));
        values.add(Bad.of("uuid", "unknown UUID", UUID.randomUUID().toString()));
        values.add(Bad.of("uuid", "UUID with an extra digit", UUID.randomUUID() + "0"));
        values.add(Bad.of("enum", "unknown value", "NOT_A_VALUE"));
        values.add(Bad.of("enum", "a code that does not exist", "99.99"));
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            values.add(Bad.of("oversized", "maxLength + 1 (" + (max + 1) + ")", "x".repeat(max + 1)));
        }
        values.add(Bad.of("oversized", "2,000 characters", "x".repeat(2_000)));
        values.add(Bad.of("oversized", "20,000 characters", "x".repeat(20_000)));
        values.addAll(hostileStrings());
        return values;
    }

    private static List<Bad> hostileStrings() {
        return List.of(
                Bad.of("hostile", "SQL quote", "' OR '1'='1' --"),
                Bad.of("hostile", "LIKE wildcards", "%_%\\"),
                Bad.of("hostile", "NUL character", "a\u0000b"),
                Bad.of("hostile", "path traversal", "../../etc/passwd"),
                Bad.of("hostile", "markup", "<script>alert(1)</script>"),
                Bad.of("hostile", "right-to-left override and emoji", "\u202eabc😀"),
                Bad.of("hostile", "format specifiers", "%s%n%x${jndi:ldap://x}"));
    }

    private void ifMatch(Probe base) {
        Probe missing = base.derive("if-match", "If-Match missing", true).header(IF_MATCH, null);
        missing.etag = Probe.Etag.AS_GIVEN;
        add(missing);
        for (String[] value : new String[][] {
                {"*", "If-Match: * (names no version)"},
                {"garbage", "If-Match: garbage, unquoted"},
                {"\"garbage\"", "If-Match: a tag that is not a version"},
                {"\"999999\"", "If-Match: stale version"},
                {"\"-1\"", "If-Match: negative version"},
                {"\"99999999999999999999\"", "If-Match: version beyond long"},
                {"\"0\", \"1\", \"2\"", "If-Match: a list of tags"},
                {"\"" + "9".repeat(5_000) + "\"", "If-Match: 5,000 characters"},
                {"", "If-Match: empty"}}) {
            Probe probe = base.derive("if-match", value[1], true).header(IF_MATCH, value[0]);
            probe.etag = Probe.Etag.AS_GIVEN;
            add(probe);
        }
        Probe weak = base.derive("if-match", "If-Match: the current version as a weak tag (RFC 9110: strong comparison)", true);
        weak.etag = Probe.Etag.CURRENT_WEAK;
        add(weak);
    }

    // ---------------------------------------------------------------- bodies

    private void body(Probe base, JsonNode baseBody) {
        String json = operation.bodyMediaType() == null ? "application/json" : operation.bodyMediaType();
        for (String[] type : new String[][] {{"text/plain"}, {"application/xml"}, {"application/x-www-form-urlencoded"},
                {"multipart/form-data; boundary=x"}, {"no/such-type"}, {"garbage"}, {"application/json; charset"}, {null}}) {
            add(base.derive("content-type", "Content-Type: " + (type[0] == null ? "(none)" : type[0]), true)
                    .header("Content-Type", type[0]));
        }
        add(base.derive("content-type", "Content-Type: application/json; charset=UTF-16 with a UTF-8 body", false)
                .header("Content-Type", "application/json; charset=UTF-16"));
        add(base.derive("missing", "no body", operation.bodyRequired()).body(null).header("Content-Type", json));
        for (String[] malformed : new String[][] {
                {"", "empty body"},
                {"{", "truncated object"},
                {"{\"a\":}", "missing value"},
                {"not json", "plain text"},
                {"{'single': 'quotes'}", "single quotes"},
                {"{\"a\": 1,}", "trailing comma"},
                {"null", "JSON null"},
                {"[]", "an array instead of an object"},
                {"\"text\"", "a string instead of an object"},
                {"42", "a number instead of an object"},
                {"{}", "an empty object"},
                {"{} {}", "two documents"},
                {"\uFEFF{}", "byte order mark"},
                {"[".repeat(100_000), "100,000 nested arrays"},
                {"{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "5,000 nested objects"},
                {"{\"n\": 1" + "0".repeat(100_000) + "}", "a number with 100,000 digits"}}) {
            boolean rejected = !malformed[0].equals("{}") || !Schemas.accepts(operation.bodySchema(), JSON.objectNode(), resolver);
            add(base.derive("malformed", malformed[1], rejected).body(malformed[0]));
        }
        Probe invalidUtf8 = base.derive("malformed", "bytes that are not UTF-8", true);
        invalidUtf8.body = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        add(invalidUtf8);
        if (baseBody.isObject()) {
            ObjectNode duplicate = baseBody.deepCopy();
            String text = write(duplicate);
            if (text.length() > 2 && duplicate.size() > 0) {
                String first = duplicate.fieldNames().next();
                String repeated = text.substring(0, text.length() - 1) + ",\"" + first + "\":" + write(duplicate.get(first)) + "}";
                add(base.derive("malformed", "field " + first + " twice", false).body(repeated));
            }
            ObjectNode unknown = baseBody.deepCopy();
            unknown.put("unknownField", "x");
            add(base.derive("unknown-field", "an unknown field at the top", false).body(write(unknown)));
        }
        add(base.derive("oversized", "body of 11 MB", true).body(write(pad(baseBody))));
        properties(base, baseBody, new ArrayList<>(), resolver.apply(operation.bodySchema()), 0);
    }

    /** The valid-ish body with a long extra field: past the gateway's body limit. */
    private static JsonNode pad(JsonNode body) {
        ObjectNode padded = body.isObject() ? body.deepCopy() : JSON.objectNode();
        padded.put("padding", "x".repeat(OVERSIZED_BODY));
        return padded;
    }

    /** Mutations of every property of the object at {@code path} in {@code root} (which holds it). */
    private void properties(Probe base, JsonNode root, List<Object> path, JsonNode schema, int depth) {
        if (depth > 4 || !OpenApi.type(schema).equals("object")) {
            return;
        }
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            String name = p.getKey();
            JsonNode propertySchema = resolver.apply(p.getValue());
            List<Object> at = new ArrayList<>(path);
            at.add(name);
            String field = fieldName(at);
            boolean present = !node(root, at).isMissingNode();
            JsonNode withProperty = present ? root : with(root, at, samples.value(name, propertySchema, depth + 1));
            if (present) {
                add(base.derive("missing", field + " missing", required.contains(name)).body(write(without(root, at))));
            }
            add(base.derive("missing", field + " null", required.contains(name)).body(write(with(root, at, JSON.nullNode()))));
            for (Bad bad : values(name, propertySchema)) {
                boolean rejected = !Schemas.accepts(propertySchema, bad.parsed(), resolver);
                add(base.derive(bad.category(), field + " = " + abbreviate(bad.description()), rejected)
                        .body(write(with(root, at, bad.value()))));
            }
            String type = OpenApi.type(propertySchema);
            if (type.equals("object")) {
                ObjectNode unknown = ((ObjectNode) node(withProperty, at)).deepCopy();
                unknown.put("unknownField", "x");
                add(base.derive("unknown-field", "an unknown field in " + field, false).body(write(with(withProperty, at, unknown))));
                properties(base, withProperty, at, propertySchema, depth + 1);
            } else if (type.equals("array")) {
                JsonNode itemSchema = resolver.apply(propertySchema.path("items"));
                if (OpenApi.type(itemSchema).equals("object")) {
                    JsonNode array = node(withProperty, at);
                    JsonNode withItem = array.size() > 0 ? withProperty
                            : with(withProperty, at, JSON.arrayNode().add(samples.value(name, itemSchema, depth + 1)));
                    List<Object> first = new ArrayList<>(at);
                    first.add(0);
                    properties(base, withItem, first, itemSchema, depth + 1);
                }
            }
        });
    }

    /** The bad values of a property, by its type and format. */
    private List<Bad> values(String name, JsonNode schema) {
        List<Bad> values = new ArrayList<>();
        String type = OpenApi.type(schema);
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            values.add(Bad.of("enum", "unknown value NOT_A_VALUE", "NOT_A_VALUE"));
            String first = schema.get("enum").get(0).asText();
            values.add(Bad.of("enum", "lower case " + first.toLowerCase(Locale.ROOT), first.toLowerCase(Locale.ROOT)));
            values.add(Bad.of("enum", first + " with a trailing space", first + " "));
            values.add(Bad.of("enum", "empty", ""));
            values.add(Bad.of("wrong-type", "a number for an enum", 1));
            values.add(Bad.of("wrong-type", "an object for an enum", JSON.objectNode()));
            return values;
        }
        switch (type) {
            case "string" -> {
                values.add(Bad.of("wrong-type", "a number for a string", 12345));
                values.add(Bad.of("wrong-type", "true for a string", true));
                values.add(Bad.of("wrong-type", "an object for a string", JSON.objectNode().put("a", 1)));
                values.add(Bad.of("wrong-type", "an array for a string", JSON.arrayNode().add("a")));
                values.add(Bad.of("missing", "empty string", ""));
                values.add(Bad.of("missing", "blank string", "   "));
                if (format.equals("date")) {
                    for (String date : List.of("0001-01-01", "1899-12-31", "1969-12-31", "9999-12-31", "2026-02-30",
                            "2026-13-01", "2026-1-1", "2026-01-01T10:00:00Z", "+999999999-12-31", "-999999999-01-01",
                            "+1000000000-01-01", "01/02/2026", "today")) {
                        values.add(Bad.of("date", date, date));
                    }
                    values.add(Bad.of("date", "a number 20260101 for a date", 20260101));
                    values.add(Bad.of("date", "an array [2026,1,1] for a date", JSON.arrayNode().add(2026).add(1).add(1)));
                } else if (format.equals("uuid")) {
                    values.add(Bad.of("uuid", "not a UUID", "not-a-uuid"));
                    values.add(Bad.of("uuid", "nil UUID", "00000000-0000-0000-0000-000000000000"));
                    values.add(Bad.of("uuid", "unknown UUID", UUID.randomUUID().toString()));
                    values.add(Bad.of("uuid", "UUID with an extra digit", UUID.randomUUID() + "0"));
                    values.add(Bad.of("uuid", "UUID without dashes", UUID.randomUUID().toString().replace("-", "")));
                } else {
                    if (schema.has("maxLength")) {
                        int max = schema.get("maxLength").asInt();
                        values.add(Bad.of("oversized", "maxLength (" + max + ") characters", "x".repeat(max)));
                        values.add(Bad.of("oversized", "maxLength + 1 (" + (max + 1) + ") characters", "x".repeat(max + 1)));
                        values.add(Bad.of("oversized", "maxLength + 1 in 4-byte characters", "😀".repeat(max + 1)));
                    }
                    values.add(Bad.of("oversized", "100,000 characters", "x".repeat(VERY_LONG)));
                    if (schema.has("pattern") && schema.get("pattern").asText().contains("\\d")) {
                        values.add(Bad.of("enum", "a well-formed code that does not exist (99.99)", "99.99"));
                        values.add(Bad.of("enum", "a code of the wrong form (1.2.3)", "1.2.3"));
                    }
                    values.addAll(hostileStrings());
                    values.add(Bad.raw("hostile", "\"\\ud800\" (a lone surrogate)"));
                }
            }
            case "integer", "number" -> {
                values.add(Bad.of("wrong-type", "a string for a number", "abc"));
                values.add(Bad.of("wrong-type", "a numeric string \"12\"", "12"));
                values.add(Bad.of("wrong-type", "true for a number", true));
                values.add(Bad.of("wrong-type", "an object for a number", JSON.objectNode()));
                values.add(Bad.of("wrong-type", "an array for a number", JSON.arrayNode().add(1)));
                for (long n : new long[] {-1, 0, 1, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L,
                        Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000_000_000L, 1_000_000_000_000_001L}) {
                    values.add(Bad.of("boundary", Long.toString(n), n));
                }
                if (schema.has("minimum")) {
                    values.add(Bad.of("boundary", "minimum - 1", schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                }
                if (schema.has("maximum")) {
                    values.add(Bad.of("boundary", "maximum + 1", schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                    values.add(Bad.of("boundary", "maximum + 0.001", schema.get("maximum").decimalValue().add(new java.math.BigDecimal("0.001"))));
                }
                for (String literal : List.of("9223372036854775808", "-9223372036854775809", "1" + "0".repeat(40), "1e300",
                        "-1e300", "1e-300", "1.5", "-0.0", "NaN", "Infinity", "-Infinity", "0x10", "1_000")) {
                    values.add(Bad.raw("boundary", literal));
                }
            }
            case "boolean" -> {
                values.add(Bad.of("wrong-type", "\"yes\" for a boolean", "yes"));
                values.add(Bad.of("wrong-type", "\"true\" (a string) for a boolean", "true"));
                values.add(Bad.of("wrong-type", "1 for a boolean", 1));
                values.add(Bad.of("wrong-type", "an object for a boolean", JSON.objectNode()));
            }
            case "array" -> {
                JsonNode itemSchema = resolver.apply(schema.path("items"));
                JsonNode item = samples.value(name, itemSchema, 1);
                values.add(Bad.of("wrong-type", "an object for an array", JSON.objectNode()));
                values.add(Bad.of("wrong-type", "a string for an array", "x"));
                values.add(Bad.of("wrong-type", "a number for an array", 7));
                values.add(Bad.of("boundary", "empty array", JSON.arrayNode()));
                values.add(Bad.of("missing", "[null]", JSON.arrayNode().addNull()));
                values.add(Bad.of("wrong-type", "an item of the wrong type",
                        JSON.arrayNode().add(OpenApi.type(itemSchema).equals("string") && !itemSchema.has("enum") ? JSON.objectNode() : JSON.textNode("x"))));
                values.add(Bad.of("boundary", "the same item twice", JSON.arrayNode().add(item).add(item)));
                if (schema.has("maxItems")) {
                    ArrayNode over = JSON.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        over.add(distinct(item, i));
                    }
                    values.add(Bad.of("oversized", "maxItems + 1 items", over));
                }
                ArrayNode many = JSON.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    many.add(distinct(item, i));
                }
                values.add(Bad.of("oversized", "10,000 items", many));
            }
            case "object" -> {
                values.add(Bad.of("wrong-type", "a string for an object", "x"));
                values.add(Bad.of("wrong-type", "an array for an object", JSON.arrayNode().add(JSON.objectNode())));
                values.add(Bad.of("wrong-type", "a number for an object", 42));
                values.add(Bad.of("missing", "an empty object", JSON.objectNode()));
            }
            default -> {
                values.add(Bad.of("wrong-type", "an object", JSON.objectNode()));
                values.add(Bad.of("oversized", "100,000 characters", "x".repeat(VERY_LONG)));
            }
        }
        return values;
    }

    /** Items that differ (a set refuses repeats, which is not what an oversized list tests). */
    private static JsonNode distinct(JsonNode item, int i) {
        if (item.isTextual() && !item.asText().matches("[A-Z_]+")) {
            return JSON.textNode(item.asText() + " " + i);
        }
        if (item.isObject()) {
            ObjectNode copy = item.deepCopy();
            copy.fields().forEachRemaining(f -> {
                if (f.getValue().isTextual() && f.getKey().equals("name")) {
                    f.setValue(JSON.textNode(f.getValue().asText() + " " + i));
                }
            });
            return copy;
        }
        return item;
    }

    // ---------------------------------------------------------------- JSON paths

    static String fieldName(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(step);
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    static JsonNode node(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    /** A copy of {@code root} with the value at {@code path} replaced (its parents exist). */
    static JsonNode with(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = node(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    static JsonNode without(JsonNode root, List<Object> path) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = node(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return copy;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
