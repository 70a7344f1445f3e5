package vn.gov.moj.thads.complaints;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.moj.thads.complaints.Desk.TODAY;

/**
 * Case events are not trusted (issue 12, item 8): an event with a time in the future, from another
 * source, of an unknown type or about an unknown agency goes to the dead-letter topic with its
 * reason, and the stream goes on. Before the check, a CaseOpened dated 2099 pinned the case's
 * agency: the real events that followed were older and ignored, so complaints about the case
 * went to the attacker's choice of agency.
 */
@QuarkusTest
class ForgedCaseEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void aForgedCaseEventCannotPinACasesAgency() {
        TopicClient topics = new TopicClient(bootstrapServers);
        UUID caseId = UUID.randomUUID();
        // the attacks: a far-future time, another source, an unknown type, an unknown agency, a missing decision date
        topics.send("thads.case-events", caseId.toString(), event(caseId, "01.01", CaseEvents.SOURCE, "CaseOpened",
                OffsetDateTime.now().plusYears(73), true));
        topics.send("thads.case-events", caseId.toString(), event(caseId, "01.01", "/attacker", "CaseOpened", OffsetDateTime.now(), true));
        topics.send("thads.case-events", caseId.toString(), event(caseId, "01.01", CaseEvents.SOURCE, "CaseMoved", OffsetDateTime.now(), true));
        topics.send("thads.case-events", caseId.toString(), event(caseId, "99.99", CaseEvents.SOURCE, "CaseOpened", OffsetDateTime.now(), true));
        topics.send("thads.case-events", caseId.toString(), event(caseId, "01.01", CaseEvents.SOURCE, "CaseOpened", OffsetDateTime.now(), false));
        // the case service's own event
        topics.send("thads.case-events", caseId.toString(), event(caseId, "19.05", CaseEvents.SOURCE, "CaseOpened", OffsetDateTime.now(), true));

        List<ConsumerRecord<String, String>> dead = topics.records("thads.case-events.dlq", r -> r.key().equals(caseId.toString()), 5,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(5);
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .anySatisfy(reason -> assertThat(reason).contains("in the future"))
                .anySatisfy(reason -> assertThat(reason).contains("come only from /thads/case-service"))
                .anySatisfy(reason -> assertThat(reason).contains("Unknown case event type CaseMoved"))
                .anySatisfy(reason -> assertThat(reason).contains("Unknown agencyCode 99.99"))
                .anySatisfy(reason -> assertThat(reason).contains("decisionDate is missing"));
        // a complaint about the case goes to the case's real agency
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Desk.as("AGENCY_HEAD", "19.05")
                .body(Map.of("type", "COMPLAINT", "channel", "ONLINE", "receivedOn", TODAY.toString(), "filedAtAgencyCode", "19.05",
                        "complainant", Map.of("name", "Người khiếu nại"), "caseId", caseId.toString(), "subject", Map.of("kind", "OFFICER", "phase", "BEFORE_MEASURES", "officerSubject", "can-bo-19-05"),
                        "content", "Khiếu nại"))
                .post("/api/v1/complaints").then().statusCode(201).body("competentAgencyCode", equalTo("19.05")));
    }

    private String event(UUID caseId, String agency, String source, String type, OffsetDateTime time, boolean withDecisionDate) {
        var facts = new CaseEvents.CaseFacts(caseId, agency, agency.substring(0, 2), "QĐ-" + caseId,
                withDecisionDate ? TODAY.minusDays(30) : null, "ON_REQUEST", "RECEIVED", null, 10_000_000, 0, 10_000_000, List.of(), null, 0);
        return codec.write(EventEnvelope.of(source, type, 1, caseId.toString(), agency, agency.substring(0, 2), time,
                codec.tree(new CaseEvents.CaseOpened(facts, null))));
    }
}
