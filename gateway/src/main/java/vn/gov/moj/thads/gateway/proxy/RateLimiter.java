package vn.gov.moj.thads.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.IntSupplier;

/**
 * A token bucket per client: per token subject for signed-in callers, per address on the public
 * endpoints; and per address for the bearer tokens the gateway refused, so that a client sending
 * forged or stale tokens cannot make it verify without end. Buckets of idle clients expire.
 * <p>
 * Each pod keeps its own buckets, and the proxies spread a client's requests over the pods: a request costs as many
 * tokens as there are pods ({@link GatewayPeers}), so that the pods together let a client through at the configured
 * rate, not that times their number (session 22's review: up to 8 times in production, more the harder the client
 * pushed the autoscaler). That holds while a limit is above the pod count (a pod count above it costs the whole bucket).
 * The refused tokens' limit stays a pod's own: it spares each pod's CPU the signature checks, and shared it would let
 * one client behind an office's address lock the whole office out of new tokens N times sooner.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final GatewayConfig.RateLimit limits;
    private final IntSupplier pods;

    @Inject
    public RateLimiter(GatewayConfig config, GatewayPeers peers) {
        this(config.rateLimit(), peers::count);
    }

    RateLimiter(GatewayConfig.RateLimit limits, IntSupplier pods) {
        this.limits = limits;
        this.pods = pods;
    }

    /** Empty when the request may go on; else the seconds to wait before the next one. */
    public OptionalLong tryAcquire(String subject, String address) {
        long perMinute = subject != null ? limits.perSubjectPerMinute() : limits.publicPerMinute();
        Bucket bucket = bucket(subject != null ? "subject:" + subject : "address:" + address, perMinute);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(cost(perMinute));
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Empty when this address may have a new token verified; else the seconds until it may. */
    public OptionalLong verificationWait(String address) {
        EstimationProbe estimate = refusals(address).estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(estimate.getNanosToWaitForRefill()));
    }

    /** A token from this address was refused. */
    public void refused(String address) {
        refusals(address).tryConsume(1);
    }

    /** One request's share of a bucket of {@code perMinute} tokens shared by every pod. */
    private long cost(long perMinute) {
        return Math.min(Math.max(1, pods.getAsInt()), perMinute);
    }

    private Bucket refusals(String address) {
        return bucket("refused:" + address, limits.refusedTokensPerMinute());
    }

    private Bucket bucket(String key, long perMinute) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
