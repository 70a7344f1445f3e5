package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thads.deploy.Manifests.envIfSet;
import static vn.gov.moj.thads.deploy.Manifests.named;
import static vn.gov.moj.thads.deploy.Manifests.of;

/**
 * Each time limit is shorter than the one waiting on it, as each overlay deploys them: a service's
 * statement timeout, then the reporting service's call to the case service, then the gateway's timeout,
 * then the HTTPRoute's request timeout at the Gateway. Otherwise the outer one gives up first, on a request the inner one is still
 * working on: the client gets "does not answer" instead of the service's own 503 {@code query-too-long},
 * and the statement goes on for nobody (README "Time limits").
 */
class TimeoutChainTest {

    private static final Path ROOT = Kustomize.MANIFESTS.getParent().getParent();
    private static final Pattern STATEMENT_TIMEOUT = Pattern.compile("statement_timeout=(\\d+)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void eachTimeLimitIsShorterThanTheOneWaitingOnIt(String overlay) throws IOException {
        List<JsonNode> all = KubernetesManifestsTest.render(overlay);
        Duration gateway = Duration.parse("PT" + setting(all, "gateway", "thads.gateway.timeout").toUpperCase());
        for (JsonNode rule : named(all, "HTTPRoute", "gateway").at("/spec/rules")) {
            // unset, the implementation's own default applies (Envoy Gateway's is 15 s): set, it can be checked
            JsonNode timeouts = rule.path("timeouts");
            assertThat(timeouts.has("request")).as("the route's request timeout is set").isTrue();
            Duration request = gatewayApiDuration(timeouts.path("request").asText());
            assertThat(request).as("the Gateway waits longer than the gateway service").isGreaterThan(gateway);
            if (timeouts.has("backendRequest")) {
                Duration backendRequest = gatewayApiDuration(timeouts.path("backendRequest").asText());
                assertThat(backendRequest).as("the Gateway's wait for one backend request").isGreaterThan(gateway)
                        .isLessThanOrEqualTo(request);
            }
        }
        Duration caseStatement = Duration.ZERO;
        for (String service : KubernetesManifestsTest.SERVICES) {
            Matcher timeout = STATEMENT_TIMEOUT.matcher(setting(all, service, "quarkus.datasource.jdbc.additional-jdbc-properties.options"));
            assertThat(timeout.find()).as(service + " has a statement timeout").isTrue();
            Duration statement = Duration.ofMillis(Long.parseLong(timeout.group(1)));
            assertThat(statement).as(service + "'s statements end before the gateway gives up").isLessThan(gateway).isPositive();
            if (service.equals("case-service")) {
                caseStatement = statement; // the one service the reporting service calls
            }
        }
        Duration caseCall = Duration.ofMillis(Long.parseLong(setting(all, "reporting-service", "quarkus.rest-client.case-service.read-timeout")));
        assertThat(caseCall).as("the reporting service waits for the case service's own answer, not the gateway for it")
                .isGreaterThan(caseStatement).isLessThan(gateway);
    }

    /** A Gateway API duration (GEP-2257): 1 to 4 of a number and h, m, s or ms, such as 60s, 1m30s, 500ms; 0s is none. */
    static Duration gatewayApiDuration(String text) {
        assertThat(text).as("a Gateway API duration").matches("([0-9]{1,5}(h|m|s|ms)){1,4}");
        Matcher part = Pattern.compile("([0-9]{1,5})(h|ms|m|s)").matcher(text);
        Duration total = Duration.ZERO;
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
        }
        assertThat(total).as("0s turns the timeout off").isPositive();
        return total;
    }

    /** A setting as the deployment has it: its container's environment, the shared ConfigMap, else the service's application.properties. */
    private static String setting(List<JsonNode> all, String service, String property) throws IOException {
        String variable = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        java.util.Optional<JsonNode> env = envIfSet(named(all, "Deployment", service).at("/spec/template/spec/containers/0"), variable);
        if (env.isPresent()) {
            return env.get().path("value").asText();
        }
        for (JsonNode configMap : of(all, "ConfigMap")) {
            if (configMap.path("data").has(variable)) {
                return configMap.path("data").path(variable).asText();
            }
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        assertThat(properties.getProperty(property)).as(service + " sets " + property).isNotNull();
        return properties.getProperty(property);
    }
}
