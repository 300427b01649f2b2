package vn.thiduaso.platform.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import vn.thiduaso.platform.config.PlatformConfig;

/**
 * One Bucket4j token bucket per commune: {@code perSecond} requests refilled greedily every second up to
 * {@code burst}. The limits come from {@link PlatformConfig.RateLimit} at start; {@link #configure} changes
 * them while the service runs (tests, or an operator's hook), and every bucket starts full again.
 */
@ApplicationScoped
public class CommuneRateLimiter {

    /** Communes are a few thousand at most; past this the map is cleared rather than grown (buckets refill anyway). */
    private static final int MAX_KEYS = 50_000;

    /** The limits in force. */
    public record Limits(boolean enabled, long perSecond, long burst) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Limits defaults;
    private volatile Limits limits;

    public CommuneRateLimiter(PlatformConfig config) {
        PlatformConfig.RateLimit c = config.rateLimit();
        this.defaults = new Limits(c.enabled(), c.perSecond(), c.burst());
        this.limits = defaults;
    }

    public Limits limits() {
        return limits;
    }

    public void configure(Limits value) {
        if (value.perSecond() < 1 || value.burst() < 1) {
            throw new IllegalArgumentException("perSecond and burst must be at least 1");
        }
        limits = value;
        buckets.clear();
    }

    /** Back to the configured limits, every bucket full. */
    public void reset() {
        configure(defaults);
    }

    /** Empty when the request may go on, else the whole seconds to wait before the next one is let through. */
    public OptionalLong tryAcquire(String commune) {
        Limits current = limits;
        if (!current.enabled()) {
            return OptionalLong.empty();
        }
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(commune, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(current.burst()).refillGreedy(current.perSecond(), Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / (double) TimeUnit.SECONDS.toNanos(1))));
    }
}
