package vn.thiduaso.notification.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of "now" in notification-service (deadline states, ladders, the reminder and mail
 * schedulers). A test replaces it with a clock it can move: any other {@link Clock} bean wins.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
