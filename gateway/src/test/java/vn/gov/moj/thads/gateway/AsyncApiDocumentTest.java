package vn.gov.moj.thads.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.gateway.rest.AsyncApiResource;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.event.Topics;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document against the event classes (without Quarkus): every type of each topic's
 * {@code TYPES} is a message of that topic's channel (and of its dead-letter channel), with a
 * payload whose data has exactly the record's fields, and nested records (the facts) likewise.
 */
class AsyncApiDocumentTest {

    private static final JsonNode DOCUMENT = AsyncApiResource.document(new ObjectMapper());

    @Test
    void isAnAsyncApi3DocumentOfEveryTopicAndItsDeadLetterTopic() {
        assertThat(DOCUMENT.get("asyncapi").asText()).isEqualTo("3.0.0");
        Set<String> addresses = new TreeSet<>();
        DOCUMENT.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrder(Topics.CASE_EVENTS, Topics.COMPLAINT_EVENTS, Topics.OFFICER_EVENTS,
                Topics.CASE_EVENTS + ".dlq", Topics.COMPLAINT_EVENTS + ".dlq", Topics.OFFICER_EVENTS + ".dlq");
    }

    @Test
    void everyOfficerEventTypeIsInTheDocumentWithItsFields() {
        checkTopic(Topics.OFFICER_EVENTS, OfficerEvents.TYPES, OfficerEvents.SOURCE);
    }

    @Test
    void everyCaseEventTypeIsInTheDocumentWithItsFields() {
        checkTopic(Topics.CASE_EVENTS, CaseEvents.TYPES, CaseEvents.SOURCE);
    }

    @Test
    void everyComplaintEventTypeIsInTheDocumentWithItsFields() {
        checkTopic(Topics.COMPLAINT_EVENTS, ComplaintEvents.TYPES, ComplaintEvents.SOURCE);
    }

    @Test
    void theFieldsConsumersHoldToAVocabularyListItsValues() {
        // a producer reading the document learns what every consumer accepts (EventChecks dead-letters anything else)
        JsonNode facts = DOCUMENT.at("/components/schemas/CaseFacts/properties");
        assertThat(values(facts.at("/kind/enum"))).containsExactly("ADMINISTRATIVE_MONITORING", "EX_OFFICIO", "ON_REQUEST");
        assertThat(values(facts.at("/categories/items/enum"))).contains("ADMINISTRATIVE", "BANK_CREDIT");
        assertThat(values(DOCUMENT.at("/components/schemas/ComplaintFacts/properties/jurisdiction/enum")))
                .containsExactly("OUT_OF_JURISDICTION", "OVER_LEVEL", "WITHIN");
        assertThat(values(DOCUMENT.at("/components/schemas/ComplaintResolved/properties/decision/enum")))
                .containsExactly("PARTIALLY_UPHELD", "REJECTED", "UPHELD");
        // every vocabulary names a field that exists
        java.util.Map<String, java.util.Set<String>> all = new java.util.HashMap<>(CaseEvents.VOCABULARY);
        all.putAll(ComplaintEvents.VOCABULARY);
        all.keySet().forEach(field -> assertThat(DOCUMENT.at("/components/schemas/" + field.replace(".", "/properties/")).isMissingNode())
                .as(field).isFalse());
    }

    @Test
    void aRepeatIsAFlagAndTheEarlierPetitionsIdIsWithdrawn() {
        // the id of the same petitioner's earlier petition linked their petitions for every reader of the topic
        JsonNode facts = DOCUMENT.at("/components/schemas/ComplaintFacts/properties");
        assertThat(facts.at("/repeat/type").asText()).isEqualTo("boolean");
        assertThat(facts.at("/repeat/deprecated").asBoolean()).isFalse();
        assertThat(facts.at("/repeatOf/deprecated").asBoolean()).isTrue();
        assertThat(facts.at("/repeatOf/description").asText()).contains("never sent now");
    }

    private static void checkTopic(String topic, Map<String, ? extends Class<?>> types, String source) {
        JsonNode channel = channel(topic);
        assertThat(names(channel.get("messages"))).as(topic + " messages").isEqualTo(new TreeSet<>(types.keySet()));
        assertThat(names(channel(topic + ".dlq").get("messages"))).as(topic + ".dlq messages").isEqualTo(new TreeSet<>(types.keySet()));
        types.forEach((type, record) -> {
            JsonNode message = DOCUMENT.at("/components/messages/" + type);
            assertThat(message.isMissingNode()).as(type + " message").isFalse();
            JsonNode envelope = resolve(message.at("/payload"));
            assertThat(envelope.at("/properties/type/const").asText()).isEqualTo(type);
            assertThat(envelope.at("/properties/source/const").asText()).isEqualTo(source);
            checkRecord(resolve(envelope.at("/properties/data")), record);
        });
    }

    private static void checkRecord(JsonNode schema, Class<?> record) {
        assertThat(names(schema.get("properties"))).as(record.getSimpleName() + " fields")
                .isEqualTo(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                        .collect(Collectors.toCollection(TreeSet::new)));
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = schema.at("/properties/" + component.getName());
            if (component.getType().isRecord()) {
                checkRecord(resolve(property), component.getType());
            } else {
                assertThat(property.has("type")).as(record.getSimpleName() + "." + component.getName() + " has a type").isTrue();
            }
        }
    }

    private static JsonNode channel(String address) {
        for (JsonNode channel : DOCUMENT.get("channels")) {
            if (channel.get("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + address);
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? DOCUMENT.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static java.util.List<String> values(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
