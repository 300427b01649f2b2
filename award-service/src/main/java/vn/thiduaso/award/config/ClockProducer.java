package vn.thiduaso.award.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** Produces the service's {@link AwardClock}; inject {@link Clock} everywhere. A test may replace it. */
public class ClockProducer {

    // @Typed: the AwardClock bean is not also a Clock bean, else injecting Clock is ambiguous
    @Produces
    @Singleton
    @DefaultBean
    @jakarta.enterprise.inject.Typed(AwardClock.class)
    AwardClock awardClock() {
        return new AwardClock(Clock.systemUTC());
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(AwardClock awardClock) {
        return awardClock;
    }
}
