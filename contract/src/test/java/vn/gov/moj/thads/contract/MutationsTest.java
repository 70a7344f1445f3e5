package vn.gov.moj.thads.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bad requests derived from one small document, without a server. */
class MutationsTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {"/api/v1/things/{id}/payments": {"post": {
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}},
                                {"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
                 "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Payment"}}}},
                 "security": [{"SecurityScheme": ["AGENCY_HEAD"]}]}}},
             "components": {"schemas": {
                 "UUID": {"type": "string", "format": "uuid"},
                 "LocalDate": {"type": "string", "format": "date"},
                 "Kind": {"type": "string", "enum": ["CASH", "TRANSFER"]},
                 "Payment": {"type": "object", "required": ["paidOn", "amount"], "properties": {
                     "paidOn": {"$ref": "#/components/schemas/LocalDate"},
                     "amount": {"type": "integer", "format": "int64", "minimum": 1},
                     "method": {"$ref": "#/components/schemas/Kind"},
                     "memo": {"type": "string", "maxLength": 10}}}}}}
            """;

    private final OpenApi api;
    private final OpenApi.Operation operation;
    private final List<Probe> probes;

    MutationsTest() throws Exception {
        api = new OpenApi(new ObjectMapper().readTree(DOCUMENT));
        operation = api.operations().get(0);
        Samples samples = new Samples(LocalDate.of(2026, 11, 29), "19.05", name -> null, api::resolve);
        Probe base = new Probe(operation.id(), "valid", "valid-ish request", operation.method(), operation.path());
        base.caller = "AGENCY_HEAD";
        base.pathValues.put("id", "5d0e7a4c-1a52-4b8f-9d55-0b1a0f6f3c11");
        JsonNode body = samples.body(operation.bodySchema());
        base.body(Mutations.write(body));
        probes = Mutations.of(operation, base, body, Set.of("POST"), api::resolve, samples);
    }

    @Test
    void theOperationIsReadWithItsReferencesResolved() {
        assertThat(operation.id()).isEqualTo("POST /api/v1/things/{id}/payments");
        assertThat(operation.roles()).containsExactly("AGENCY_HEAD");
        assertThat(operation.bodySchema().path("required")).hasSize(2);
    }

    @Test
    void theValidIshBodyHasEveryRequiredField() {
        JsonNode body = new Samples(LocalDate.of(2026, 11, 29), "19.05", name -> null, api::resolve).body(operation.bodySchema());
        assertThat(body.path("paidOn").asText()).isEqualTo("2026-11-29");
        assertThat(body.path("amount").asLong()).isEqualTo(1_000); // a hint by name: an amount a case can take
        assertThat(Schemas.accepts(operation.bodySchema(), body, api::resolve)).isTrue();
    }

    @Test
    void everyCategoryOfTheBriefIsThere() {
        assertThat(probes.stream().map(p -> p.category).collect(Collectors.toSet())).contains(
                "auth", "accept", "method", "missing", "wrong-type", "malformed", "oversized", "boundary", "date", "uuid",
                "enum", "unknown-field", "content-type", "if-match", "hostile");
        assertThat(descriptions()).contains("paidOn missing", "paidOn = 0001-01-01", "paidOn = 9999-12-31", "paidOn = 2026-02-30",
                "amount = 9223372036854775807", "amount = 9223372036854775808", "amount = 1e300", "amount = NaN",
                "amount = a string for a number", "method = unknown value NOT_A_VALUE", "memo = maxLength + 1 (11) characters",
                "id = not a UUID", "If-Match missing", "If-Match: * (names no version)", "truncated object",
                "Content-Type: text/plain", "no token", "an unknown field at the top");
    }

    @Test
    void whatTheDocumentForbidsIsExpectedToBeRefused() {
        Map<String, Boolean> expected = probes.stream().collect(Collectors.toMap(p -> p.description, p -> p.expectRejection, (a, b) -> a));
        assertThat(expected.get("paidOn = 2026-02-30")).isTrue();
        assertThat(expected.get("paidOn = 0001-01-01")).as("a date the schema allows").isFalse();
        assertThat(expected.get("amount = 9223372036854775808")).as("beyond int64").isTrue();
        assertThat(expected.get("amount = 9223372036854775807")).isFalse();
        assertThat(expected.get("amount = 0")).as("below the minimum").isTrue();
        assertThat(expected.get("memo = maxLength (10) characters")).isFalse();
        assertThat(expected.get("method missing")).isNull(); // optional and absent from the valid-ish body: nothing to remove
        assertThat(expected.get("method null")).isFalse();
        assertThat(expected.get("paidOn null")).isTrue();
    }

    @Test
    void aMutationChangesOnlyItsField() {
        Probe probe = probes.stream().filter(p -> p.description.equals("amount = -1")).findFirst().orElseThrow();
        String body = new String(probe.body, StandardCharsets.UTF_8);
        assertThat(body).contains("\"amount\":-1").contains("\"paidOn\":\"2026-11-29\"");
    }

    @Test
    void rawLiteralsAreWrittenAsIs() {
        Function<String, String> body = d -> new String(probes.stream().filter(p -> p.description.equals(d)).findFirst()
                .orElseThrow().body, StandardCharsets.UTF_8);
        assertThat(body.apply("amount = NaN")).contains("\"amount\":NaN");
        assertThat(body.apply("amount = 9223372036854775808")).contains("\"amount\":9223372036854775808");
    }

    private List<String> descriptions() {
        return probes.stream().map(p -> p.description).toList();
    }
}
