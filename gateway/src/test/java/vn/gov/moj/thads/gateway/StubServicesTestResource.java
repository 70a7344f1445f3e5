package vn.gov.moj.thads.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import vn.gov.moj.thads.deploy.FreePorts;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the three services, for testing the gateway's own behaviour (routing, pass-through,
 * time-outs, circuit breaking). Each echoes what it received. The case stand-in also stops and
 * restarts the complaint stand-in on request ({@code /__admin/complaint/stop|start}), so a test can
 * take a service down mid-test. The system tests run the gateway against the real services.
 * <p>
 * The gateway reaches each stand-in through a TCP relay that records every byte it sends, so a test
 * can check exactly what arrived at a service ({@code GET /__admin/received}: the bytes as ISO-8859-1
 * text, the requests the stand-ins parsed out of them, and those whose body broke off). Like the real services (Quarkus REST),
 * the stand-ins answer a GET or HEAD without waiting for a body.
 */
public class StubServicesTestResource implements QuarkusTestResourceLifecycleManager {

    /** What the case service's stand-in has received (its {@code /__admin/received}: the raw bytes, requests read whole, aborted ones). */
    static io.restassured.path.json.JsonPath received() {
        return io.restassured.path.json.JsonPath.from(receivedText());
    }

    /** The same as plain text: quick to search on a cold JVM, where JsonPath's first queries are slow. */
    static String receivedText() {
        return io.restassured.RestAssured.given().baseUri(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("thads.gateway.services.case-service", String.class))
                .get("/__admin/received").then().statusCode(200).extract().asString();
    }

    /** The requests the stand-in read whole whose URI carries this marker. */
    static java.util.List<Map<String, Object>> requestsMarked(String marker) {
        return received().<Map<String, Object>>getList("requests").stream()
                .filter(r -> String.valueOf(r.get("uri")).contains(marker)).toList();
    }


