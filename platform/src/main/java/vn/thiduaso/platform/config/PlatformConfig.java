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

    Consumer consumer();

    /** How every {@code @Incoming} handler treats failures (inbox.IdempotentConsumer, deadletter.DeadLetters). */
    interface Consumer {
        /**
         * Attempts of one record, the first included, when it fails transiently (inbox.TransientFailures:
         * the database away, a lock timeout…); after the last one it goes to the dead-letter topic.
         */
        @WithDefault("5")
        int maxAttempts();

        /** Pause before the second attempt; doubled before each later one, up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * PostgreSQL lock_timeout of a handler's transaction: a row held by someone else fails the
         * attempt (transient, so retried) instead of blocking the partition without bound.
         */
        @WithDefault("5s")
        Duration lockTimeout();

        /** The newest dead letters per partition an admin listing reads at most. */
        @WithDefault("2000")
        int deadLetterScanLimit();
    }

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

        /**
         * How long one send may wait for the broker before the wave gives up on it and retries later.
         * Also the bound on a wave's wait for acknowledgements; no row lock is held meanwhile.
         */
        @WithDefault("5s")
        Duration sendTimeout();

        /**
         * Failed attempts after which a row is parked: it keeps its error, is no longer retried and
         * no longer holds back the later rows of its aggregate (an admin may retry it).
         */
        @WithDefault("10")
        int maxAttempts();

        /** Wait after the first failed attempt of a row; doubled after each further failure. */
        @WithDefault("1s")
        Duration backoffInitial();

        /** The longest wait between two attempts of one row. */
        @WithDefault("1m")
        Duration backoffMax();

        /**
         * How long a claimed row belongs to the relay that claimed it. A relay that dies mid-wave
         * loses its claim after this time and another instance sends the row (at least once). Never
         * shorter than three send timeouts, so a live relay's claim does not expire under it.
         */
        @WithDefault("30s")
        Duration lease();
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
