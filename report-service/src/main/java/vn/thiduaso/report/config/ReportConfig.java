package vn.thiduaso.report.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of report-service; environment variables override the defaults. */
@ConfigMapping(prefix = "thiduaso.report")
public interface ReportConfig {

    Idempotency idempotency();

    interface Idempotency {
        /** How long a create answered under an {@code Idempotency-Key} is replayed for that key. */
        @WithDefault("24h")
        Duration retention();
    }
}
