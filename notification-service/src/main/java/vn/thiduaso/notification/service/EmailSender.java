package vn.thiduaso.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import vn.thiduaso.notification.config.NotificationConfig;

/**
 * Drains the mail outbox on a scheduler thread, never on a Kafka consumer thread (a blocking send
 * there can hang the channel: quarkusio/quarkus#28353). Passes never overlap.
 */
@ApplicationScoped
public class EmailSender {

    private final EmailDelivery delivery;
    private final NotificationConfig config;
    private volatile boolean stopping;

    public EmailSender(EmailDelivery delivery, NotificationConfig config) {
        this.delivery = delivery;
        this.config = config;
    }

    @Scheduled(identity = "email-sender", every = "${thiduaso.notification.mail.poll-interval:2s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void sendPending() {
        try {
            for (int i = 0; i < config.mail().batchSize() && !stopping; i++) {
                if (!delivery.sendNext()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            // The database is unreachable or the like: nothing was lost, the next pass tries again.
            Log.warnf("Mail sender pass failed, will retry: %s", e.getMessage());
        }
    }

    /** A pass running while the application stops ends after its current mail. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
