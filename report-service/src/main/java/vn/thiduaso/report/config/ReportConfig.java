package vn.thiduaso.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** report-service's own settings ({@code thiduaso.report.*}; environment variables override). */
@ConfigMapping(prefix = "thiduaso.report")
public interface ReportConfig {

    /**
     * Working days a unit gets to send a returned (or reopened) report again when the office names
     * no date: the new due date is today + this many working days + 1 ("trước ngày …": the unit has
     * that many whole working days).
     */
    @WithDefault("5")
    int returnWorkingDays();
}
