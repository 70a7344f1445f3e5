package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thads.deploy.Manifests.Pod;
import static vn.gov.moj.thads.deploy.Manifests.named;
import static vn.gov.moj.thads.deploy.Manifests.of;

/**
 * Renders each overlay of {@code deploy/kubernetes} with the real kustomize ({@code kubectl
 * kustomize}; without kubectl, with {@link SmallKustomize}, checked against it where both exist)
 * and checks on the output what operators rely on: every service runs at least twice,
 * is probed on its management port, has requests and limits, runs as non-root on a read-only root
 * file system, has a disruption budget and an autoscaler, takes its settings from ConfigMaps and
 * its credentials from Secrets; only the gateway reaches the services (and the reporting service
 * the case service), each service reaches only its own database and Kafka; the one HTTPRoute leads
 * to the gateway's API port only, on THADS's Gateway's listener for its host name (TLS in
 * production); Kafka and PostgreSQL run as replicated clusters with the topics, users and backups
 * the services need, and Prometheus scrapes the services, the databases, Kafka and Kafka Exporter.
 */
class KubernetesManifestsTest {

    static final List<String> SERVICES = List.of("case-service", "complaint-service", "reporting-service");
    static final List<String> DEPLOYMENTS = List.of("case-service", "complaint-service", "reporting-service", "gateway");
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
            new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    /** The labels Strimzi gives the pods of Kafka thads-kafka's node pool dual-role (Labels.generateDefaultLabels, KafkaCluster). */
    static final Map<String, String> BROKER_LABELS = Map.of("strimzi.io/cluster", "thads-kafka", "strimzi.io/kind", "Kafka",
            "strimzi.io/name", "thads-kafka-kafka", "strimzi.io/component-type", "kafka", "strimzi.io/pool-name", "dual-role",
            "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true");
    /** Strimzi's Kafka Exporter pod, and its entity operator's (KafkaExporter, EntityOperator). */
    static final Pod KAFKA_EXPORTER = new Pod("thads", Map.of("strimzi.io/cluster", "thads-kafka", "strimzi.io/kind", "Kafka",
            "strimzi.io/name", "thads-kafka-kafka-exporter", "strimzi.io/component-type", "kafka-exporter"));
    static final Map<String, String> ENTITY_OPERATOR_LABELS = Map.of("strimzi.io/cluster", "thads-kafka", "strimzi.io/kind", "Kafka",
            "strimzi.io/name", "thads-kafka-entity-operator", "strimzi.io/component-type", "entity-operator");

    /** With kubectl's kustomize where it is installed (this project's machines), else with {@link SmallKustomize}. */
    static List<JsonNode> render(String overlay) {
        Path directory = Kustomize.MANIFESTS.resolve("overlays").resolve(overlay);
        return RENDERED.computeIfAbsent(overlay, o -> Kustomize.available() ? Kustomize.render(directory) : SmallKustomize.render(directory));
    }

