package vn.thiduaso.platform.outbox;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled.SkipPredicate;
import io.quarkus.scheduler.ScheduledExecution;
import vn.thiduaso.platform.config.PlatformConfig;

/** Lets a focused test switch the scheduled relay off and drive {@link OutboxRelay#relayBatch()} itself. */
@Singleton
public class OutboxDisabled implements SkipPredicate {

    private final PlatformConfig config;

    public OutboxDisabled(PlatformConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.outbox().enabled();
    }
}
