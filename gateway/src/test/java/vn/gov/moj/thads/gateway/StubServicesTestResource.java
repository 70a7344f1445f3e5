package vn.gov.moj.thads.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the three services, for testing the gateway's own behaviour (routing, pass-through,
 * time-outs, circuit breaking). Each echoes what it received. The case stand-in also stops and
 * restarts the complaint stand-in on request ({@code /__admin/complaint/stop|start}), so a test can
 * take a service down mid-test. The system tests run the gateway against the real services.
 */
public class StubServicesTestResource implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, HttpServer> servers = new HashMap<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        for (String service : new String[]{"case-service", "complaint-service", "reporting-service"}) {
            ports.put(service, freePort());
            listen(service).toCompletionStage().toCompletableFuture().join();
        }
        Map<String, String> config = new HashMap<>();
        ports.forEach((service, port) -> config.put("thads.gateway.services." + service, "http://localhost:" + port));
        config.put("thads.gateway.timeout", "1s");
        config.put("thads.gateway.circuit-failures", "3");
        config.put("thads.gateway.circuit-reset", "2s");
        config.put("thads.gateway.rate-limit.per-subject-per-minute", "30");
        config.put("thads.gateway.rate-limit.public-per-minute", "1000");
        config.put("thads.gateway.max-body-bytes", "4096");
        return config;
    }

    private io.vertx.core.Future<HttpServer> listen(String service) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String path = request.path();
            if (path.startsWith("/__admin/complaint/")) {
                if (path.endsWith("/stop")) {
                    servers.remove("complaint-service").close().onComplete(done -> request.response().end("stopped"));
                } else {
                    listen("complaint-service").onComplete(done -> request.response().end("started"));
                }
                return;
            }
            if (path.endsWith("/slow")) {
                vertx.setTimer(3000, t -> request.response().end("late"));
                return;
            }
            var response = request.response();
            if (path.endsWith("/problem")) {
                response.setStatusCode(412).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"urn:thads:problem:stale-version\",\"title\":\"Precondition failed\",\"status\":412}");
                return;
            }
            if (path.endsWith("/created")) {
                response.setStatusCode(201).putHeader("ETag", "\"7\"").putHeader("Location", "http://case-service/api/v1/cases/42");
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            response.putHeader("Content-Type", "application/json; charset=UTF-8").end(new JsonObject()
                    .put("service", service).put("method", request.method().name()).put("path", path)
                    .put("query", request.query()).put("headers", headers).put("body", body.toString("UTF-8"))
                    // every value, as "headers" keeps only the last of a repeated header
                    .put("traceparents", new JsonArray(request.headers().getAll("traceparent")))
                    .put("repeatedHeaders", new JsonArray(request.headers().names().stream()
                            .filter(name -> request.headers().getAll(name).size() > 1).toList())).encode());
        }));
        servers.put(service, server);
        return server.listen(ports.get(service));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
