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

        /** How long one send may wait for the broker before the pass gives up and retries later. */
        @WithDefault("5s")
        Duration sendTimeout();
    }

    interface Jwt {
        @WithDefault("https://thiduaso.vn")
        String issuer();

        @WithDefault("thiduaso-api")
        String audience();
    }
}
