package vn.gov.moj.thads.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenAPI document for the whole system, so a front-end developer needs a single page: the
 * gateway's own API and every service's, merged. A service that is down is left out and named.
 */
@Path("/api/v1/openapi")
@Tag(name = "API documentation")
@jakarta.inject.Singleton // one instance, so that the document it keeps is kept for every request, whatever the default
public class ApiDocsResource {

    private static final Logger LOG = Logger.getLogger(ApiDocsResource.class);

    /**
     * How long a whole merged document is answered from memory: each one is four calls and a merge, and anyone may ask
     * (the public limit holds each address, not all of them); a service's new version shows within this time.
     */
    private static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private record Merged(JsonNode document, long madeAt) {
    }

    private volatile Merged kept;
    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance with the services
            .connectTimeout(Duration.ofSeconds(2)).build();

    public ApiDocsResource(GatewayConfig config, ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.config = config;
        this.mapper = mapper;
        this.port = port;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of every service, merged")
    public JsonNode merged() {
        Merged last = kept;
        if (last != null && System.nanoTime() - last.madeAt() < KEPT_FOR.toNanos()) {
            return last.document();
        }
        List<String> missing = new ArrayList<>();
        Map<String, JsonNode> documents = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>(config.services().byName());
        sources.put("gateway", "http://localhost:" + port);
        sources.forEach((name, url) -> {
            JsonNode doc = fetch(url + "/q/openapi?format=json");
            if (doc == null) {
                missing.add(name);
            } else {
                documents.put(name, doc);
            }
        });
        JsonNode merged = OpenApiMerge.merge(mapper, documents, missing);
        // kept whole only: a service that was down is asked again on the next call
        kept = missing.isEmpty() ? new Merged(merged, System.nanoTime()) : null;
        return merged;
    }

    private JsonNode fetch(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? mapper.readTree(response.body()) : null;
        } catch (IOException e) {
            LOG.debugf("No API document from %s: %s", url, e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
