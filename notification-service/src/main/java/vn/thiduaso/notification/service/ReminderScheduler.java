package vn.thiduaso.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import vn.thiduaso.notification.config.NotificationConfig;

/**
 * The reminder clock of this instance: every poll it sends what is due (batch after batch) and
 * then the day's digests. Several instances may run it side by side (the claims decide who does what).
 */
@ApplicationScoped
public class ReminderScheduler {

    private final ReminderDispatcher dispatcher;
    private final DigestService digests;
    private final NotificationConfig config;
    private final java.time.Clock clock;
    private volatile boolean stopping;

    public ReminderScheduler(ReminderDispatcher dispatcher, DigestService digests, NotificationConfig config,
            java.time.Clock clock) {
        this.dispatcher = dispatcher;
        this.digests = digests;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "reminders", every = "${thiduaso.notification.reminders.poll-interval:30s}",
            delayed = "5s", concurrentExecution = ConcurrentExecution.SKIP)
    void tick() {
        if (!config.reminders().enabled() || stopping) {
            return;
        }
        try {
            int batch = config.reminders().batchSize();
            while (!stopping && dispatcher.dispatchDue(clock.instant(), batch) == batch) {
                // a full batch: there may be more
            }
            while (!stopping && digests.sendDue(clock.instant(), batch) == batch) {
                // more users waiting for their digest
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                // nothing was lost: the rows of the failed batch are still SCHEDULED
                Log.warnf("Reminder pass failed, will retry: %s", e.getMessage());
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
