package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading rendered Kubernetes resources, and what their NetworkPolicies allow. */
final class Manifests {

    private Manifests() {
    }

    static String kind(JsonNode resource) {
        return resource.path("kind").asText();
    }

    static String name(JsonNode resource) {
        return resource.at("/metadata/name").asText();
    }

    static List<JsonNode> of(List<JsonNode> all, String kind) {
        return all.stream().filter(r -> kind(r).equals(kind)).toList();
    }

    static JsonNode named(List<JsonNode> all, String kind, String name) {
        return of(all, kind).stream().filter(r -> name(r).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the rendering"));
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    static List<String> texts(JsonNode array, String pointer) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> {
            if (!n.at(pointer).isMissingNode()) {
                texts.add(n.at(pointer).asText());
            }
        });
        return texts;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode env(JsonNode container, String name) {
        return envIfSet(container, name).orElseThrow(() -> new AssertionError("no " + name + " in " + container.path("name").asText()));
    }

    static java.util.Optional<JsonNode> envIfSet(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (env.get("name").asText().equals(name)) {
                return java.util.Optional.of(env);
            }
        }
        return java.util.Optional.empty();
    }

    static JsonNode volume(JsonNode podSpec, String name) {
        for (JsonNode volume : podSpec.path("volumes")) {
            if (volume.get("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    static int containerPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.get("containerPort").asInt();
            }
        }
        return -1;
    }

    /** A probe's or a policy's port: a number, or the name of a container port. */
    static int port(JsonNode container, JsonNode port) {
        return port.isNumber() || port.asText().matches("\\d+") ? port.asInt() : containerPort(container, port.asText());
    }

    static JsonNode servicePort(JsonNode service, String name) {
        for (JsonNode port : service.at("/spec/ports")) {
            if (port.path("name").asText().equals(name)) {
                return port;
            }
        }
        throw new AssertionError("no port " + name + " on Service " + name(service));
    }

    /** A Service's port by its number, as a Gateway API backendRef names it. */
    static JsonNode servicePort(JsonNode service, int number) {
        for (JsonNode port : service.at("/spec/ports")) {
            if (port.path("port").asInt() == number) {
                return port;
            }
        }
        throw new AssertionError("no port " + number + " on Service " + name(service));
    }

    /** Bytes of a quantity such as 512Mi or 1Gi. */
    static long quantity(String quantity) {
        Map<String, Long> units = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "Ti", 1L << 40);
        for (var unit : units.entrySet()) {
            if (quantity.endsWith(unit.getKey())) {
                return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * unit.getValue();
            }
        }
        return Long.parseLong(quantity);
    }

    /** A label selector (matchLabels, matchExpressions In/NotIn/Exists/DoesNotExist) against labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        var matchLabels = selector.path("matchLabels").fields();
        while (matchLabels.hasNext()) {
            var e = matchLabels.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.get("key").asText();
            List<String> values = texts(expression.path("values"));
            boolean ok = switch (expression.get("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new AssertionError("operator " + expression.get("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A pod: its namespace and labels (namespaces carry kubernetes.io/metadata.name). */
    record Pod(String namespace, Map<String, String> labels, JsonNode containers) {
        Pod(String namespace, Map<String, String> labels) {
            this(namespace, labels, null);
        }

        /** A named port of one of its containers, or -1. */
        int namedPort(String name) {
            if (containers != null) {
                for (JsonNode container : containers) {
                    int port = containerPort(container, name);
                    if (port > 0) {
                        return port;
                    }
                }
            }
            return -1;
        }
    }

    /**
     * What the rendered NetworkPolicies allow, by the Kubernetes rules: a pod selected by no policy
     * of a direction allows everything in that direction; one that is selected allows only what
     * one of those policies' rules allows. A connection needs the source's egress and the
     * target's ingress.
     */
    static final class Network {
        private final List<JsonNode> all;
        private final List<JsonNode> policies;
        private final String namespace;

        Network(List<JsonNode> all, String namespace) {
            this.all = all;
            this.policies = of(all, "NetworkPolicy");
            this.namespace = namespace;
        }

        Pod podOf(String deployment) {
            JsonNode d = named(all, "Deployment", deployment);
            return new Pod(namespace, labels(d.at("/spec/template/metadata/labels")), d.at("/spec/template/spec/containers"));
        }

        boolean allows(Pod from, Pod to, int port) {
            return direction(to, from, to, port, "Ingress", "ingress", "from")
                    && direction(from, from, to, port, "Egress", "egress", "to");
        }

        private boolean direction(Pod subject, Pod from, Pod to, int port, String type, String rulesField, String peersField) {
            if (!subject.namespace().equals(namespace)) {
                return true; // no policy of ours governs pods elsewhere
            }
            List<JsonNode> governing = policies.stream()
                    .filter(p -> selects(p.at("/spec/podSelector"), subject.labels()) || p.at("/spec/podSelector").isEmpty())
                    .filter(p -> texts(p.at("/spec/policyTypes")).contains(type)).toList();
            if (governing.isEmpty()) {
                return true;
            }
            Pod peer = subject == to ? from : to;
            for (JsonNode policy : governing) {
                for (JsonNode rule : policy.at("/spec/" + rulesField)) {
                    if (portMatches(rule.path("ports"), to, port) && peerMatches(rule.path(peersField), peer)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean portMatches(JsonNode ports, Pod to, int port) {
            if (ports.isMissingNode() || ports.isEmpty()) {
                return true;
            }
            for (JsonNode p : ports) {
                JsonNode value = p.path("port");
                int number = value.isNumber() ? value.asInt() : to.namedPort(value.asText());
                if (number == port) {
                    return true;
                }
            }
            return false;
        }

        private boolean peerMatches(JsonNode peers, Pod peer) {
            if (peers.isMissingNode() || peers.isEmpty()) {
                return true;
            }
            for (JsonNode p : peers) {
                if (p.has("ipBlock")) {
                    continue; // pods are not addressed by IP here
                }
                boolean namespaceOk = p.has("namespaceSelector")
                        ? selects(p.get("namespaceSelector"), Map.of("kubernetes.io/metadata.name", peer.namespace()))
                          || p.get("namespaceSelector").isEmpty()
                        : peer.namespace().equals(namespace);
                boolean podOk = !p.has("podSelector") || p.get("podSelector").isEmpty() || selects(p.get("podSelector"), peer.labels());
                if (namespaceOk && podOk) {
                    return true;
                }
            }
            return false;
        }
    }
}
