package vn.thiduaso.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The dashboards' settings ({@code thiduaso.dashboard.*}; environment variables override). */
@ConfigMapping(prefix = "thiduaso.dashboard")
public interface DashboardConfig {

    /**
     * PostgreSQL {@code work_mem} for the dashboards' roll-ups (SET LOCAL, their transaction only):
     * the server's 4MB default makes a city-wide attainment spill its sorts to disk; 32MB keeps
     * them in memory (scripts/bench-dashboard.sh: ~1.6 s → ~1.0 s on 100 000 reports). A number
     * with kB, MB or GB.
     */
    @WithDefault("32MB")
    String workMem();
}
