package vn.thiduaso.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every service shares; defaults live here, environment variables override them. */
@ConfigMapping(prefix = "thiduaso.platform")
public interface PlatformConfig {

    /** Name written as {@code producer} into every envelope, e.g. {@code plan-service}. */
    @WithDefault("${quarkus.application.name}")
    String serviceName();

    Outbox outbox();

    Jwt jwt();

    Idempotency idempotency();

    interface Idempotency {
        /** How long a create answered under an {@code Idempotency-Key} is replayed for that key. */
        @WithDefault("24h")
        Duration retention();
    }

    interface Outbox {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("100")
        int batchSize();

        /** Scheduler expression read by the relay's {@code @Scheduled}; kept here so it is documented and validated. */
        @WithDefault("1s")
        String pollInterval();

        @WithDefault("1s")
        String initialDelay();

        /** How long sent rows are kept (for inspection) before the hourly purge removes them. */
        @WithDefault("7d")
        Duration retention();

        /** How long one send may wait for the broker before the pass gives up and retries later. */
        @WithDefault("5s")
        Duration sendTimeout();
    }

    interface Jwt {
        @WithDefault("https://thiduaso.vn")
        String issuer();

        @WithDefault("thiduaso-api")
        String audience();

        /**
         * The {@code kid} header every access token carries and every service demands: a token naming
         * another key (or none) is refused. A key rotation moves to a new id.
         */
        @WithDefault("thiduaso-1")
        String keyId();

        /** Tolerated clock difference for {@code iat} and {@code nbf} (smallrye-jwt's own skew for {@code exp}). */
        @WithDefault("60s")
        Duration clockSkew();
    }

    RateLimit rateLimit();

    /**
     * Requests per commune (the {@code communePath} claim of the caller's token), all services alike:
     * a token bucket refilled at {@link #perSecond()} up to {@link #burst()}. The defaults are far above
     * what the people of one commune send, so only a runaway client or a flood meets the 429.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second of one commune. */
        @WithDefault("40")
        long perSecond();

        /** Requests one commune may send at once above the sustained rate. */
        @WithDefault("800")
        long burst();
    }
}
