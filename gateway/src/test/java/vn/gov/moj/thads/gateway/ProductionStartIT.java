package vn.gov.moj.thads.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services in the production profile have no default database credentials: without
 * QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD a start stops at once, naming them,
 * instead of trying thads/thads against whatever database it reaches.
 */
class ProductionStartIT {

    @ParameterizedTest(name = "{0} does not start in production without database credentials")
    @ValueSource(strings = {"case-service", "complaint-service", "reporting-service"})
    void aProductionStartWithoutDatabaseCredentialsStops(String service) throws Exception {
        Path root = Path.of(System.getProperty("thads.root", "..")).toAbsolutePath().normalize();
        Path output = Files.createTempFile("thads-prod-start-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("THADS_") || name.startsWith("MP_JWT"));
        // everything else a production start needs is there, and nothing listens where it would connect
        env.putAll(Map.of("MP_JWT_VERIFY_ISSUER", "https://id.example/realms/thads", "QUARKUS_HTTP_PORT", "0",
                "QUARKUS_MANAGEMENT_PORT", "0", "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/thads",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9"));
        Process process = builder.start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(service + " stopped").isTrue();
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(service + " exit code").isNotZero();
            assertThat(log).as(service + " says what is missing")
                    .contains("no database credentials in production: set QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD")
                    .doesNotContain("Unable to obtain connection");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
