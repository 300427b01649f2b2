package vn.thiduaso.notification.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import vn.thiduaso.notification.config.NotificationConfig;

/**
 * Drains the mail outbox, never on a Kafka consumer thread (a blocking send there can hang the
 * channel: quarkusio/quarkus#28353). Two triggers: a transaction that wrote a PENDING mail wakes it
 * right after its commit ({@link MailQueued}, observed AFTER_SUCCESS), so a mail leaves within
 * milliseconds instead of waiting up to one poll interval; the poll (every 2 s) stays as the safety
 * net for retries, for mails written by another instance and for a nudge lost in a shutdown.
 * One pass at a time per instance; a nudge during a pass makes it go round once more.
 */
@ApplicationScoped
public class EmailSender {

    private final EmailDelivery delivery;
    private final NotificationConfig config;
    private volatile boolean stopping;
    private final ReentrantLock pass = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    /**
     * A plain thread, not a context-propagating executor: the nudge comes from a committing
     * transaction, and a pass must run in transactions of its own.
     */
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mail-nudge");
        thread.setDaemon(true);
        return thread;
    });

    public EmailSender(EmailDelivery delivery, NotificationConfig config) {
        this.delivery = delivery;
        this.config = config;
    }

    @Scheduled(identity = "email-sender", every = "${thiduaso.notification.mail.poll-interval:2s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void sendPending() {
        drain();
    }

    /** After the commit of a transaction that queued mail: send now. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (stopping) {
            return;
        }
        requested.set(true);
        try {
            nudges.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // shutting down: the mail stays PENDING for the next start
        }
    }

    void drain() {
        requested.set(true);
        if (stopping || !pass.tryLock()) {
            return;
        }
        try {
            while (requested.getAndSet(false) && !stopping) {
                sendBatches();
            }
        } finally {
            pass.unlock();
        }
    }

    private void sendBatches() {
        try {
            boolean more = true;
            while (more && !stopping) {
                more = false;
                for (int i = 0; i < config.mail().batchSize() && !stopping; i++) {
                    if (!delivery.sendNext()) {
                        return;
                    }
                    more = i == config.mail().batchSize() - 1;
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
        nudges.shutdownNow();
    }
}
