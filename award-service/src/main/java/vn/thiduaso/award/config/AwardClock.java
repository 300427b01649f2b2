package vn.thiduaso.award.config;

import java.time.Clock;

import vn.thiduaso.platform.time.OffsetClock;

/**
 * The one source of "now" in award-service (round deadlines, voting windows, posting windows,
 * decisions). It is the system clock plus an offset that is zero in production; the offset can be
 * moved only where {@code thiduaso.award.clock-control-enabled=true} (the end-to-end stack), so that
 * a test moves past a posting window instead of sleeping.
 */
public class AwardClock extends OffsetClock {

    public AwardClock(Clock base) {
        super(base);
    }
}
