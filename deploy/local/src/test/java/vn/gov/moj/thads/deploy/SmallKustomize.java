package vn.gov.moj.thads.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few kustomize features deploy/kubernetes uses, for a machine without kubectl: resources
 * (files and directories), namespace, labels (metadata only), images (newName, newTag) and patches
 * (a file or an inline strategic-merge patch naming its resource, {@code $patch: delete}, or an
 * inline JSON 6902 patch with a target by kind, group and name; replace, add and remove). Not a
 * kustomize: {@link KubernetesManifestsTest} checks that it renders what {@code kubectl kustomize}
 * renders wherever kubectl is there, and the manifests must keep to these features.
 */
final class SmallKustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SmallKustomize() {
    }

    static List<JsonNode> render(Path directory) {
        try {
            JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
            List<JsonNode> resources = new ArrayList<>();
            for (JsonNode entry : kustomization.path("resources")) {
                Path path = directory.resolve(entry.asText()).normalize();
                resources.addAll(Files.isDirectory(path) ? render(path) : read(path));
            }
            for (JsonNode patch : kustomization.path("patches")) {
                apply(patch, directory, resources);
            }
            for (JsonNode image : kustomization.path("images")) {
                setImage(resources, image);
            }
            for (JsonNode labels : kustomization.path("labels")) {
                for (JsonNode resource : resources) {
                    ObjectNode metadataLabels = metadata(resource).with("labels");
                    labels.path("pairs").fields().forEachRemaining(e -> metadataLabels.set(e.getKey(), e.getValue()));
                }
            }
            if (kustomization.has("namespace")) {
                String namespace = kustomization.get("namespace").asText();
                for (JsonNode resource : resources) {
                    if (!resource.path("kind").asText().equals("Namespace")) {
                        metadata(resource).put("namespace", namespace);
                    }
                }
            }
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            values.forEachRemaining(d -> {
                if (d != null && !d.isNull() && !d.isEmpty()) {
                    documents.add(d);
                }
            });
        }
        return documents;
    }

    private static ObjectNode metadata(JsonNode resource) {
        return ((ObjectNode) resource).with("metadata");
    }

    private static void apply(JsonNode patch, Path directory, List<JsonNode> resources) throws IOException {
        List<JsonNode> documents = patch.has("path") ? read(directory.resolve(patch.get("path").asText()))
                : List.of(YAML.readTree(patch.get("patch").asText()));
        JsonNode target = patch.path("target");
        for (JsonNode document : documents) {
            if (document.isArray()) { // JSON 6902
                for (JsonNode resource : resources) {
                    if (matches(target, resource)) {
                        for (JsonNode operation : document) {
                            operate((ObjectNode) resource, operation);
                        }
                    }
                }
            } else if (document.path("$patch").asText().equals("delete")) {
                resources.removeIf(r -> patch.has("target") ? matches(target, r) : sameResource(document, r));
            } else {
                for (JsonNode resource : resources) {
                    if (patch.has("target") ? matches(target, resource) : sameResource(document, resource)) {
                        merge((ObjectNode) resource, document);
                    }
                }
            }
        }
    }

    private static boolean sameResource(JsonNode patch, JsonNode resource) {
        return patch.path("kind").asText().equals(resource.path("kind").asText())
                && patch.at("/metadata/name").asText().equals(resource.at("/metadata/name").asText());
    }

    private static boolean matches(JsonNode target, JsonNode resource) {
        if (target.has("kind") && !target.get("kind").asText().equals(resource.path("kind").asText())) {
            return false;
        }
        if (target.has("name") && !target.get("name").asText().equals(resource.at("/metadata/name").asText())) {
            return false;
        }
        return !target.has("group") || resource.path("apiVersion").asText().startsWith(target.get("group").asText() + "/");
    }

    /** Maps merge; lists of named items merge by name; other values replace. */
    private static void merge(ObjectNode into, JsonNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode existing = into.get(e.getKey());
            JsonNode value = e.getValue();
            if (existing instanceof ObjectNode object && value.isObject()) {
                merge(object, value);
            } else if (existing instanceof ArrayNode list && value.isArray() && isNamedList(value)) {
                for (JsonNode item : value) {
                    JsonNode same = null;
                    for (JsonNode old : list) {
                        if (old.path("name").equals(item.path("name"))) {
                            same = old;
                        }
                    }
                    if (same instanceof ObjectNode object) {
                        merge(object, item);
                    } else {
                        list.add(item.deepCopy());
                    }
                }
            } else {
                into.set(e.getKey(), value.deepCopy());
            }
        });
    }

    private static boolean isNamedList(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.has("name")) {
                return false;
            }
        }
        return !list.isEmpty();
    }

    private static void operate(ObjectNode resource, JsonNode operation) {
        String path = operation.get("path").asText();
        int cut = path.lastIndexOf('/');
        JsonNode parent = resource.at(path.substring(0, cut));
        String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        switch (operation.get("op").asText()) {
            case "replace", "add" -> {
                if (parent instanceof ArrayNode array) {
                    if (last.equals("-")) {
                        array.add(operation.get("value").deepCopy());
                    } else {
                        array.set(Integer.parseInt(last), operation.get("value").deepCopy());
                    }
                } else {
                    ((ObjectNode) parent).set(last, operation.get("value").deepCopy());
                }
            }
            case "remove" -> {
                if (parent instanceof ArrayNode array) {
                    array.remove(Integer.parseInt(last));
                } else {
                    ((ObjectNode) parent).remove(last);
                }
            }
            default -> throw new IllegalArgumentException("JSON patch operation " + operation.get("op") + " is not supported here");
        }
    }

    private static void setImage(List<JsonNode> resources, JsonNode image) {
        String name = image.get("name").asText();
        for (JsonNode resource : resources) {
            List<JsonNode> containers = new java.util.ArrayList<>();
            resource.at("/spec/template/spec/initContainers").forEach(containers::add);
            resource.at("/spec/template/spec/containers").forEach(containers::add);
            for (JsonNode container : containers) {
                String current = container.path("image").asText();
                int colon = current.lastIndexOf(':');
                String repository = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                if (repository.equals(name)) {
                    String newName = image.has("newName") ? image.get("newName").asText() : repository;
                    String newTag = image.has("newTag") ? image.get("newTag").asText() : tag;
                    ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }

}
