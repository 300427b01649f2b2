package vn.thiduaso.award.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the public side of the award cycle and of the test clock. */
@ConfigMapping(prefix = "thiduaso.award")
public interface AwardCycleConfig {

    /**
     * {@code PUT /api/v1/admin/clock} may move the award clock (the end-to-end stack moves past a posting
     * window instead of sleeping). Off everywhere else: the endpoint answers 404.
     */
    @WithDefault("false")
    boolean clockControlEnabled();

    /** Objections one client address may send per hour (the public form has no captcha). */
    @WithDefault("5")
    int objectionsPerHour();
}
