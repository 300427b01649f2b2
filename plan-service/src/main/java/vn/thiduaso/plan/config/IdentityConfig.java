package vn.thiduaso.plan.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token issuing and the first administrator of a fresh deployment. */
@ConfigMapping(prefix = "thiduaso.identity")
public interface IdentityConfig {

    /** How long an access token is valid. */
    @WithDefault("8h")
    Duration tokenLifetime();

    /**
     * When set and no administrator exists yet, an {@code admin} account with this password is
     * created at start (deployment bootstrap; demo data has its own admin).
     */
    Optional<String> bootstrapAdminPassword();
}
