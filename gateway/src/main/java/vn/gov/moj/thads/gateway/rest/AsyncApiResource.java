package vn.gov.moj.thads.gateway.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.event.Topics;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The AsyncAPI 3 document of the two event streams, beside the merged OpenAPI document: every
 * event type of each topic (the {@code TYPES} of {@link CaseEvents} and {@link ComplaintEvents},
 * the one source of the schemas) with its payload's schema, as a CloudEvents 1.0 JSON message keyed
 * by the aggregate id, who sends and who receives it, and the dead-letter topics. Built from the
 * event records themselves, so it cannot drift from what the services send.
 */
@Path("/api/v1/asyncapi")
@Tag(name = "API documentation")
public class AsyncApiResource {

    private final JsonNode document;

    public AsyncApiResource(ObjectMapper mapper) {
        this.document = document(mapper);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The AsyncAPI 3 document of the event topics (thads.case-events, thads.complaint-events, thads.officer-events)")
    public JsonNode asyncApi() {
        return document;
    }

    private record Stream(String id, String topic, String owner, List<String> consumers, Map<String, ? extends Class<?>> types,
                          String source) {
    }

    public static JsonNode document(ObjectMapper mapper) {
        List<Stream> streams = List.of(
                new Stream("caseEvents", Topics.CASE_EVENTS, "case-service", List.of("complaint-service", "reporting-service"),
                        CaseEvents.TYPES, CaseEvents.SOURCE),
                new Stream("complaintEvents", Topics.COMPLAINT_EVENTS, "complaint-service", List.of("case-service", "reporting-service"),
                        ComplaintEvents.TYPES, ComplaintEvents.SOURCE),
                new Stream("officerEvents", Topics.OFFICER_EVENTS, "case-service", List.of("complaint-service"),
                        OfficerEvents.TYPES, OfficerEvents.SOURCE));
        ObjectNode root = mapper.createObjectNode();
        root.put("asyncapi", "3.0.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "THADS events");
        info.put("version", "1.0.0");
        info.put("description", "The events between the THADS services (docs/domain.md §5). Each is a CloudEvents 1.0 structured"
                + " JSON message (content type " + EventEnvelope.CONTENT_TYPE + ", header ce_type = its type), keyed by the id of"
                + " the aggregate it is about, published through a transactional outbox in the order it was written (per key)."
                + " Consumers are idempotent (by event id) and send what they cannot apply to <topic>.dlq with the reason in the"
                + " dead-letter-reason header. Events never carry personal data.");
        root.put("defaultContentType", EventEnvelope.CONTENT_TYPE);
        ObjectNode server = root.putObject("servers").putObject("production");
        server.put("host", "thads-kafka-kafka-bootstrap:9093");
        server.put("protocol", "kafka-secure");
        server.put("description", "The Strimzi cluster of deploy/kubernetes: TLS, SASL SCRAM-SHA-512, one user per service");

        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        for (Stream stream : streams) {
            ObjectNode channel = channels.putObject(stream.id());
            channel.put("address", stream.topic());
            channel.put("description", "Published by " + stream.owner() + " (source " + stream.source() + "); read by "
                    + String.join(", ", stream.consumers()) + ". Kept forever: the reporting view is rebuilt from it.");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode deadLetters = channels.putObject(stream.id() + "DeadLetters");
            deadLetters.put("address", stream.topic() + ".dlq");
            deadLetters.put("description", "The records of " + stream.topic() + " a consumer could not apply, unchanged, with the"
                    + " header dead-letter-reason.");
            ObjectNode deadLetterMessages = deadLetters.putObject("messages");
            for (var type : new TreeMap<>(stream.types()).entrySet()) {
                String name = type.getKey();
                schema(type.getValue(), schemas);
                ObjectNode message = messages.putObject(name);
                message.put("name", name);
                message.put("title", name + " on " + stream.topic());
                message.put("contentType", EventEnvelope.CONTENT_TYPE);
                ObjectNode headers = message.putObject("headers");
                headers.put("type", "object");
                ObjectNode headerProperties = headers.putObject("properties");
                headerProperties.putObject("ce_type").put("type", "string").put("const", name);
                headerProperties.putObject("content-type").put("type", "string").put("const", EventEnvelope.CONTENT_TYPE);
                message.putObject("payload").put("$ref", "#/components/schemas/" + name + "Event");
                ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
                key.put("type", "string").put("format", "uuid").put("description", "the aggregate id (the envelope's subject)");
                schemas.set(name + "Event", envelope(mapper, stream, name));
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                deadLetterMessages.putObject(name).put("$ref", "#/components/messages/" + name);
            }
            operation(operations, "send" + capitalised(stream.id()), "send", stream, stream.owner(), stream.id());
            for (String consumer : stream.consumers()) {
                operation(operations, "receive" + capitalised(stream.id()) + "In" + capitalised(camel(consumer)), "receive", stream,
                        consumer + " (consumer group " + consumer + ")", stream.id());
            }
        }
        return root;
    }

    private static void operation(ObjectNode operations, String id, String action, Stream stream, String who, String channel) {
        ObjectNode operation = operations.putObject(id);
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        operation.put("summary", who + (action.equals("send") ? " publishes " : " reads ") + stream.topic());
        ArrayNode refs = operation.putArray("messages");
        new TreeMap<>(stream.types()).keySet().forEach(name -> refs.addObject().put("$ref", "#/channels/" + channel + "/messages/" + name));
    }

    /** The CloudEvents envelope of one type, its data the event's record. */
    private static ObjectNode envelope(ObjectMapper mapper, Stream stream, String type) {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", EventEnvelope.SPEC_VERSION);
        properties.putObject("id").put("type", "string").put("format", "uuid").put("description", "unique per event: consumers' idempotence key");
        properties.putObject("source").put("type", "string").put("const", stream.source());
        properties.putObject("type").put("type", "string").put("const", type);
        properties.putObject("subject").put("type", "string").put("format", "uuid").put("description", "the aggregate id (also the record key)");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("datacontenttype").put("type", "string").put("const", "application/json");
        properties.putObject("schemaversion").put("type", "integer").put("description", "the schema version of data");
        properties.putObject("agencycode").put("type", "string");
        properties.putObject("provincecode").put("type", "string");
        properties.putObject("data").put("$ref", "#/components/schemas/" + type);
        ArrayNode required = schema.putArray("required");
        List.of("specversion", "id", "source", "type", "subject", "time", "data").forEach(required::add);
        return schema;
    }

    /** A record's JSON schema (its components, by name, as Jackson writes them), added to schemas with those it refers to. */
    private static void schema(Class<?> record, ObjectNode schemas) {
        if (schemas.has(record.getSimpleName())) {
            return;
        }
        ObjectNode schema = schemas.putObject(record.getSimpleName());
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            ObjectNode property = type(component.getGenericType(), schemas);
            // the values every consumer accepts (EventChecks refuses others, to the dead-letter topic)
            String field = record.getSimpleName() + "." + component.getName();
            java.util.Set<String> values = CaseEvents.VOCABULARY.getOrDefault(field, ComplaintEvents.VOCABULARY.get(field));
            if (values != null) {
                ObjectNode text = property.has("items") ? (ObjectNode) property.get("items") : property;
                values.stream().sorted().forEach(text.putArray("enum")::add);
            }
            // a field read from old events but never written any more (ComplaintFacts.repeatOf): producers must not send it
            JsonProperty json = component.getAccessor().getAnnotation(JsonProperty.class);
            if (json != null && json.access() == JsonProperty.Access.WRITE_ONLY) {
                property.put("deprecated", true);
                property.put("description", "Only in events published before it was withdrawn, where consumers still read it;"
                        + " never sent now");
            }
            properties.set(component.getName(), property);
        }
    }

    private static ObjectNode type(Type type, ObjectNode schemas) {
        ObjectNode node = schemas.objectNode();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            node.put("type", "array");
            node.set("items", type(parameterized.getActualTypeArguments()[0], schemas));
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            node.put("type", "string");
        } else if (c == UUID.class) {
            node.put("type", "string").put("format", "uuid");
        } else if (c == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (c == OffsetDateTime.class) {
            node.put("type", "string").put("format", "date-time");
        } else if (c == long.class || c == Long.class) {
            node.put("type", "integer").put("format", "int64");
        } else if (c == int.class || c == Integer.class) {
            node.put("type", "integer").put("format", "int32");
        } else if (c == boolean.class || c == Boolean.class) {
            node.put("type", "boolean");
        } else if (c.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (c.isRecord()) {
            schema(c, schemas);
            node.put("$ref", "#/components/schemas/" + c.getSimpleName());
        } else {
            throw new IllegalStateException("No JSON schema for " + c + " in an event");
        }
        return node;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String camel(String service) {
        StringBuilder out = new StringBuilder();
        for (String part : service.split("-")) {
            out.append(out.isEmpty() ? part : capitalised(part));
        }
        return out.toString();
    }
}
