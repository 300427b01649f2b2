package vn.thiduaso.plan.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bucket;
import io.quarkus.logging.Log;
import vn.thiduaso.plan.config.IdentityConfig;
import vn.thiduaso.platform.problem.TooManyRequestsException;

/**
 * Failed sign-ins per client address (password and client-credentials alike), a Bucket4j bucket each:
 * {@code address-max-failures} failures, refilled evenly over {@code address-failure-window}. An empty
 * bucket answers 429 with {@code Retry-After} before the credentials are even checked, so guessing
 * across many accounts from one address stops too; the per-account lock (five wrong passwords) stays.
 * Successful sign-ins cost nothing, so a school behind one address signs in as usual.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String TOO_MANY = "Quá nhiều lần đăng nhập sai từ địa chỉ này; hãy thử lại sau %d giây";
    private static final int MAX_ADDRESSES = 100_000;

    /** The limits in force. */
    public record Limits(long failures, Duration window) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Limits defaults;
    private volatile Limits limits;

    public SignInThrottle(IdentityConfig identity) {
        this.defaults = new Limits(identity.addressMaxFailures(), identity.addressFailureWindow());
        this.limits = defaults;
    }

    /** Other limits while the service runs (tests); every address starts afresh. */
    public void configure(Limits value) {
        if (value.failures() < 1 || value.window().isNegative() || value.window().isZero()) {
            throw new IllegalArgumentException("failures and window must be positive");
        }
        limits = value;
        buckets.clear();
    }

    public void reset() {
        configure(defaults);
    }

    /** Throws 429 when the address has used up its failures. */
    public void check(String address) {
        Bucket bucket = address == null ? null : buckets.get(address);
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            long seconds = Math.max(1, (long) Math.ceil(nanos / (double) TimeUnit.SECONDS.toNanos(1)));
            Log.infof("Sign-in refused: too many failures from one address (retry in %d s)", seconds);
            throw new TooManyRequestsException(TOO_MANY.formatted(seconds), seconds);
        }
    }

    /** Counts one failed sign-in of the address. */
    public void failed(String address) {
        if (address == null) {
            return;
        }
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        Limits current = limits;
        buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(current.failures()).refillGreedy(current.failures(), current.window()))
                .build())
                .tryConsume(1);
    }
}
