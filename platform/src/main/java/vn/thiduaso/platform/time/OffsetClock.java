package vn.thiduaso.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service's one source of "now": the system clock plus an offset that is zero in production. A
 * test (or, where a service allows it, the end-to-end stack) moves the offset to stand at a given
 * day instead of depending on the day the suite runs.
 */
public class OffsetClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public OffsetClock(Clock base) {
        this.base = base;
    }

    public Duration offset() {
        return offset.get();
    }

    public void setOffset(Duration d) {
        offset.set(d == null ? Duration.ZERO : d);
    }

    /** Moves the offset so that now is {@code instant} (and runs on from there). */
    public void standAt(Instant instant) {
        setOffset(Duration.between(base.instant(), instant));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
