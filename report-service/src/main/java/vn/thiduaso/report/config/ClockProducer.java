package vn.thiduaso.report.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;
import vn.thiduaso.platform.time.OffsetClock;

/**
 * The service's "now" for what depends on it in a view (a dashboard's "not yet due" against
 * "missing"): the system clock, which a test stands at a fixed day so it does not depend on the day
 * the suite runs.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    @Typed(OffsetClock.class)
    OffsetClock clock() {
        return new OffsetClock(Clock.systemUTC());
    }
}
