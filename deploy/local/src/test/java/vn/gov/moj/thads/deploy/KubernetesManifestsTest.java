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
 * the case service), each service reaches only its own database and Kafka; the Ingress leads to
 * the gateway's API port only; Kafka and PostgreSQL run as replicated clusters with the topics,
 * users and backups the services need.
 */
class KubernetesManifestsTest {

    static final List<String> SERVICES = List.of("case-service", "complaint-service", "reporting-service");
    static final List<String> DEPLOYMENTS = List.of("case-service", "complaint-service", "reporting-service", "gateway");
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

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

    @ParameterizedTest(name = "{0}: each service is a Deployment of at least 2 replicas, autoscaled from 2, with a disruption budget")
    @ValueSource(strings = {"local", "production"})
    void servicesRunSeveralTimesAndSurviveDisruptions(String overlay) {
        List<JsonNode> all = render(overlay);
        assertThat(of(all, "Deployment").stream().map(Manifests::name)).containsExactlyInAnyOrderElementsOf(DEPLOYMENTS);
        for (JsonNode deployment : of(all, "Deployment")) {
            String name = Manifests.name(deployment);
            assertThat(deployment.at("/spec/replicas").asInt()).as(name + " replicas").isGreaterThanOrEqualTo(2);
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

    @ParameterizedTest(name = "{0}: started, ready and live are probed on the management port, which the Ingress never exposes")
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
        // the outside reaches the gateway's API port, nothing else
        List<JsonNode> ingresses = of(all, "Ingress");
        assertThat(ingresses).hasSize(1);
        JsonNode gatewayService = named(all, "Service", "gateway");
        for (JsonNode path : ingresses.get(0).at("/spec/rules/0/http/paths")) {
            assertThat(path.at("/backend/service/name").asText()).isEqualTo("gateway");
            String port = path.at("/backend/service/port/name").asText();
            JsonNode servicePort = Manifests.servicePort(gatewayService, port);
            assertThat(servicePort.get("targetPort").asText()).as("Ingress to the gateway's API port").isEqualTo("http");
        }
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
        Pod ingressController = new Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
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
            assertThat(network.allows(ingressController, target, 8080)).as("the ingress controller to " + service).isFalse();
        }
        assertThat(network.allows(ingressController, gateway, 8080)).as("the ingress controller to the gateway").isTrue();
        assertThat(network.allows(outsider, gateway, 8080)).isFalse();
        assertThat(network.allows(ingressController, gateway, 9000)).as("management from outside").isFalse();
    }

    @ParameterizedTest(name = "{0}: each service reaches its own PostgreSQL cluster and Kafka, and nothing else of the namespace")
    @ValueSource(strings = {"local", "production"})
    void servicesReachTheirDatabaseAndKafka(String overlay) {
        List<JsonNode> all = render(overlay);
        Manifests.Network network = new Manifests.Network(all, "thads");
        Pod broker = new Pod("thads", Map.of("strimzi.io/cluster", "thads-kafka", "strimzi.io/kind", "Kafka",
                "strimzi.io/name", "thads-kafka-kafka", "strimzi.io/pool-name", "dual-role"));
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
        assertThat(topics.keySet()).containsExactlyInAnyOrder("thads.case-events", "thads.complaint-events",
                "thads.case-events.dlq", "thads.complaint-events.dlq");
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
                "case-service", Set.of("topic thads.case-events Write", "topic thads.complaint-events.dlq Write",
                        "topic thads.complaint-events Read", "group case-service Read"),
                "complaint-service", Set.of("topic thads.complaint-events Write", "topic thads.case-events.dlq Write",
                        "topic thads.case-events Read", "group complaint-service Read"),
                "reporting-service", Set.of("topic thads.case-events Read", "topic thads.complaint-events Read",
                        "group reporting-service Read", "topic thads.case-events.dlq Write", "topic thads.complaint-events.dlq Write"));
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
        assertThat(named(all, "Ingress", "gateway").at("/spec/tls/0/secretName").asText()).as("TLS at the Ingress").isNotBlank();
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

    @ParameterizedTest(name = "{0}: the ingress controller logs no query string (searches carry names)")
    @ValueSource(strings = {"local", "production"})
    void theIngressLogsNoQueryStrings(String overlay) {
        assertThat(named(render(overlay), "Ingress", "gateway").at("/metadata/annotations/nginx.ingress.kubernetes.io~1enable-access-log")
                .asText()).isEqualTo("false");
    }

    @Test
    void prometheusScrapesEveryThadsPodOnItsManagementPortAndTheDatabases() throws java.io.IOException {
        // the Prometheus Operator reads PodMonitors only (not the pods' prometheus.io annotations): without them no alert fires
        List<JsonNode> monitors;
        try (var documents = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readerFor(JsonNode.class).<JsonNode>readValues(Kustomize.MANIFESTS.resolve("monitoring/thads-monitors.yaml").toFile())) {
            monitors = documents.readAll();
        }
        JsonNode services = monitors.stream().filter(m -> Manifests.name(m).equals("thads-services")).findFirst().orElseThrow();
        for (JsonNode deployment : of(render("production"), "Deployment")) {
            Map<String, String> labels = Manifests.labels(deployment.at("/spec/template/metadata/labels"));
            assertThat(Manifests.selects(services.at("/spec/selector"), labels)).as(Manifests.name(deployment)).isTrue();
            assertThat(Manifests.containerPort(deployment.at("/spec/template/spec/containers/0"), services.at("/spec/podMetricsEndpoints/0/port")
                    .asText())).isEqualTo(9000);
        }
        assertThat(services.at("/spec/podMetricsEndpoints/0/path").asText()).isEqualTo("/q/metrics");
        JsonNode postgres = monitors.stream().filter(m -> Manifests.name(m).equals("thads-postgres")).findFirst().orElseThrow();
        assertThat(Manifests.selects(postgres.at("/spec/selector"), Map.of("cnpg.io/cluster", "thads-case-db", "cnpg.io/podRole", "instance")))
                .isTrue();
        assertThat(monitors).allSatisfy(m -> assertThat(m.at("/metadata/namespace").asText()).isEqualTo("thads"));
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
