package vn.gov.moj.thads.deploy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alerts of {@code deploy/kubernetes/monitoring/thads-alerts.yaml} and the metrics their
 * expressions read, so that the services' tests can check each one is exported under that name (an
 * alert on a misspelt metric never fires, and nothing says so).
 */
public record AlertRules(List<Alert> alerts) {

    public record Alert(String name, String expr, String forDuration, String severity, String summary, String description) {
    }

    /**
     * Metrics that Strimzi's Kafka Exporter exports, not the services (the Kafka CR's kafkaExporter, scraped by the
     * PodMonitor thads-kafka-exporter): a service's /q/metrics never has them.
     */
    public static final Set<String> FROM_KAFKA_EXPORTER = Set.of("kafka_consumergroup_lag");
    /** The metrics CloudNativePG's instances export (the databases' pods), which no service does. */
    public static final Set<String> FROM_CLOUDNATIVEPG = Set.of("cnpg_pg_stat_archiver_failed_count", "cnpg_collector_pg_wal_archive_status");

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "and", "or",
            "unless", "bool", "offset");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    /** Reads the rules from the repository whose root is {@code root}. */
    public static AlertRules from(Path root) {
        Path file = root.resolve("deploy/kubernetes/monitoring/thads-alerts.yaml");
        List<Alert> alerts = new ArrayList<>();
        try {
            JsonNode rule = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            for (JsonNode group : rule.at("/spec/groups")) {
                for (JsonNode alert : group.path("rules")) {
                    alerts.add(new Alert(alert.path("alert").asText(null), alert.path("expr").asText(null), alert.path("for").asText(null),
                            alert.at("/labels/severity").asText(null), alert.at("/annotations/summary").asText(null),
                            alert.at("/annotations/description").asText(null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new AlertRules(List.copyOf(alerts));
    }

    /** The metric names the expressions read (not their functions, keywords, labels, durations or numbers). */
    public Set<String> metrics() {
        Set<String> names = new TreeSet<>();
        for (Alert alert : alerts) {
            String expr = alert.expr()
                    .replaceAll("\"[^\"]*\"", "")                           // strings
                    .replaceAll("\\{[^}]*}", " ")                           // label matchers
                    .replaceAll("\\[[^]]*]", " ")                           // ranges
                    .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " "); // grouping labels
            Matcher m = NAME.matcher(expr);
            while (m.find()) {
                String name = m.group();
                boolean call = expr.substring(m.end()).stripLeading().startsWith("(");
                if (!call && !KEYWORDS.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * The metrics the alerts read that a Prometheus exposition ({@code /q/metrics}) lacks, leaving out
     * {@code elsewhere}, those another service exports, and those of {@link #FROM_KAFKA_EXPORTER} and {@link #FROM_CLOUDNATIVEPG}.
     */
    public Set<String> missingFrom(String exposition, Set<String> elsewhere) {
        Set<String> missing = new TreeSet<>();
        for (String name : metrics()) {
            boolean exported = exposition.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " "));
            if (!exported && !elsewhere.contains(name) && !FROM_KAFKA_EXPORTER.contains(name) && !FROM_CLOUDNATIVEPG.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }
}
