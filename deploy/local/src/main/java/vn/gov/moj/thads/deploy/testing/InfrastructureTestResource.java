package vn.gov.moj.thads.deploy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.moj.thads.deploy.Infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL and a real Kafka broker on free ports, in a temporary folder, once
 * for a test module, so tests can run while a local stack is up.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "thads_test";

    private Infrastructure infrastructure;
    private Path dataDirectory;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("thads-test-");
            infrastructure = Infrastructure.start(dataDirectory, Infrastructure.Ports.free(), List.of(DATABASE));
            Map<String, String> config = new java.util.HashMap<>(infrastructure.serviceConfig(DATABASE));
            config.put("thads.org-units.local-offices", "classpath:reference/local-offices.csv");
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test infrastructure", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (infrastructure != null) {
                infrastructure.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the test infrastructure", e);
        } finally {
            deleteQuietly(dataDirectory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
