package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real kustomize, as kubectl carries it: {@code kubectl kustomize <overlay>}. */
final class Kustomize {

    static final Path MANIFESTS = Path.of(System.getProperty("thads.root", "../..")).toAbsolutePath().normalize()
            .resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every resource the overlay renders, in kustomize's order. */
    static List<JsonNode> render(Path overlay) {
        try {
            Path output = Files.createTempFile("kustomize-", ".yaml");
            try {
                Process process = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                        .redirectOutput(output.toFile()).redirectErrorStream(false).start();
                String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + errors);
                }
                List<JsonNode> resources = new ArrayList<>();
                try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(output.toFile())) {
                    documents.forEachRemaining(document -> {
                        if (document != null && !document.isNull() && !document.isEmpty()) {
                            resources.add(document);
                        }
                    });
                }
                return resources;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot render " + overlay, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
