package vn.thiduaso.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.RecordMetadata;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import vn.thiduaso.platform.config.PlatformConfig;

/**
 * Moves committed outbox rows to Kafka. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances of a service can relay side by side without sending a row twice at once. A
 * row is marked sent only after the broker acknowledged it; on failure it stays (with the error
 * and attempt count) and the pass stops, so later events of the same aggregate do not overtake it.
 */
@ApplicationScoped
public class OutboxRelay {

    private final EntityManager em;
    private final OutboxPublisher publisher;
    private final PlatformConfig config;
    /**
     * A plain thread, deliberately not a context-propagating ManagedExecutor: the nudge comes from
     * a committing transaction, and a pass that inherited that transaction would send rows without
     * ever committing them as sent (they would go out twice).
     */
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-nudge");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean shuttingDown;
    private final java.util.concurrent.locks.ReentrantLock pass = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicBoolean requested = new java.util.concurrent.atomic.AtomicBoolean();

    void onShutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        shuttingDown = true;
        executor.shutdownNow();
    }

    public OutboxRelay(EntityManager em, OutboxPublisher publisher, PlatformConfig config) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
    }

    /** The poll: catches what a nudge missed and retries after failures. */
    @Scheduled(every = "${thiduaso.platform.outbox.poll-interval:1s}", delayed = "${thiduaso.platform.outbox.initial-delay:1s}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = OutboxDisabled.class)
    void poll() {
        relay();
    }

    /**
     * Called after a transaction that wrote events has committed ({@link Outbox}), so an event
     * leaves within milliseconds instead of waiting for the next poll.
     */
    void nudge() {
        if (config.outbox().enabled() && !shuttingDown) {
            try {
                executor.execute(this::relay);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shutting down: the rows stay in the outbox for the next start
            }
        }
    }

    /**
     * One pass at a time per instance (so this instance never sends its rows out of order); a
     * request arriving during a pass makes that pass go round again.
     */
    void relay() {
        requested.set(true);
        if (shuttingDown || !pass.tryLock()) {
            return;
        }
        try {
            while (requested.getAndSet(false) && !shuttingDown) {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == config.outbox().batchSize());
            }
        } catch (RuntimeException e) {
            if (!shuttingDown) {
                Log.warnf("Outbox relay pass failed, will retry: %s", e.getMessage());
            }
        } finally {
            pass.unlock();
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = ConcurrentExecution.SKIP)
    void purge() {
        if (!shuttingDown) {
            purgeSent();
        }
    }

    /** Removes rows sent longer ago than the retention; unsent rows are never touched. */
    @Transactional
    public int purgeSent() {
        int removed = em.createQuery("delete from OutboxEvent e where e.sentAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.outbox().retention()))
                .executeUpdate();
        if (removed > 0) {
            Log.infof("Purged %d sent outbox event(s)", removed);
        }
        return removed;
    }

    /** Relays one batch; returns how many rows were sent. */
    @Transactional
    public int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(
                "select * from outbox_event where sent_at is null order by seq limit :n for update skip locked",
                OutboxEvent.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        int sent = 0;
        try {
            for (OutboxEvent event : batch) {
                acks.add(publisher.send(event));
            }
            long timeout = config.outbox().sendTimeout().toMillis() + 2000;
            for (int i = 0; i < batch.size(); i++) {
                acks.get(i).get(timeout, TimeUnit.MILLISECONDS);
                batch.get(i).sentAt = Instant.now();
                sent++;
            }
        } catch (Exception e) {
            OutboxEvent failed = batch.get(sent);
            failed.attempts++;
            failed.lastError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
            Log.warnf("Outbox event %s (%s) not sent yet, attempt %d: %s", failed.eventId, failed.eventType,
                    failed.attempts, failed.lastError);
        }
        return sent;
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
