package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a value satisfies a schema (the subset of JSON Schema the services' documents use): the
 * run's expectation, so that a bad value a service accepts can be listed.
 */
final class Schemas {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Schemas() {
    }

    /** {@code resolver} follows references inside the schema (items, properties). */
    static boolean accepts(JsonNode schema, JsonNode value, java.util.function.UnaryOperator<JsonNode> resolver) {
        schema = resolver.apply(schema);
        if (value == null || value.isMissingNode()) {
            return true;
        }
        if (value.isNull()) {
            return schema.path("type").isArray() && contains(schema.get("type"), "null") || schema.path("nullable").asBoolean(false);
        }
        if (schema.has("enum")) {
            return contains(schema.get("enum"), value);
        }
        return switch (OpenApi.type(schema)) {
            case "string" -> value.isTextual() && string(schema, value.asText());
            case "integer" -> value.isIntegralNumber() && integer(schema, value.bigIntegerValue());
            case "number" -> value.isNumber() && number(schema, value.decimalValue());
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray() && array(schema, value, resolver);
            case "object" -> value.isObject() && object(schema, value, resolver);
            default -> true;
        };
    }

    /** A parameter's value, as it arrives in a query string, path or header. */
    static boolean acceptsParam(JsonNode schema, String value, java.util.function.UnaryOperator<JsonNode> resolver) {
        JsonNode resolved = resolver.apply(schema);
        String type = OpenApi.type(resolved);
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        JsonNode node;
        if (type.equals("integer")) {
            try {
                node = json.numberNode(new BigInteger(value));
            } catch (NumberFormatException e) {
                return false;
            }
        } else if (type.equals("number")) {
            try {
                node = json.numberNode(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return false;
            }
        } else if (type.equals("boolean")) {
            if (!value.equals("true") && !value.equals("false")) {
                return false;
            }
            node = json.booleanNode(Boolean.parseBoolean(value));
        } else {
            node = json.textNode(value);
        }
        return accepts(resolved, node, resolver);
    }

    private static boolean string(JsonNode schema, String text) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            return false;
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            return false;
        }
        if (schema.has("pattern")) {
            try {
                if (!Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    return false;
                }
            } catch (PatternSyntaxException e) {
                // a pattern Java does not read says nothing here
            }
        }
        switch (schema.path("format").asText("")) {
            case "date":
                try {
                    LocalDate.parse(text);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            case "uuid":
                return UUID.matcher(text).matches();
            default:
                return true;
        }
    }

    private static boolean integer(JsonNode schema, BigInteger value) {
        String format = schema.path("format").asText("");
        if (format.equals("int32") && (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0)) {
            return false;
        }
        if (format.equals("int64") && (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0)) {
            return false;
        }
        return number(schema, new BigDecimal(value));
    }

    private static boolean number(JsonNode schema, BigDecimal value) {
        if (schema.has("minimum")) {
            int c = value.compareTo(schema.get("minimum").decimalValue());
            if (c < 0 || c == 0 && schema.path("exclusiveMinimum").asBoolean(false)) {
                return false;
            }
        }
        if (schema.path("exclusiveMinimum").isNumber() && value.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            return false;
        }
        if (schema.has("maximum")) {
            int c = value.compareTo(schema.get("maximum").decimalValue());
            if (c > 0 || c == 0 && schema.path("exclusiveMaximum").asBoolean(false)) {
                return false;
            }
        }
        if (schema.path("exclusiveMaximum").isNumber() && value.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0) {
            return false;
        }
        if (schema.has("multipleOf")) {
            BigDecimal step = schema.get("multipleOf").decimalValue();
            return step.signum() == 0 || value.remainder(step).signum() == 0;
        }
        return true;
    }

    private static boolean array(JsonNode schema, JsonNode value, java.util.function.UnaryOperator<JsonNode> resolver) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            return false;
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            return false;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : value) {
            if (!accepts(schema.path("items"), item, resolver)) {
                return false;
            }
            if (schema.path("uniqueItems").asBoolean(false) && !seen.add(item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean object(JsonNode schema, JsonNode value, java.util.function.UnaryOperator<JsonNode> resolver) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
                return false;
            }
        }
        var fields = value.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode property = schema.path("properties").get(field.getKey());
            if (property == null) {
                if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    return false;
                }
            } else if (!accepts(property, field.getValue(), resolver)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode item : array) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
