package vn.thiduaso.plan.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token issuing, sign-in lockout and the first administrator of a fresh deployment. */
@ConfigMapping(prefix = "thiduaso.identity")
public interface IdentityConfig {

    /** How long an access token is valid (at most 15 minutes is the rule; the refresh token renews it). */
    @WithDefault("15m")
    Duration tokenLifetime();

    /** How long a refresh token (one rotation step of a sign-in) is valid. */
    @WithDefault("14d")
    Duration refreshTokenLifetime();

    /** Wrong passwords within {@link #failureWindow()} that lock the account. */
    @WithDefault("5")
    int maxFailures();

    @WithDefault("15m")
    Duration failureWindow();

    @WithDefault("15m")
    Duration lockDuration();

    /**
     * Failed sign-ins (password or client secret) one client address may make within
     * {@link #addressFailureWindow()} before it gets 429 (whatever the accounts tried).
     */
    @WithDefault("40")
    long addressMaxFailures();

    @WithDefault("15m")
    Duration addressFailureWindow();

    /**
     * When set and no administrator exists yet, an {@code admin} account with this password is
     * created at start (deployment bootstrap; demo data has its own admin).
     */
    Optional<String> bootstrapAdminPassword();
}
