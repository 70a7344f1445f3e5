package vn.gov.moj.thads.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.cases.service.OfficerStandings;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standing changed without its event reaches the other services all the same: an officer deactivated before the case
 * service published officer events, or by a pod of the previous version while the service was rolled out (both write the
 * officer row and nothing else, as here). Without the job, the complaint service would go on giving them officer powers.
 */
@QuarkusTest
class OfficersDeactivatedBeforeTheirEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject AgroalDataSource dataSource;
    @Inject OfficerStandings standings;
    @Inject EventCodec codec;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;

    private void asAnOlderPod(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }

    private List<OfficerEvents.OfficerEvent> published(String id, int atLeast) {
        List<ConsumerRecord<String, String>> records = new TopicClient(bootstrapServers)
                .records("thads.officer-events", r -> id.equals(r.key()), atLeast, Duration.ofSeconds(30));
        return records.stream().map(r -> EventChecks.officerEvent(codec.read(r.value()), codec, orgUnits, clock)).toList();
    }

    @Test
    void aStandingChangedWithoutItsEventIsPublishedOnce() throws Exception {
        // what other tests' rows left unannounced (officers written by SQL) first, so that the counts below are this test's
        while (standings.publishUnpublished() > 0) {
            Thread.onSpinWait();
        }
        String subject = "cbv-" + UUID.randomUUID();
        String id = Api.head("19.05").request().body(Map.of("agencyCode", "19.05", "subject", subject, "fullName", "Đỗ Văn Hùng"))
                .post("/api/v1/officers").then().statusCode(201).extract().path("id");
        UUID officer = UUID.fromString(id);

        asAnOlderPod("update officer set active = false, deactivated_at = now(), version = version + 1 where id = '" + id + "'");
        assertThat(standings.publishUnpublished()).isEqualTo(1);
        assertThat(standings.publishUnpublished()).isZero(); // nothing left to publish
        assertThat(published(id, 2)).containsExactly(new OfficerEvents.OfficerRegistered(officer, subject, "19.05", 0),
                new OfficerEvents.OfficerDeactivated(officer, subject, "19.05", 1));

        asAnOlderPod("update officer set active = true, deactivated_at = null, version = version + 1 where id = '" + id + "'");
        assertThat(standings.publishUnpublished()).isEqualTo(1);
        assertThat(published(id, 3)).containsExactly(new OfficerEvents.OfficerRegistered(officer, subject, "19.05", 0),
                new OfficerEvents.OfficerDeactivated(officer, subject, "19.05", 1), new OfficerEvents.OfficerReactivated(officer, subject, "19.05", 2));

        // a record an older pod made, never announced: announced once, as registered
        asAnOlderPod("update officer set standing_published_version = null where id = '" + id + "'");
        assertThat(standings.publishUnpublished()).isEqualTo(1);
        assertThat(standings.publishUnpublished()).isZero();
        assertThat(published(id, 4)).endsWith(new OfficerEvents.OfficerRegistered(officer, subject, "19.05", 2));
    }
}
