package vn.gov.moj.thads.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client: per token subject for signed-in callers, per address on the public
 * endpoints. Buckets of idle clients expire.
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
        String key = subject != null ? "subject:" + subject : "address:" + address;
        long perMinute = subject != null ? limits.perSubjectPerMinute() : limits.publicPerMinute();
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
