package vn.thiduaso.award.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now" in award-service (round deadlines, voting windows, posting windows,
 * decisions). It is the system clock plus an offset that is zero in production; the offset can be
 * moved only where {@code thiduaso.award.clock-control-enabled=true} (the end-to-end stack), so that
 * a test moves past a posting window instead of sleeping.
 */
public class AwardClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public AwardClock(Clock base) {
        this.base = base;
    }

    public Duration offset() {
        return offset.get();
    }

    public void setOffset(Duration d) {
        offset.set(d == null ? Duration.ZERO : d);
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
