package vn.gov.moj.thads.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers deactivated before the case service published officer events get theirs from migration V18, through the
 * outbox: without it the complaint service would go on giving them officer powers. The migration's own statement is run
 * again here, limited to one officer deactivated as then (in the table, no event), and its event must pass the checks
 * every consumer applies and say what the case service's own would.
 */
@QuarkusTest
class OfficersDeactivatedBeforeTheirEventsTest {

    private static final String MIGRATION = "/db/migration/V18__officer_events_for_deactivated_officers.sql";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject AgroalDataSource dataSource;
    @Inject EventCodec codec;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;

    @Test
    void anOfficerDeactivatedBeforeTheOfficerEventsGetsTheirDeactivationPublished() throws Exception {
        String subject = "cbv-" + UUID.randomUUID();
        String id = Api.head("19.05").request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", "Đỗ Văn Hùng"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        String migration;
        try (InputStream in = getClass().getResourceAsStream(MIGRATION)) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String forThisOfficer = migration.replace("from officer where not active", "from officer where not active and id = '" + id + "'");
        assertThat(forThisOfficer).isNotEqualTo(migration);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update officer set active = false, deactivated_at = timestamptz '2026-03-09 08:15:30.25+07'"
                    + " where id = '" + id + "'");
            assertThat(statement.executeUpdate(forThisOfficer)).isEqualTo(1);
        }

        List<ConsumerRecord<String, String>> published = new TopicClient(bootstrapServers)
                .records("thads.officer-events", r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        EventEnvelope envelope = codec.read(published.get(0).value());
        assertThat(EventChecks.officerEvent(envelope, codec, orgUnits, clock))
                .isEqualTo(new OfficerEvents.OfficerDeactivated(UUID.fromString(id), subject, "19.05"));
        assertThat(envelope.type()).isEqualTo("OfficerDeactivated");
        assertThat(envelope.aggregateId()).isEqualTo(id);
        assertThat(envelope.provinceCode()).isEqualTo("19");
        assertThat(envelope.time().toInstant()).isEqualTo(OffsetDateTime.of(2026, 3, 9, 8, 15, 30, 250_000_000, ZoneOffset.ofHours(7)).toInstant());
        assertThat(published.get(0).value()).doesNotContain("Đỗ Văn Hùng");
    }
}
