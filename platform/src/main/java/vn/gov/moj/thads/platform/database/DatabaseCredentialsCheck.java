package vn.gov.moj.thads.platform.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Production has no default database credentials (the services' thads/thads is for the local run
 * and the tests): a production start without them stops with a message saying what to set, before
 * Flyway or anything else connects to a database. It runs as Flyway is set up, the first use of
 * the database at start.
 */
@Singleton
public class DatabaseCredentialsCheck implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        var config = ConfigProvider.getConfig();
        List<String> missing = missing(ConfigUtils.getProfiles().contains("prod"),
                config.getOptionalValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start: no database credentials in production: set "
                    + String.join(" and ", missing));
        }
        // pods starting while another migrates wait for its lock however long the migration (minutes on a large table):
        // Flyway's default, 50 tries a second apart, failed their init container, which then waited out a crash-loop back-off
        configuration.lockRetryCount(-1);
    }

    /** The environment variables to set; empty when the credentials are there (or outside production). */
    public static List<String> missing(boolean production, Optional<String> username, Optional<String> password) {
        List<String> missing = new ArrayList<>();
        if (production && username.filter(u -> !u.isBlank()).isEmpty()) {
            missing.add("QUARKUS_DATASOURCE_USERNAME");
        }
        if (production && password.filter(p -> !p.isBlank()).isEmpty()) {
            missing.add("QUARKUS_DATASOURCE_PASSWORD");
        }
        return missing;
    }
}
