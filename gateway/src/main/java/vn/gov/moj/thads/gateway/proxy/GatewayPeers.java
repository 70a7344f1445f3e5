package vn.gov.moj.thads.gateway.proxy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many gateway pods share the rate limits ({@link RateLimiter}): the addresses of a headless Service's name, which
 * Kubernetes's DNS answers with its ready pods. Read every 5 s, one lookup at a time (a lookup while DNS is down can take
 * longer than that, and must neither pile up on the worker threads that verify tokens nor end after a newer one); the
 * JVM keeps an answer {@code sun.net.inetaddr.ttl} seconds (5 in the gateway's ConfigMap; 30 by default). When the name
 * cannot be resolved the last count stands; before the first answer this pod counts as alone.
 */
@ApplicationScoped
public class GatewayPeers {

    private static final Logger LOG = Logger.getLogger(GatewayPeers.class);
    private static final long REFRESH_MILLIS = 5_000;

    /** Resolves a name to its addresses ({@link InetAddress#getAllByName} but in tests). */
    public interface Resolver {
        InetAddress[] addressesOf(String name) throws UnknownHostException;
    }

    private final Optional<String> name;
    private final Resolver resolver;
    private final AtomicInteger count = new AtomicInteger(1);
    private final AtomicBoolean looking = new AtomicBoolean();
    private volatile boolean warned;

    @Inject
    public GatewayPeers(GatewayConfig config, MeterRegistry registry) {
        this(config.rateLimit().peers(), InetAddress::getAllByName);
        Gauge.builder("thads_gateway_peers", count, AtomicInteger::get)
                .description("Gateway pods the rate limits are shared between").register(registry);
    }

    /** At start, then every 5 s, on a worker thread (the resolver blocks); a tick while a lookup runs is skipped. */
    void schedule(@Observes StartupEvent started, Vertx vertx) {
        if (name.isPresent()) {
            vertx.setPeriodic(1, REFRESH_MILLIS, timer -> {
                if (looking.compareAndSet(false, true)) {
                    vertx.executeBlocking(() -> {
                        try {
                            refresh();
                        } finally {
                            looking.set(false);
                        }
                        return null;
                    }, false);
                }
            });
        }
    }

    GatewayPeers(Optional<String> name, Resolver resolver) {
        this.name = name.filter(n -> !n.isBlank()).map(String::strip);
        this.resolver = resolver;
    }

    /** The pods sharing the limits, this one included: at least 1. */
    public int count() {
        return count.get();
    }

    void refresh() {
        if (name.isEmpty()) {
            return;
        }
        try {
            InetAddress[] addresses = resolver.addressesOf(name.get());
            // a dual-stack Service answers each pod twice, once per family
            long v4 = Arrays.stream(addresses).filter(a -> a instanceof Inet4Address).distinct().count();
            long v6 = Arrays.stream(addresses).filter(a -> a instanceof Inet6Address).distinct().count();
            int pods = (int) Math.max(v4, v6);
            // during a rolling update this pod may be ready before DNS lists it: never fewer than one
            count.set(Math.max(1, pods));
            warned = false;
        } catch (UnknownHostException | SecurityException e) {
            if (!warned) {
                warned = true;
                LOG.warnf("Cannot resolve the gateway's peers (%s): the rate limits stay shared between %d pod(s)", name.get(), count.get());
            }
        }
    }
}
