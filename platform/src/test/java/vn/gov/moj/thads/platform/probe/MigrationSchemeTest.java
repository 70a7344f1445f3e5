package vn.gov.moj.thads.platform.probe;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's migrations are numbered V0_n, below every service's own: a platform migration
 * written after a service's V2 has been applied still lands, because the services migrate out of
 * order (their application.properties); without that, validation would refuse to start.
 */
@QuarkusTest
class MigrationSchemeTest {

    @Inject AgroalDataSource dataSource;

    private Flyway flyway(String schema, boolean outOfOrder, String... locations) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).outOfOrder(outOfOrder)
                .locations(locations).load();
    }

    @Test
    void aLaterPlatformMigrationLandsOnADatabaseAlreadyPastItInNumbers() {
        flyway("scheme_a", true, "classpath:flyway-scheme/service", "classpath:db/platform").migrate();
        var later = flyway("scheme_a", true, "classpath:flyway-scheme/service", "classpath:db/platform",
                "classpath:flyway-scheme/platform-later").migrate();
        assertThat(later.migrationsExecuted).isEqualTo(1);
        assertThat(later.success).isTrue();
    }

    @Test
    void withoutOutOfOrderTheSameDatabaseWouldNotStart() {
        flyway("scheme_b", false, "classpath:flyway-scheme/service", "classpath:db/platform").migrate();
        assertThatThrownBy(() -> flyway("scheme_b", false, "classpath:flyway-scheme/service", "classpath:db/platform",
                "classpath:flyway-scheme/platform-later").migrate()).isInstanceOf(FlywayException.class);
    }
}
