package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production Kafka cluster's settings and topics, read from the Strimzi resources of
 * {@code deploy/kubernetes/base/kafka.yaml} (the {@code Kafka}'s {@code spec.kafka.config} and the
 * {@code KafkaTopic}s), so that a cluster on this machine runs as production does.
 */
public record ProductionKafka(Map<String, String> brokerSettings, List<Topic> topics) {

    public record Topic(String name, int partitions, int replicas, Map<String, String> config) {
    }

    public static ProductionKafka from(Path root) {
        Path file = root.resolve("deploy/kubernetes/base/kafka.yaml");
        Map<String, String> settings = new LinkedHashMap<>();
        List<Topic> topics = new ArrayList<>();
        try (var documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode resource = documents.next();
                switch (resource.path("kind").asText()) {
                    case "Kafka" -> resource.at("/spec/kafka/config").fields()
                            .forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
                    case "KafkaTopic" -> {
                        Map<String, String> config = new LinkedHashMap<>();
                        resource.at("/spec/config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
                        topics.add(new Topic(resource.at("/spec/topicName").asText(), resource.at("/spec/partitions").asInt(),
                                resource.at("/spec/replicas").asInt(), config));
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (settings.isEmpty() || topics.isEmpty()) {
            throw new IllegalStateException(file + " has no Kafka settings or no topics");
        }
        return new ProductionKafka(Map.copyOf(settings), List.copyOf(topics));
    }
}
