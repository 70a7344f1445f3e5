package vn.gov.moj.thads.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client: per token subject for signed-in callers, per address on the public
 * endpoints; and per address for the bearer tokens the gateway refused, so that a client sending
 * forged or stale tokens cannot make it verify without end. Buckets of idle clients expire.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();
    private final GatewayConfig.RateLimit limits;

    public RateLimiter(GatewayConfig config) {
        this.limits = config.rateLimit();
    }

    /** Empty when the request may go on; else the seconds to wait before the next one. */
    public OptionalLong tryAcquire(String subject, String address) {
        Bucket bucket = subject != null ? bucket("subject:" + subject, limits.perSubjectPerMinute())
                : bucket("address:" + address, limits.publicPerMinute());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
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
