package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Valid-ish values: what a well-behaved client would send, derived from the schema, with a few
 * hints by name where the document cannot say (agency codes, the work year, fixtures' ids). A
 * valid-ish request may still be refused for a business reason; it only has to get past parsing.
 */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private final LocalDate today;
    private final Function<String, String> fixtures;
    private final UnaryOperator<JsonNode> resolver;
    /** The agency of the caller who sends the requests (VN, a province or an office): reports and lists within its scope. */
    private final String callerAgency;

    /**
     * {@code fixtures}: the id (or other value) of a record made for the run, by parameter or field name; null if none.
     * {@code resolver}: follows the document's references.
     */
    Samples(LocalDate today, String callerAgency, Function<String, String> fixtures, UnaryOperator<JsonNode> resolver) {
        this.today = today;
        this.callerAgency = callerAgency;
        this.fixtures = fixtures;
        this.resolver = resolver;
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    /** 1 October to 30 September: the work year 2027 starts on 1 October 2026. */
    int workYear() {
        return today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
    }

    /** The value of a path, query or header parameter, or null to leave an optional one out. */
    String param(OpenApi.Param param) {
        String fixture = fixtures.apply(param.name());
        if (fixture != null) {
            return fixture;
        }
        String hint = paramHint(param.name());
        if (hint != null) {
            return hint;
        }
        if (!param.required()) {
            return null;
        }
        JsonNode value = value(param.name(), param.schema(), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String paramHint(String name) {
        return switch (name) {
            case "agency" -> callerAgency != null && callerAgency.contains(".") ? callerAgency : "19.05";
            case "orgUnitCode" -> "19.05";
            case "orgUnit" -> callerAgency == null ? "VN" : callerAgency;
            case "province" -> "19";
            case "workYear" -> Integer.toString(workYear());
            case "asOf", "to" -> today.toString();
            case "from" -> today.minusDays(30).toString();
            case "month" -> YearMonth.from(today).toString();
            case "figure" -> "accepted";
            case "measure" -> "cases";
            case "name" -> "Nguyen";
            default -> null;
        };
    }

    /** A valid-ish body for a schema: every required property, and the optional ones a hint knows. */
    JsonNode body(JsonNode schema) {
        return value("", schema, 0);
    }

    JsonNode value(String name, JsonNode schema, int depth) {
        schema = resolver.apply(schema);
        String fixture = fixtures.apply(name);
        if (fixture != null) {
            return JSON.textNode(fixture);
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (schema.has("default") && !OpenApi.type(schema).equals("object")) {
            return schema.get("default");
        }
        return switch (OpenApi.type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(name, schema, depth);
            case "integer" -> JSON.numberNode(integer(name, schema));
            case "number" -> JSON.numberNode(number(schema));
            case "boolean" -> JSON.booleanNode(false);
            default -> JSON.textNode(string(name, schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (depth > 6) {
            return object;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            String name = p.getKey();
            boolean include = required.contains(name) || fixtures.apply(name) != null || OPTIONAL_HINTS.contains(name);
            if (include) {
                object.set(name, value(name, p.getValue(), depth + 1));
            }
        });
        return object;
    }

    /** Optional fields worth filling in a valid-ish request (the rest stay out; mutations add each one). */
    private static final Set<String> OPTIONAL_HINTS = Set.of("judgment", "creditors", "complainant", "note", "reason", "subject", "kind", "phase");

    private JsonNode array(String name, JsonNode schema, int depth) {
        ArrayNode array = JSON.arrayNode();
        if (name.equals("roles")) {
            return array.add("OFFICER");
        }
        int items = Math.max(1, schema.path("minItems").asInt(1));
        JsonNode itemSchema = schema.path("items");
        for (int i = 0; i < items; i++) {
            array.add(value(singular(name), itemSchema, depth + 1));
        }
        return array;
    }

    private long integer(String name, JsonNode schema) {
        if (name.equals("moneyAmount")) {
            return 10_000_000L;
        }
        if (name.equals("amount")) {
            return 1_000L;
        }
        long value = 1;
        if (schema.has("minimum")) {
            value = schema.get("minimum").asLong() + (schema.path("exclusiveMinimum").asBoolean(false) ? 1 : 0);
        } else if (schema.path("exclusiveMinimum").isNumber()) {
            value = schema.get("exclusiveMinimum").asLong() + 1;
        }
        if (schema.has("maximum")) {
            value = Math.min(value, schema.get("maximum").asLong());
        }
        return value;
    }

    private double number(JsonNode schema) {
        double min = schema.path("minimum").asDouble(0);
        double max = schema.path("maximum").asDouble(min + 100);
        return Math.round((min + max) / 2);
    }

    private String string(String name, JsonNode schema) {
        String hint = STRING_HINTS.get(name);
        if (hint != null) {
            return hint;
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "date":
                return date(name).toString();
            case "date-time":
                return today.atStartOfDay().toString() + "Z";
            case "uuid":
                return java.util.UUID.randomUUID().toString();
            default:
                break;
        }
        if (name.equals("subject")) { // an account: unique, so that officers are new
            return "negative-run-" + SEQUENCE.incrementAndGet();
        }
        String text = "negative run " + SEQUENCE.incrementAndGet();
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static final Map<String, String> STRING_HINTS = Map.of(
            "agencyCode", "19.05",
            "filedAtAgencyCode", "19.05",
            "toAgencyCode", "19.01",
            "fullName", "Nguyễn Văn Thử",
            "name", "Nguyễn Văn Thử");

    private LocalDate date(String name) {
        return switch (name) {
            case "effectiveDate" -> today.minusDays(40);
            case "decisionDate" -> today.minusDays(30);
            case "receivedOn" -> today.minusDays(5);
            case "firstDecisionReceivedOn" -> today.minusDays(10);
            default -> today;
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