    @ParameterizedTest(name = "{0}: the small renderer renders what kubectl kustomize renders")
    @ValueSource(strings = {"local", "production"})
    void theFallbackRendererAgreesWithKustomize(String overlay) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kustomize.available(), "kubectl is not on the PATH: nothing to compare with");
        Path directory = Kustomize.MANIFESTS.resolve("overlays").resolve(overlay);
        Map<String, JsonNode> kustomize = byIdentity(Kustomize.render(directory));
        Map<String, JsonNode> small = byIdentity(SmallKustomize.render(directory));
        assertThat(small.keySet()).isEqualTo(kustomize.keySet());
        kustomize.forEach((id, resource) -> assertThat(small.get(id)).as(id).isEqualTo(resource));
    }

    private static Map<String, JsonNode> byIdentity(List<JsonNode> resources) {
        return resources.stream().collect(Collectors.toMap(r -> Manifests.kind(r) + " " + r.at("/metadata/namespace").asText()
                + "/" + Manifests.name(r), r -> r, (a, b) -> {
                    throw new AssertionError("two resources " + Manifests.kind(a) + " " + Manifests.name(a));
                }, java.util.TreeMap::new));
    }

    @ParameterizedTest(name = "{0}: each service is a Deployment autoscaled from 2 replicas, which the autoscaler alone sets, with a disruption budget")
    @ValueSource(strings = {"local", "production"})
    void servicesRunSeveralTimesAndSurviveDisruptions(String overlay) {
        List<JsonNode> all = render(overlay);
        assertThat(of(all, "Deployment").stream().map(Manifests::name)).containsExactlyInAnyOrderElementsOf(DEPLOYMENTS);
        for (JsonNode deployment : of(all, "Deployment")) {
            String name = Manifests.name(deployment);
            // a replicas field the manifests set fights the autoscaler, which owns it once it has scaled: a server-side apply
            // (README) of a new image failed on the conflict, or forced, cut the service back to 2 pods at its peak
            assertThat(deployment.at("/spec/replicas").isMissingNode()).as(name + " leaves its replicas to the autoscaler").isTrue();
            Map<String, String> podLabels = Manifests.labels(deployment.at("/spec/template/metadata/labels"));
            assertThat(Manifests.selects(deployment.at("/spec/selector"), podLabels)).as(name + " selects its pods").isTrue();

            List<JsonNode> budgets = of(all, "PodDisruptionBudget").stream()
                    .filter(pdb -> Manifests.selects(pdb.at("/spec/selector"), podLabels)).toList();
            assertThat(budgets).as(name + " disruption budget").hasSize(1);
            JsonNode budget = budgets.get(0).get("spec");
            assertThat(budget.has("minAvailable") ? budget.get("minAvailable").asInt() : 0)
                    .as(name + " keeps a pod through a voluntary disruption").isGreaterThanOrEqualTo(1);

            List<JsonNode> autoscalers = of(all, "HorizontalPodAutoscaler").stream()
                    .filter(hpa -> hpa.at("/spec/scaleTargetRef/kind").asText().equals("Deployment")
                            && hpa.at("/spec/scaleTargetRef/name").asText().equals(name)).toList();
            assertThat(autoscalers).as(name + " autoscaler").hasSize(1);
            JsonNode hpa = autoscalers.get(0).get("spec");
            assertThat(hpa.get("minReplicas").asInt()).as(name + " never scales below 2").isGreaterThanOrEqualTo(2);
            assertThat(hpa.get("maxReplicas").asInt()).isGreaterThan(hpa.get("minReplicas").asInt());
            assertThat(hpa.at("/metrics/0/resource/name").asText()).isEqualTo("cpu");
        }
    }

    @ParameterizedTest(name = "{0}: started, ready and live are probed on the management port, which no route exposes")
    @ValueSource(strings = {"local", "production"})
    void probesUseTheManagementInterface(String overlay) {
        List<JsonNode> all = render(overlay);
        for (JsonNode deployment : of(all, "Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String name = container.get("name").asText();
                int management = Manifests.containerPort(container, "management");
                assertThat(management).as(name + " management port").isEqualTo(9000);
                assertThat(Manifests.containerPort(container, "http")).as(name + " API port").isNotEqualTo(management);
                Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                        "livenessProbe", "/q/health/live");
                paths.forEach((probe, path) -> {
                    JsonNode get = container.at("/" + probe + "/httpGet");
                    assertThat(get.path("path").asText()).as(name + " " + probe).isEqualTo(path);
                    assertThat(Manifests.port(container, get.path("port"))).as(name + " " + probe + " port").isEqualTo(management);
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}: the gateway's pods share their rate limits: their count is the DNS answer of a headless Service of them")
    @ValueSource(strings = {"local", "production"})
    void theGatewaysPodsShareTheirRateLimits(String overlay) {
        List<JsonNode> all = render(overlay);
        JsonNode deployment = named(all, "Deployment", "gateway");
        String peers = null;
        for (JsonNode from : deployment.at("/spec/template/spec/containers/0/envFrom")) {
            JsonNode value = named(all, "ConfigMap", from.at("/configMapRef/name").asText()).at("/data/THADS_GATEWAY_RATE_LIMIT_PEERS");
            if (!value.isMissingNode()) {
                peers = value.asText();
            }
        }
        assertThat(peers).as("THADS_GATEWAY_RATE_LIMIT_PEERS in the gateway's settings").isNotBlank();
        JsonNode service = named(all, "Service", peers);
        assertThat(service.at("/spec/clusterIP").asText()).as("headless: DNS answers each pod's address").isEqualTo("None");
        assertThat(service.at("/spec/publishNotReadyAddresses").asBoolean(false)).as("ready pods only").isFalse();
        assertThat(YAML.convertValue(service.at("/spec/selector"), Map.class))
                .isEqualTo(YAML.convertValue(deployment.at("/spec/selector/matchLabels"), Map.class));
    }

    @ParameterizedTest(name = "{0}: the one route from outside leads to the gateway's API port, for /api, /q/swagger-ui and /q/openapi only")
    @ValueSource(strings = {"local", "production"})
    void theOutsideReachesTheGatewaysApiPortOnly(String overlay) {
        List<JsonNode> all = render(overlay);
        // ingress-nginx is retired: nothing may still depend on an Ingress controller, nor open another way in
        for (String kind : List.of("Ingress", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute")) {
            assertThat(of(all, kind)).as(kind).isEmpty();
        }
        assertThat(of(all, "HTTPRoute")).hasSize(1);
        JsonNode route = named(all, "HTTPRoute", "gateway");
        JsonNode gatewayService = named(all, "Service", "gateway");
        Set<String> prefixes = new TreeSet<>();
        for (JsonNode rule : route.at("/spec/rules")) {
            assertThat(rule.path("backendRefs")).as("a rule without a backend").isNotEmpty();
            for (JsonNode backend : rule.path("backendRefs")) {
                assertThat(backend.path("group").asText("")).isEmpty();
                assertThat(backend.path("kind").asText("Service")).isEqualTo("Service");
                assertThat(backend.path("name").asText()).isEqualTo("gateway");
                assertThat(backend.has("namespace")).as("the gateway Service of this namespace").isFalse();
                JsonNode servicePort = Manifests.servicePort(gatewayService, backend.path("port").asInt());
                assertThat(servicePort.get("targetPort").asText()).as("the route to the gateway's API port").isEqualTo("http");
            }
            for (JsonNode filter : rule.path("filters")) {
                assertThat(filter.path("type").asText()).as("a filter that sends the request to another path or backend")
                        .isNotIn("URLRewrite", "RequestMirror");
            }
            // no matches, or a match without a path, is every path ("/"): /q/health and /q/metrics among them
            if (rule.path("matches").isEmpty()) {
                prefixes.add("/");
            }
            for (JsonNode match : rule.path("matches")) {
                assertThat(match.at("/path/type").asText("PathPrefix")).as("matched by path prefix").isEqualTo("PathPrefix");
                String value = match.at("/path/value").asText("/");
                prefixes.add(value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value); // a trailing / is ignored
            }
        }
        assertThat(prefixes).as("the paths published, as the Ingress published them").containsExactlyInAnyOrder("/api", "/q/swagger-ui",
                "/q/openapi");
    }

    @ParameterizedTest(name = "{0}: the route is served on THADS's Gateway's listener for its host name only (production: HTTPS, TLS terminated there)")
    @ValueSource(strings = {"local", "production"})
    void theRouteIsServedOnTheListenerForItsHostName(String overlay) {
        List<JsonNode> all = render(overlay);
        JsonNode route = named(all, "HTTPRoute", "gateway");
        List<String> hostnames = Manifests.texts(route.at("/spec/hostnames"));
        assertThat(hostnames).as("a route without host names answers for every host of its listener").isNotEmpty();
        assertThat(route.at("/spec/parentRefs")).isNotEmpty();
        for (JsonNode parent : route.at("/spec/parentRefs")) {
            assertThat(parent.path("group").asText("gateway.networking.k8s.io")).isEqualTo("gateway.networking.k8s.io");
            assertThat(parent.path("kind").asText("Gateway")).isEqualTo("Gateway");
            assertThat(parent.path("namespace").asText("thads")).as("THADS's own Gateway").isEqualTo("thads");
            assertThat(parent.path("sectionName").asText("")).as("attached to one listener, not every listener of the Gateway").isNotEmpty();
            JsonNode gateway = named(all, "Gateway", parent.path("name").asText());
            JsonNode listener = null;
            for (JsonNode l : gateway.at("/spec/listeners")) {
                if (l.path("name").asText().equals(parent.path("sectionName").asText())) {
                    listener = l;
                }
            }
            assertThat(listener).as("listener " + parent.path("sectionName").asText()).isNotNull();
            assertThat(hostnames).as("the listener's host name").containsExactly(listener.path("hostname").asText());
            assertThat(listener.at("/allowedRoutes/namespaces/from").asText("Same")).as("only THADS's routes on its listener").isEqualTo("Same");
            if (overlay.equals("production")) {
                assertThat(hostnames).containsExactly("thads.moj.example");
                assertThat(listener.path("protocol").asText()).isEqualTo("HTTPS");
                assertThat(listener.path("port").asInt()).isEqualTo(443);
                assertThat(listener.at("/tls/mode").asText("Terminate")).as("TLS ends at the Gateway").isEqualTo("Terminate");
                JsonNode certificate = listener.at("/tls/certificateRefs/0");
                assertThat(certificate.path("kind").asText("Secret")).isEqualTo("Secret");
                assertThat(certificate.path("name").asText()).as("the certificate of README step 2").isEqualTo("thads-gateway-tls");
                assertThat(certificate.path("namespace").asText("thads")).isEqualTo("thads");
            } else {
                assertThat(hostnames).containsExactly("thads.localhost");
            }
        }
        if (overlay.equals("production")) {
            for (JsonNode gateway : of(all, "Gateway")) {
                for (JsonNode listener : gateway.at("/spec/listeners")) {
                    assertThat(listener.path("protocol").asText()).as("no plain-HTTP door: " + listener.path("name").asText()).isEqualTo("HTTPS");
                }
            }
        }
        // the route, the Service and the certificate are all in namespace thads: nothing of another namespace needs a grant
        assertThat(of(all, "ReferenceGrant")).isEmpty();
    }

    /**
     * Envoy Gateway's default access log has the path with its query string and the client's address: every searched
     * name, and a tracking code tied to whoever follows it, in the cluster's log (the Ingress's log was off too).
     */
    @ParameterizedTest(name = "{0}: the Gateway's proxies keep no access log")
    @ValueSource(strings = {"local", "production"})
    void theGatewaysProxiesKeepNoAccessLog(String overlay) {
        List<JsonNode> all = render(overlay);
        for (JsonNode gateway : of(all, "Gateway")) {
            assertThat(gateway.at("/spec/gatewayClassName").asText()).as("an Envoy Gateway class, as the EnvoyProxy assumes").isEqualTo("eg");
            JsonNode parameters = gateway.at("/spec/infrastructure/parametersRef");
            assertThat(parameters.path("group").asText()).isEqualTo("gateway.envoyproxy.io");
            assertThat(parameters.path("kind").asText()).isEqualTo("EnvoyProxy");
            JsonNode proxy = named(all, "EnvoyProxy", parameters.path("name").asText());
            assertThat(proxy.at("/metadata/namespace").asText()).as("in the Gateway's namespace").isEqualTo(gateway.at("/metadata/namespace").asText());
            assertThat(proxy.at("/spec/telemetry/accessLog/disable").asBoolean(false)).as("access log off").isTrue();
        }
        assertThat(of(all, "Gateway")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: each service migrates its schema in an init container, where no probe cuts a long migration short")
    @ValueSource(strings = {"local", "production"})
    void migrationsRunBeforeTheServiceWithNoProbeToCutThemShort(String overlay) {
        List<JsonNode> all = render(overlay);
        for (String service : SERVICES) {
            JsonNode pod = named(all, "Deployment", service).at("/spec/template/spec");
            JsonNode main = pod.at("/containers/0");
            JsonNode migrate = pod.at("/initContainers/0");
            assertThat(migrate.path("name").asText()).as(service).isEqualTo("migrate");
            assertThat(migrate.path("image").asText()).as(service + " migrates with its own image").isEqualTo(main.path("image").asText());
            assertThat(env(migrate).get("QUARKUS_INIT_AND_EXIT")).as(service + " starts, migrates, stops").isEqualTo("true");
            assertThat(env(migrate).get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo(env(main).get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertThat(migrate.has("startupProbe") || migrate.has("livenessProbe") || migrate.has("readinessProbe")).isFalse();
            assertThat(migrate.path("ports").isMissingNode()).as(service + " serves nothing while it migrates").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: a service talks to its database over TLS and proves the server by the cluster's CA")
    @ValueSource(strings = {"local", "production"})
    void servicesVerifyTheirDatabaseServer(String overlay) {
        List<JsonNode> all = render(overlay);
        for (String service : SERVICES) {
            String database = "thads-" + service.replace("-service", "") + "-db";
            JsonNode pod = named(all, "Deployment", service).at("/spec/template/spec");
            for (JsonNode container : List.of(pod.at("/containers/0"), pod.at("/initContainers/0"))) {
                String url = env(container).get("QUARKUS_DATASOURCE_JDBC_URL");
                assertThat(url).as(service).startsWith("jdbc:postgresql://" + database + "-rw:5432/").contains("sslmode=verify-full")
                        .contains("sslrootcert=/etc/thads/db-ca/ca.crt");
                assertThat(Manifests.texts(container.path("volumeMounts"), "/mountPath")).contains("/etc/thads/db-ca");
            }
            JsonNode volume = java.util.stream.StreamSupport.stream(pod.path("volumes").spliterator(), false)
                    .filter(v -> v.path("name").asText().equals("db-ca")).findFirst().orElseThrow();
            assertThat(volume.at("/secret/secretName").asText()).isEqualTo(database + "-ca");
            // and the server refuses a connection without TLS
            assertThat(Manifests.texts(named(all, "Cluster", database).at("/spec/postgresql/pg_hba")))
                    .contains("hostnossl all all 0.0.0.0/0 reject", "hostnossl all all ::/0 reject");
        }
    }

    /** A pod's containers and its init containers. */
    private static List<JsonNode> allContainers(JsonNode pod) {
        List<JsonNode> containers = new java.util.ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> values = new java.util.HashMap<>();
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                values.put(e.get("name").asText(), e.get("value").asText());
            }
        });
        return values;
    }

    @ParameterizedTest(name = "{0}: the heap leaves room in each container, and a pod pauses before it stops")
    @ValueSource(strings = {"local", "production"})
    void theHeapLeavesRoomAndPodsPauseBeforeStopping(String overlay) {
        List<JsonNode> all = render(overlay);
        for (JsonNode deployment : of(all, "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            for (JsonNode container : pod.path("containers")) {
                String name = Manifests.name(deployment);
                // the image's start script (run-java.sh) sets the heap on the command line from these, not JAVA_TOOL_OPTIONS
                Map<String, String> env = new java.util.HashMap<>();
                container.path("envFrom").forEach(from -> named(all, "ConfigMap", from.at("/configMapRef/name").asText()).path("data")
                        .fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
                container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
                assertThat(env).as(name).containsKey("JAVA_MAX_MEM_RATIO");
                assertThat(env.get("GC_CONTAINER_OPTIONS")).as(name).contains("-XX:+UseSerialGC");
                long limit = Manifests.quantity(container.at("/resources/limits/memory").asText());
                long heap = limit * Long.parseLong(env.get("JAVA_MAX_MEM_RATIO")) / 100;
                // and the same share where the image is started with java -jar (README "Images")
                assertThat(env.get("JAVA_TOOL_OPTIONS")).as(name)
                        .contains("-XX:MaxRAMPercentage=" + env.get("JAVA_MAX_MEM_RATIO") + " ").contains("-XX:+UseSerialGC");
                assertThat(heap + 256L * 1024 * 1024).as(name + ": the heap and 256Mi for the rest fit its memory limit")
                        .isLessThanOrEqualTo(limit);
                // a pause before SIGTERM while the proxies stop sending here, then the requests under way, within the grace period
                int pause = container.at("/lifecycle/preStop/sleep/seconds").asInt();
                assertThat(pause).as(name + " pauses before stopping").isGreaterThanOrEqualTo(5);
                int shutdown = Integer.parseInt(env.get("QUARKUS_SHUTDOWN_TIMEOUT").replace("s", ""));
                assertThat(pause + shutdown).as(name).isLessThan(pod.path("terminationGracePeriodSeconds").asInt());
            }
        }
    }

    @ParameterizedTest(name = "{0}: every container has CPU and memory requests and limits")
    @ValueSource(strings = {"local", "production"})
    void everyContainerHasRequestsAndLimits(String overlay) {
        for (JsonNode deployment : of(render(overlay), "Deployment")) {
            for (JsonNode container : allContainers(deployment.at("/spec/template/spec"))) {
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(container.at("/resources/" + bound + "/" + resource).isMissingNode())
                                .as(Manifests.name(deployment) + " " + bound + "." + resource).isFalse();
                    }
                }
                assertThat(Manifests.quantity(container.at("/resources/requests/memory").asText()))
                        .isLessThanOrEqualTo(Manifests.quantity(container.at("/resources/limits/memory").asText()));
            }
        }
    }

    @ParameterizedTest(name = "{0}: pods run as a non-root user, with a read-only root file system and no privileges")
    @ValueSource(strings = {"local", "production"})
    void podsRunAsNonRootReadOnly(String overlay) {
        for (JsonNode deployment : of(render(overlay), "Deployment")) {
            String name = Manifests.name(deployment);
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).as(name + " runAsUser").isGreaterThan(0);
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(name + " needs no API token").isFalse();
            for (JsonNode container : allContainers(pod)) {
                JsonNode security = container.get("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name + " read-only root").isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(name + " no escalation").isFalse();
                assertThat(security.path("privileged").asBoolean(false)).isFalse();
                assertThat(Manifests.texts(security.at("/capabilities/drop"))).as(name + " drops every capability").contains("ALL");
                assertThat(security.at("/capabilities/add").isMissingNode() || security.at("/capabilities/add").isEmpty()).isTrue();
                // the one writable place: /tmp, an emptyDir
                for (JsonNode mount : container.path("volumeMounts")) {
                    JsonNode volume = Manifests.volume(pod, mount.get("name").asText());
                    if (!mount.path("readOnly").asBoolean(false)) {
                        assertThat(mount.get("mountPath").asText()).as(name + " writable mount").isEqualTo("/tmp");
                        assertThat(volume.has("emptyDir")).isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}: settings come from ConfigMaps, credentials from Secrets, and no credential is written down")
    @ValueSource(strings = {"local", "production"})
    void configFromConfigMapsSecretsFromSecrets(String overlay) {
        List<JsonNode> all = render(overlay);
        for (JsonNode configMap : of(all, "ConfigMap")) {
            for (String key : Manifests.fieldNames(configMap.path("data"))) {
                assertThat(key).as("a credential in ConfigMap " + Manifests.name(configMap)).doesNotContainIgnoringCase("password")
                        .doesNotContainIgnoringCase("secret").doesNotContainIgnoringCase("jaas");
            }
        }
        assertThat(of(all, "Secret")).as("no Secret is kept in the manifests").isEmpty();
        for (JsonNode deployment : of(all, "Deployment")) {
            String name = Manifests.name(deployment);
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                List<String> configMaps = Manifests.texts(container.path("envFrom"), "/configMapRef/name");
                assertThat(configMaps).as(name + " settings").contains("thads-config");
                for (String configMap : configMaps) {
                    assertThat(named(all, "ConfigMap", configMap)).as("ConfigMap " + configMap).isNotNull();
                }
                for (JsonNode env : container.path("env")) {
                    String variable = env.get("name").asText();
                    if (variable.matches(".*(PASSWORD|USERNAME|JAAS|SECRET).*")) {
                        assertThat(env.has("value")).as(name + " " + variable + " written down").isFalse();
                        assertThat(env.at("/valueFrom/secretKeyRef/name").isMissingNode()).as(name + " " + variable + " from a Secret").isFalse();
                    }
                }
            }
        }
        for (String service : SERVICES) {
            JsonNode container = named(all, "Deployment", service).at("/spec/template/spec/containers/0");
            String database = service.replace("-service", "");
            assertThat(Manifests.env(container, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                    .as("the password CloudNativePG generated").isEqualTo("thads-" + database + "-db-app");
            assertThat(Manifests.env(container, "QUARKUS_DATASOURCE_JDBC_URL").get("value").asText())
                    .as("through the read-write service").startsWith("jdbc:postgresql://thads-" + database + "-db-rw:5432/");
            assertThat(Manifests.env(container, "KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef/name").asText())
                    .as("the KafkaUser's Secret").isEqualTo(service);
        }
    }

    @ParameterizedTest(name = "{0}: only the gateway reaches the services (and reporting the case service)")
    @ValueSource(strings = {"local", "production"})
    void onlyTheGatewayReachesTheServices(String overlay) {
        Manifests.Network network = new Manifests.Network(render(overlay), "thads");
        Pod gateway = network.podOf("gateway");
        Pod outsider = new Pod("thads", Map.of("app", "debug"));
        Pod otherNamespace = new Pod("default", Map.of("app.kubernetes.io/name", "gateway"));
        // the proxies of THADS's Gateway, where Envoy Gateway runs them (both overlays; production marks it CHANGE)
        Map<String, String> proxyLabels = Map.of("app.kubernetes.io/name", "envoy", "app.kubernetes.io/component", "proxy",
                "gateway.envoyproxy.io/owning-gateway-namespace", "thads", "gateway.envoyproxy.io/owning-gateway-name", "thads");
        Pod proxy = new Pod("envoy-gateway-system", proxyLabels);
        Map<String, String> otherGateway = new java.util.HashMap<>(proxyLabels);
        otherGateway.put("gateway.envoyproxy.io/owning-gateway-namespace", "another-team");
        Pod anotherGatewaysProxy = new Pod("envoy-gateway-system", otherGateway);
        Pod sameLabelsElsewhere = new Pod("default", proxyLabels);
        for (String service : SERVICES) {
            Pod target = network.podOf(service);
            Set<String> allowed = new TreeSet<>();
            for (String source : DEPLOYMENTS) {
                if (network.allows(network.podOf(source), target, 8080)) {
                    allowed.add(source);
                }
            }
            assertThat(allowed).as("who reaches " + service).isEqualTo(service.equals("case-service")
                    ? Set.of("gateway", "reporting-service") : Set.of("gateway"));
            assertThat(network.allows(outsider, target, 8080)).as("any pod of the namespace to " + service).isFalse();
            assertThat(network.allows(otherNamespace, target, 8080)).as("another namespace to " + service).isFalse();
            assertThat(network.allows(proxy, target, 8080)).as("the Gateway's proxies to " + service).isFalse();
        }
        assertThat(network.allows(proxy, gateway, 8080)).as("the Gateway's proxies to the gateway").isTrue();
        assertThat(network.allows(outsider, gateway, 8080)).isFalse();
        assertThat(network.allows(anotherGatewaysProxy, gateway, 8080)).as("another Gateway's proxies to the gateway").isFalse();
        assertThat(network.allows(sameLabelsElsewhere, gateway, 8080)).as("a pod with the proxies' labels in another namespace").isFalse();
        assertThat(network.allows(proxy, gateway, 9000)).as("management from outside").isFalse();
    }

    @ParameterizedTest(name = "{0}: each service reaches its own PostgreSQL cluster and Kafka, and nothing else of the namespace")
    @ValueSource(strings = {"local", "production"})
    void servicesReachTheirDatabaseAndKafka(String overlay) {
        List<JsonNode> all = render(overlay);
        Manifests.Network network = new Manifests.Network(all, "thads");
        Pod broker = new Pod("thads", BROKER_LABELS);
        for (String service : SERVICES) {
            Pod source = network.podOf(service);
            for (String database : List.of("case", "complaint", "reporting")) {
                Pod instance = new Pod("thads", Map.of("cnpg.io/cluster", "thads-" + database + "-db", "cnpg.io/instanceRole", "primary"));
                boolean own = service.equals(database + "-service");
                assertThat(network.allows(source, instance, 5432)).as(service + " to thads-" + database + "-db").isEqualTo(own);
            }
            assertThat(network.allows(source, broker, 9093)).as(service + " to Kafka").isTrue();
            // Prometheus (namespace monitoring) scrapes CloudNativePG's exporter, and reaches no database
            Pod prometheus = new Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
            Pod instance = new Pod("thads", Map.of("cnpg.io/cluster", "thads-case-db", "cnpg.io/podRole", "instance"));
            assertThat(network.allows(prometheus, instance, 9187)).as("monitoring to the database's metrics").isTrue();
            assertThat(network.allows(prometheus, instance, 5432)).as("monitoring to the database").isFalse();
            assertThat(network.allows(prometheus, source, 9000)).as("monitoring to " + service + "'s management port").isTrue();
            // Kafka's pods are left to Strimzi's own policies, which open 9404 (metrics): none of ours closes it
            assertThat(network.allows(prometheus, broker, 9404)).as("monitoring to Kafka's metrics").isTrue();
            assertThat(network.allows(prometheus, KAFKA_EXPORTER, 9404)).as("monitoring to Kafka Exporter").isTrue();
            assertThat(network.allows(network.podOf("gateway"), broker, 9093)).as("gateway to Kafka").isFalse();
        }
        // Strimzi's listener policy: the three services and nobody else
        JsonNode listener = named(all, "Kafka", "thads-kafka").at("/spec/kafka/listeners/0");
        Set<String> peers = new TreeSet<>();
        for (JsonNode peer : listener.path("networkPolicyPeers")) {
            peers.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
        }
        assertThat(peers).isEqualTo(new TreeSet<>(SERVICES));
    }

    @ParameterizedTest(name = "{0}: Kafka is a 3-node KRaft cluster with replicated topics kept forever and one user per service")
    @ValueSource(strings = {"local", "production"})
    void kafkaIsAReplicatedCluster(String overlay) {
        List<JsonNode> all = render(overlay);
        JsonNode kafka = named(all, "Kafka", "thads-kafka");
        // Strimzi 1.0 and later serve kafka.strimzi.io/v1 only (KRaft and node pools always; v1beta2 is refused)
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            assertThat(of(all, kind)).as(kind).isNotEmpty().allSatisfy(r -> assertThat(r.get("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1"));
        }
        assertThat(kafka.at("/metadata/annotations").isMissingNode() || kafka.at("/metadata/annotations").isEmpty())
                .as("no annotations of the v1beta2 API (strimzi.io/kraft, strimzi.io/node-pools)").isTrue();
        // a zone rack makes Strimzi require zone labels on the nodes, which a ministry's own cluster may not have
        assertThat(kafka.at("/spec/kafka/rack").isMissingNode()).as("no rack in the base").isTrue();
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/config/default.replication.factor").asInt()).isEqualTo(3);
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafka.at("/spec/kafka/config/delete.topic.enable").asBoolean(true)).as("the event history cannot be deleted").isFalse();
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/spec/kafka/listeners/0/tls").asBoolean()).isTrue();
        int brokers = 0;
        for (JsonNode pool : of(all, "KafkaNodePool")) {
            assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("thads-kafka");
            if (Manifests.texts(pool.at("/spec/roles")).contains("broker")) {
                brokers += pool.at("/spec/replicas").asInt();
            }
            assertThat(Manifests.texts(pool.at("/spec/roles"))).contains("controller");
            JsonNode required = pool.at("/spec/template/pod/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0");
            if (overlay.equals("production")) {
                // each node on a machine of its own: two on one machine would take the controller quorum with it
                assertThat(required.at("/topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
                assertThat(required.at("/labelSelector/matchLabels/strimzi.io~1pool-name").asText()).isEqualTo(Manifests.name(pool));
            } else {
                // kind, minikube, k3s: often one machine, where a required spread would leave two nodes Pending
                assertThat(required.isMissingNode()).as("no required spread on a small cluster").isTrue();
            }
        }
        assertThat(brokers).isEqualTo(3);

        int widestConsumerGroup = of(all, "HorizontalPodAutoscaler").stream()
                .filter(h -> SERVICES.contains(h.at("/spec/scaleTargetRef/name").asText()))
                .mapToInt(h -> h.at("/spec/maxReplicas").asInt()).max().orElseThrow();
        Map<String, JsonNode> topics = of(all, "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.at("/spec/topicName").asText(), t -> t));
        assertThat(topics.keySet()).containsExactlyInAnyOrder("thads.case-events", "thads.complaint-events", "thads.officer-events",
                "thads.case-events.dlq", "thads.complaint-events.dlq", "thads.officer-events.dlq");
        topics.forEach((name, topic) -> {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("thads-kafka");
            assertThat(topic.at("/spec/replicas").asInt()).as(name + " replicas").isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(name + " min.insync.replicas").isEqualTo(2);
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as(name + " kept forever").isEqualTo(-1);
            assertThat(topic.at("/spec/config/retention.bytes").asLong()).as(name + " kept forever").isEqualTo(-1);
            if (!name.endsWith(".dlq")) {
                assertThat(topic.at("/spec/partitions").asInt()).as(name + " partitions for every consumer instance")
                        .isGreaterThanOrEqualTo(widestConsumerGroup);
            }
        });

        Map<String, Set<String>> expected = Map.of(
                "case-service", Set.of("topic thads.case-events Write", "topic thads.officer-events Write",
                        "topic thads.complaint-events.dlq Write", "topic thads.complaint-events Read", "group case-service Read"),
                "complaint-service", Set.of("topic thads.complaint-events Write", "topic thads.case-events.dlq Write",
                        "topic thads.case-events Read", "topic thads.officer-events Read", "topic thads.officer-events.dlq Write",
                        "group complaint-service Read"),
                "reporting-service", Set.of("topic thads.case-events Read", "topic thads.complaint-events Read",
                        "group reporting-service Read", "topic thads.case-events.dlq Write", "topic thads.complaint-events.dlq Write",
                        "topic thads.officer-events Read", "topic thads.officer-events.dlq Write"));
        assertThat(of(all, "KafkaUser").stream().map(Manifests::name)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (JsonNode user : of(all, "KafkaUser")) {
            String name = Manifests.name(user);
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                assertThat(acl.at("/resource/patternType").asText("literal")).as(name + " grants by exact name").isEqualTo("literal");
                for (String operation : Manifests.texts(acl.get("operations"))) {
                    if (!operation.equals("Describe")) {
                        granted.add(acl.at("/resource/type").asText() + " " + acl.at("/resource/name").asText() + " " + operation);
                    }
                }
            }
            assertThat(granted).as(name + " may do (README Security)").isEqualTo(new TreeSet<>(expected.get(name)));
        }
    }

    @Test
    void productionRunsThreePostgresInstancesPerDatabaseWithBackups() {
        List<JsonNode> all = render("production");
        for (String database : List.of("case", "complaint", "reporting")) {
            JsonNode cluster = named(all, "Cluster", "thads-" + database + "-db");
            assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo("thads_" + database);
            // the in-tree barmanObjectStore is removed in CloudNativePG 1.31: WAL archiving through the Barman Cloud plugin
            assertThat(cluster.at("/spec/backup").isMissingNode()).as("no in-tree backup section").isTrue();
            JsonNode plugin = cluster.at("/spec/plugins/0");
            assertThat(plugin.at("/name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
            assertThat(plugin.at("/isWALArchiver").asBoolean()).isTrue();
            JsonNode store = named(all, "ObjectStore", plugin.at("/parameters/barmanObjectName").asText());
            assertThat(store.at("/spec/configuration/destinationPath").asText()).startsWith("s3://");
            assertThat(store.at("/spec/configuration/endpointURL").asText()).as("the ministry's store, from backups.yaml").contains("moj.example");
            assertThat(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText()).isNotBlank();
            assertThat(store.at("/spec/retentionPolicy").asText()).isNotBlank();
            assertThat(of(all, "ScheduledBackup").stream()
                    .filter(b -> b.at("/spec/cluster/name").asText().equals("thads-" + database + "-db")))
                    .as("a scheduled backup of thads-" + database + "-db through the plugin").singleElement()
                    .satisfies(b -> assertThat(b.at("/spec/method").asText()).isEqualTo("plugin"))
                    .satisfies(b -> assertThat(b.at("/spec/pluginConfiguration/name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io"));
        }
        for (JsonNode deployment : of(all, "Deployment")) {
            assertThat(deployment.at("/spec/template/spec/containers/0/image").asText()).as("images from the ministry's registry")
                    .doesNotStartWith("thads/").doesNotStartWith("localhost");
        }
    }

    @ParameterizedTest(name = "{0}: every way out of a THADS pod names where it goes (no HTTPS to any host)")
    @ValueSource(strings = {"local", "production"})
    void everyWayOutNamesItsDestination(String overlay) {
        for (JsonNode policy : of(render(overlay), "NetworkPolicy")) {
            for (JsonNode rule : policy.path("egress")) {
                assertThat(rule.path("to").isArray() && !rule.path("to").isEmpty()).as(Manifests.name(policy) + " egress " + rule).isTrue();
                rule.path("to").forEach(peer -> assertThat(peer.at("/ipBlock/cidr").asText("")).as(Manifests.name(policy))
                        .isNotEqualTo("0.0.0.0/0"));
            }
        }
        JsonNode identity = named(render(overlay), "NetworkPolicy", "egress-dns-and-identity-provider").at("/spec/egress/1");
        assertThat(Manifests.texts(identity.path("ports"), "/port")).contains("443");
        assertThat(identity.toString()).as("the overlay's identity provider, not the base's placeholder").doesNotContain("192.0.2.");
    }

    @Test
    void prometheusScrapesEveryThadsPodTheDatabasesKafkaAndKafkaExporter() throws java.io.IOException {
        // the Prometheus Operator reads PodMonitors only (not the pods' prometheus.io annotations): without them no alert fires
        List<JsonNode> monitors;
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(Kustomize.MANIFESTS.resolve("monitoring/thads-monitors.yaml").toFile())) {
            monitors = documents.readAll();
        }
        JsonNode services = monitor(monitors, "thads-services");
        for (JsonNode deployment : of(render("production"), "Deployment")) {
            Map<String, String> labels = Manifests.labels(deployment.at("/spec/template/metadata/labels"));
            assertThat(Manifests.selects(services.at("/spec/selector"), labels)).as(Manifests.name(deployment)).isTrue();
            assertThat(Manifests.containerPort(deployment.at("/spec/template/spec/containers/0"), services.at("/spec/podMetricsEndpoints/0/port")
                    .asText())).isEqualTo(9000);
        }
        assertThat(services.at("/spec/podMetricsEndpoints/0/path").asText()).isEqualTo("/q/metrics");
        JsonNode postgres = monitor(monitors, "thads-postgres");
        assertThat(Manifests.selects(postgres.at("/spec/selector"), Map.of("cnpg.io/cluster", "thads-case-db", "cnpg.io/podRole", "instance")))
                .isTrue();
        // Kafka's nodes and Kafka Exporter, by the labels Strimzi gives their pods, each scraped once, on the port Strimzi names
        Map<String, Map<String, String>> strimziPods = Map.of("thads-kafka", BROKER_LABELS, "thads-kafka-exporter", KAFKA_EXPORTER.labels());
        for (JsonNode monitor : monitors) {
            String name = Manifests.name(monitor);
            strimziPods.forEach((pod, labels) -> assertThat(Manifests.selects(monitor.at("/spec/selector"), labels))
                    .as(name + " scrapes the pods of " + pod).isEqualTo(name.equals(pod)));
            assertThat(Manifests.selects(monitor.at("/spec/selector"), ENTITY_OPERATOR_LABELS)).as(name + " and the entity operator").isFalse();
        }
        for (String name : strimziPods.keySet()) {
            JsonNode endpoint = monitor(monitors, name).at("/spec/podMetricsEndpoints/0");
            assertThat(endpoint.path("port").asText()).as(name).isEqualTo("tcp-prometheus");
            assertThat(endpoint.path("path").asText("/metrics")).as(name).isEqualTo("/metrics");
        }
        JsonNode kafka = named(render("production"), "Kafka", "thads-kafka");
        assertThat(kafka.at("/spec/kafka/metricsConfig").isMissingNode()).as("Kafka's nodes serve metrics to scrape").isFalse();
        assertThat(kafka.at("/spec/kafkaExporter").isMissingNode()).as("Strimzi runs Kafka Exporter").isFalse();
        assertThat(monitors).allSatisfy(m -> assertThat(m.at("/metadata/namespace").asText()).isEqualTo("thads"));
    }

    private static JsonNode monitor(List<JsonNode> monitors, String name) {
        return monitors.stream().filter(m -> Manifests.name(m).equals(name)).findFirst().orElseThrow(() -> new AssertionError("no PodMonitor " + name));
    }

    @ParameterizedTest(name = "{0}: Kafka's nodes export their JMX metrics by Strimzi's rules, under the names its dashboards read")
    @ValueSource(strings = {"local", "production"})
    void kafkaExportsItsMetrics(String overlay) throws java.io.IOException {
        List<JsonNode> all = render(overlay);
        JsonNode metrics = named(all, "Kafka", "thads-kafka").at("/spec/kafka/metricsConfig");
        assertThat(metrics.path("type").asText()).isEqualTo("jmxPrometheusExporter");
        JsonNode reference = metrics.at("/valueFrom/configMapKeyRef");
        JsonNode configMap = named(all, "ConfigMap", reference.path("name").asText());
        assertThat(configMap.path("data").has(reference.path("key").asText())).as("the key the Kafka resource names").isTrue();
        JsonNode config = YAML.readTree(configMap.path("data").path(reference.path("key").asText()).asText());
        assertThat(config.path("lowercaseOutputName").asBoolean()).isTrue();
        // the JMX exporter's own matching: the first rule whose pattern matches the bean's line names the metric
        assertThat(jmxMetricName(config.path("rules"), "kafka.server<type=ReplicaManager, name=UnderReplicatedPartitions><>Value: 0"))
                .isEqualTo("kafka_server_replicamanager_underreplicatedpartitions");
        assertThat(jmxMetricName(config.path("rules"), "kafka.controller<type=KafkaController, name=OfflinePartitionsCount><>Value: 0"))
                .isEqualTo("kafka_controller_kafkacontroller_offlinepartitionscount");
        assertThat(jmxMetricName(config.path("rules"), "kafka.controller<type=KafkaController, name=ActiveControllerCount><>Value: 1"))
                .isEqualTo("kafka_controller_kafkacontroller_activecontrollercount");
        assertThat(jmxMetricName(config.path("rules"), "kafka.server<type=BrokerTopicMetrics, name=MessagesInPerSec, topic=thads.case-events><>Count: 7"))
                .isEqualTo("kafka_server_brokertopicmetrics_messagesin_total");
        assertThat(jmxMetricName(config.path("rules"), "kafka.server<type=raft-metrics><>current-state: leader"))
                .isEqualTo("kafka_server_raftmetrics_current_state");
        // and a connection gauge per TLS cipher keeps its own name, not one with the cipher in it
        assertThat(jmxMetricName(config.path("rules"),
                "kafka.server<type=socket-server-metrics, cipher=TLS_AES_256_GCM_SHA384, protocol=TLSv1.3, listener=TLS-9093, networkProcessor=3><>connections: 2"))
                .isEqualTo("kafka_server_socket_server_metrics_connections_tls_info");
    }

    /** The metric name the JMX exporter gives a bean's line (domain<properties><>attribute: value), or null when no rule matches. */
    private static String jmxMetricName(JsonNode rules, String line) {
        for (JsonNode rule : rules) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^.*(?:" + rule.path("pattern").asText() + ").*$").matcher(line);
            if (matcher.matches()) {
                String name = rule.path("name").asText();
                for (int group = matcher.groupCount(); group >= 1; group--) {
                    name = name.replace("$" + group, matcher.group(group) == null ? "" : matcher.group(group));
                }
                return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_:]", "_").replaceAll("__+", "_");
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}: Kafka Exporter watches every THADS consumer group and topic, and the lag alert names every group")
    @ValueSource(strings = {"local", "production"})
    void kafkaExporterWatchesTheGroupsTheLagAlertNames(String overlay) throws java.io.IOException {
        List<JsonNode> all = render(overlay);
        JsonNode exporter = named(all, "Kafka", "thads-kafka").at("/spec/kafkaExporter");
        assertThat(exporter.isMissingNode()).isFalse();
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(exporter.at("/resources/" + bound + "/" + resource).isMissingNode()).as("Kafka Exporter " + bound + "." + resource).isFalse();
            }
        }
        // Kafka Exporter filters with Go's MatchString: a match anywhere in the name
        java.util.regex.Pattern groups = java.util.regex.Pattern.compile(exporter.path("groupRegex").asText(".*"));
        java.util.regex.Pattern topics = java.util.regex.Pattern.compile(exporter.path("topicRegex").asText(".*"));
        Set<String> groupIds = consumerGroups();
        assertThat(groupIds).as("the services' consumer groups").containsExactlyInAnyOrder("case-service", "complaint-service", "reporting-service");
        groupIds.forEach(g -> assertThat(groups.matcher(g).find()).as("Kafka Exporter reads group " + g).isTrue());
        of(all, "KafkaTopic").forEach(t -> assertThat(topics.matcher(t.at("/spec/topicName").asText()).find())
                .as("Kafka Exporter reads topic " + t.at("/spec/topicName").asText()).isTrue());
        assertThat(topics.matcher("__consumer_offsets").find()).as("nor Kafka's own topics").isFalse();

        vn.gov.moj.thads.deploy.testing.AlertRules rules = vn.gov.moj.thads.deploy.testing.AlertRules.from(Kustomize.MANIFESTS.getParent().getParent());
        assertThat(rules.metrics()).containsAll(vn.gov.moj.thads.deploy.testing.AlertRules.FROM_KAFKA_EXPORTER);
        List<vn.gov.moj.thads.deploy.testing.AlertRules.Alert> lagAlerts = rules.alerts().stream()
                .filter(a -> a.expr().contains("kafka_consumergroup_lag")).toList();
        assertThat(lagAlerts).isNotEmpty();
        for (var alert : lagAlerts) {
            java.util.regex.Matcher selector = java.util.regex.Pattern.compile("consumergroup=~\"([^\"]*)\"").matcher(alert.expr());
            int selectors = 0;
            while (selector.find()) {
                selectors++;
                java.util.regex.Pattern named = java.util.regex.Pattern.compile(selector.group(1)); // PromQL anchors its regexes
                groupIds.forEach(g -> assertThat(named.matcher(g).matches()).as(alert.name() + " reads group " + g).isTrue());
                assertThat(named.matcher("another-team").matches()).as(alert.name() + " and another team's group").isFalse();
            }
            assertThat(selectors).as(alert.name() + " names the THADS groups wherever it reads the lag").isEqualTo(
                    alert.expr().split("kafka_consumergroup_lag", -1).length - 1);
        }
    }

    /** The consumer groups the services' Kafka consumers join (mp.messaging.incoming.*.group.id). */
    private static Set<String> consumerGroups() throws java.io.IOException {
        Set<String> groups = new TreeSet<>();
        Path root = Kustomize.MANIFESTS.getParent().getParent();
        for (String service : SERVICES) {
            java.util.Properties properties = new java.util.Properties();
            try (var reader = java.nio.file.Files.newBufferedReader(root.resolve(service).resolve("src/main/resources/application.properties"))) {
                properties.load(reader);
            }
            properties.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".group.id"))
                    .forEach(k -> groups.add(properties.getProperty(k)));
        }
        return groups;
    }

    @Test
    void everythingLivesInTheThadsNamespace() {
        for (JsonNode resource : render("production")) {
            if (!Manifests.kind(resource).equals("Namespace")) {
                assertThat(resource.at("/metadata/namespace").asText()).as(Manifests.kind(resource) + " " + Manifests.name(resource))
                        .isEqualTo("thads");
            }
        }
    }
}
