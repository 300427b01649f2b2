package vn.thiduaso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: the system clock, or moved by a test ("the clock jumps"). Replaces
 * the default Clock bean for the whole module (one Quarkus boot); a test that moves it puts it back
 * in a finally block.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on the service believes it is {@code at} (and time goes on from there). */
    public void jumpTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