    private Vertx vertx;
    private NetClient relayClient;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, HttpServer> servers = new HashMap<>();
    private final Buffer received = Buffer.buffer();
    private final JsonArray requests = new JsonArray();
    /** Requests whose body never ended: the connection broke (or was reset) mid-body. */
    private final JsonArray aborted = new JsonArray();
    private final java.util.Set<String> flakyCalls = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        relayClient = vertx.createNetClient();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[]{"case-service", "complaint-service", "reporting-service"}) {
            ports.put(service, FreePorts.next());
            listen(service).toCompletionStage().toCompletableFuture().join();
            int relayPort = FreePorts.next();
            relay(relayPort, ports.get(service)).toCompletionStage().toCompletableFuture().join();
            config.put("thads.gateway.services." + service, "http://localhost:" + relayPort);
        }
        config.put("thads.gateway.timeout", "1s");
        config.put("thads.gateway.circuit-failures", "3");
        config.put("thads.gateway.circuit-reset", "2s");
        config.put("thads.gateway.rate-limit.per-subject-per-minute", "30");
        config.put("thads.gateway.rate-limit.public-per-minute", "100000");
        config.put("thads.gateway.max-body-bytes", "4096");
        return config;
    }

    /** Passes bytes both ways between the gateway and a stand-in, keeping a copy of what the gateway sent. */
    private Future<NetServer> relay(int relayPort, int servicePort) {
        return vertx.createNetServer().connectHandler(inbound -> {
            inbound.pause();
            relayClient.connect(servicePort, "localhost").onSuccess(outbound -> {
                inbound.handler(bytes -> {
                    synchronized (received) {
                        received.appendBuffer(bytes);
                    }
                    outbound.write(bytes);
                });
                outbound.handler(inbound::write);
                inbound.closeHandler(v -> outbound.close());
                outbound.closeHandler(v -> inbound.close());
                inbound.resume();
            }).onFailure(e -> inbound.close());
        }).listen(relayPort);
    }

    private Future<HttpServer> listen(String service) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD || request.path().endsWith("/early")) {
                // answered at once, as Quarkus REST answers a resource that reads no body (or refuses early)
                record(service, request, Buffer.buffer());
                handle(service, request, Buffer.buffer());
            } else {
                request.body().onSuccess(body -> {
                    record(service, request, body);
                    handle(service, request, body);
                }).onFailure(broken -> recordAborted(service, request));
            }
        });
        servers.put(service, server);
        return server.listen(ports.get(service));
    }

    private void record(String service, HttpServerRequest request, Buffer body) {
        if (request.path().startsWith("/__admin/")) {
            return;
        }
        synchronized (received) {
            requests.add(new JsonObject().put("service", service).put("method", request.method().name())
                    .put("uri", request.uri()).put("contentLength", request.getHeader("Content-Length"))
                    .put("transferEncoding", request.getHeader("Transfer-Encoding"))
                    .put("body", body.toString(StandardCharsets.UTF_8)));
        }
    }

    private void recordAborted(String service, HttpServerRequest request) {
        synchronized (received) {
            aborted.add(new JsonObject().put("service", service).put("method", request.method().name()).put("uri", request.uri()));
        }
    }

    private void handle(String service, HttpServerRequest request, Buffer body) {
        String path = request.path();
        var response = request.response();
        if (path.equals("/__admin/received")) {
            synchronized (received) {
                response.putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("bytes", received.toString(StandardCharsets.ISO_8859_1)).put("requests", requests.copy())
                        .put("aborted", aborted.copy()).encode());
            }
            return;
        }
        if (path.equals("/api/v1/officers/me")) {
            // the case service's answer about the token's own officer record: by the login the token names (its "sub")
            String subject = String.valueOf(request.getHeader("Authorization")).replaceFirst("^Bearer ", "");
            String[] parts = subject.split("\\.");
            String sub = parts.length == 3 ? new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8)).getString("sub", "") : "";
            if (sub.startsWith("unregistered")) {
                response.setStatusCode(404).putHeader("Content-Type", "application/problem+json").end("{\"status\":404}");
            } else {
                response.putHeader("Content-Type", "application/json").end(new JsonObject().put("id", java.util.UUID.randomUUID().toString())
                        .put("agencyCode", "19.05").put("active", !sub.startsWith("deactivated")).encode());
            }
            return;
        }
        if (path.startsWith("/__admin/complaint/")) {
            if (path.endsWith("/stop")) {
                servers.remove("complaint-service").close().onComplete(done -> response.end("stopped"));
            } else {
                listen("complaint-service").onComplete(done -> response.end("started"));
            }
            return;
        }
        if (path.endsWith("/flaky") && flakyCalls.add(String.valueOf(request.getParam("call")))) {
            // a service gone mid-request (a pod killed): the connection ends without an answer, once per call
            request.connection().close();
            return;
        }
        if (path.endsWith("/slow")) {
            vertx.setTimer(3000, t -> response.end("late"));
            return;
        }
        if (path.endsWith("/problem")) {
            response.setStatusCode(412).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"urn:thads:problem:stale-version\",\"title\":\"Precondition failed\",\"status\":412}");
            return;
        }
        if (path.endsWith("/unavailable")) {
            // what the reporting service answers when the case service it asks is down
            response.setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"urn:thads:problem:case-service-unavailable\",\"title\":\"Service unavailable\",\"status\":503}");
            return;
        }
        if (path.endsWith("/created")) {
            // an absolute URL on the service's own (internal) address, as JAX-RS makes of a relative one
            response.setStatusCode(201).putHeader("ETag", "\"7\"")
                    .putHeader("Location", "http://" + request.authority() + "/api/v1/cases/42");
        }
        if (path.endsWith("/cached")) {
            // the open data's caching rule, and headers the gateway sets itself, as a service (or a compromised one) answers them
            response.putHeader("Cache-Control", "no-transform, max-age=300").putHeader("Vary", "Accept")
                    .putHeader("X-Frame-Options", "SAMEORIGIN").putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")));
        }
        if (path.endsWith("/elsewhere")) {
            response.setStatusCode(303).putHeader("Location", "https://dichvucong.gov.vn/huong-dan");
        }
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        response.putHeader("Content-Type", "application/json; charset=UTF-8").end(new JsonObject()
                .put("service", service).put("method", request.method().name()).put("path", path)
                .put("query", request.query()).put("headers", headers).put("body", body.toString(StandardCharsets.UTF_8))
                // every value, as "headers" keeps only the last of a repeated header
                .put("traceparents", new JsonArray(request.headers().getAll("traceparent")))
                .put("repeatedHeaders", new JsonArray(request.headers().names().stream()
                        .filter(name -> request.headers().getAll(name).size() > 1).toList())).encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
