package vn.thiduaso.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.TopicProvisioner;

/**
 * Moves committed outbox rows to Kafka, in waves, safely next to other instances of the service:
 * <ol>
 * <li>Claim (one short transaction): the oldest pending row of each aggregate (topic + key) that is
 * due and not leased by another relay, {@code FOR UPDATE SKIP LOCKED}, gets a lease
 * ({@code claimed_until}). Only the head of an aggregate is ever claimed, so no instance can send a
 * later event of an aggregate while an earlier one is unacknowledged.</li>
 * <li>Send, outside any transaction: no row lock is held while the broker is awaited, and the wait
 * is bounded by {@code send-timeout}.</li>
 * <li>Mark (another short transaction): acknowledged rows are sent; a failed row gets its error,
 * one more attempt and an exponential backoff ({@code next_attempt_at}); after {@code max-attempts}
 * it is parked. A failure holds back only the later rows of its own aggregate; a parked row holds
 * back nothing.</li>
 * </ol>
 * A relay that dies between claim and mark loses its lease after {@code lease}; another instance
 * then sends the row again (consumers are idempotent on {@code eventId}). Nothing is sent before
 * {@link TopicProvisioner} has created the topics.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The oldest pending row of each aggregate that is due and free, oldest first. */
    private static final String CLAIM = """
            with heads as (
                select distinct on (topic, message_key) event_id
                from outbox_event
                where sent_at is null and parked_at is null
                order by topic, message_key, seq
            )
            select e.* from outbox_event e join heads h on h.event_id = e.event_id
            where e.sent_at is null and e.parked_at is null
              and (e.claimed_until is null or e.claimed_until < now())
              and (e.next_attempt_at is null or e.next_attempt_at <= now())
            order by e.seq
            limit :n
            for update of e skip locked
            """;

    private final EntityManager em;
    private final OutboxPublisher publisher;
    private final PlatformConfig config;
    private final TopicProvisioner topics;
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
    private volatile boolean brokerAway;
    private final java.util.concurrent.locks.ReentrantLock pass = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicBoolean requested = new java.util.concurrent.atomic.AtomicBoolean();

    void onShutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        shuttingDown = true;
        executor.shutdownNow();
    }

    public OutboxRelay(EntityManager em, OutboxPublisher publisher, PlatformConfig config, TopicProvisioner topics) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
        this.topics = topics;
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
     * One pass at a time per instance; a request arriving during a pass makes that pass go round
     * again. A pass runs waves while they send something.
     */
    void relay() {
        requested.set(true);
        if (shuttingDown || !pass.tryLock()) {
            return;
        }
        try {
            while (requested.getAndSet(false) && !shuttingDown) {
                while (relayBatch() > 0 && !shuttingDown) {
                    // next wave: the rows that were behind the ones just sent
                }
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

    /**
     * Relays one wave (at most one row per aggregate, at most {@code batch-size} rows) and returns
     * how many rows the broker acknowledged. Runs its own short transactions; call it outside one.
     */
    public int relayBatch() {
        if (!topics.done()) {
            return 0;
        }
        List<OutboxEvent> wave = QuarkusTransaction.requiringNew().call(this::claimWave);
        if (wave.isEmpty()) {
            return 0;
        }
        Outcome outcome = send(wave);
        QuarkusTransaction.requiringNew().run(() -> record(outcome));
        return outcome.sent.size();
    }

    private List<OutboxEvent> claimWave() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> wave = em.createNativeQuery(CLAIM, OutboxEvent.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        if (!wave.isEmpty()) {
            em.createNativeQuery("update outbox_event set claimed_until = now() + :ms * interval '1 millisecond'"
                    + " where event_id in (:ids)")
                    .setParameter("ms", lease().toMillis())
                    .setParameter("ids", wave.stream().map(e -> e.eventId).toList())
                    .executeUpdate();
        }
        return wave;
    }

    /** Never shorter than three send timeouts: a live relay's wave always ends inside its lease. */
    Duration lease() {
        Duration floor = config.outbox().sendTimeout().multipliedBy(3);
        return config.outbox().lease().compareTo(floor) < 0 ? floor : config.outbox().lease();
    }

    /** Sends the wave and waits for the acknowledgements, never past one bounded deadline. */
    private Outcome send(List<OutboxEvent> wave) {
        long deadline = System.nanoTime() + config.outbox().sendTimeout().plusSeconds(2).toNanos();
        Outcome outcome = new Outcome();
        Map<OutboxEvent, Future<RecordMetadata>> acks = new LinkedHashMap<>();
        Map<String, Exception> unreachableTopics = new java.util.HashMap<>();
        for (OutboxEvent event : wave) {
            if (System.nanoTime() > deadline) {
                outcome.released.add(event.eventId); // not tried: back to the pool, no attempt charged
                continue;
            }
            Exception topicFailure = unreachableTopics.get(event.topic);
            if (topicFailure != null) {
                // Its metadata did not come within the timeout for an earlier row: do not wait again.
                outcome.failed.put(event, topicFailure);
                continue;
            }
            try {
                Future<RecordMetadata> ack = publisher.send(event);
                acks.put(event, ack);
                if (ack.isDone() && failure(ack) instanceof org.apache.kafka.common.errors.TimeoutException timeout) {
                    // send() waited max.block.ms for the topic's metadata in vain: the next row there would wait again.
                    unreachableTopics.put(event.topic, timeout);
                }
            } catch (Exception e) {
                outcome.failed.put(event, e);
                if (e instanceof org.apache.kafka.common.errors.TimeoutException) {
                    unreachableTopics.put(event.topic, e);
                }
            }
        }
        for (Map.Entry<OutboxEvent, Future<RecordMetadata>> ack : acks.entrySet()) {
            try {
                ack.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                outcome.sent.add(ack.getKey().eventId);
            } catch (ExecutionException e) {
                outcome.failed.put(ack.getKey(), e.getCause() instanceof Exception cause ? cause : e);
            } catch (java.util.concurrent.TimeoutException e) {
                outcome.failed.put(ack.getKey(), new org.apache.kafka.common.errors.TimeoutException(
                        "no acknowledgement within " + config.outbox().sendTimeout().plusSeconds(2)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome.released.add(ack.getKey().eventId);
            }
        }
        // Every send failed with a retriable error: is it the broker that is away, not the rows?
        outcome.brokerAway = outcome.sent.isEmpty() && !outcome.failed.isEmpty()
                && outcome.failed.values().stream().allMatch(RetriableException.class::isInstance)
                && !publisher.brokerReachable();
        return outcome;
    }

    private void record(Outcome outcome) {
        if (!outcome.sent.isEmpty()) {
            em.createNativeQuery("update outbox_event set sent_at = now(), claimed_until = null"
                    + " where event_id in (:ids) and sent_at is null")
                    .setParameter("ids", outcome.sent)
                    .executeUpdate();
        }
        if (!outcome.released.isEmpty()) {
            em.createNativeQuery("update outbox_event set claimed_until = null where event_id in (:ids) and sent_at is null")
                    .setParameter("ids", outcome.released)
                    .executeUpdate();
        }
        if (outcome.brokerAway) {
            if (!brokerAway) {
                Log.warnf("Kafka broker unreachable: %d outbox event(s) wait (not counted as failed attempts): %s",
                        outcome.failed.size(), describe(outcome.failed.values().iterator().next()));
            }
            brokerAway = true;
        } else if (brokerAway && !outcome.sent.isEmpty()) {
            brokerAway = false;
            Log.infof("Kafka broker reachable again: the outbox drains");
        }
        int maxAttempts = config.outbox().maxAttempts();
        for (Map.Entry<OutboxEvent, Exception> failure : outcome.failed.entrySet()) {
            OutboxEvent event = failure.getKey();
            String error = describe(failure.getValue());
            if (outcome.brokerAway) {
                em.createNativeQuery("update outbox_event set last_error = :error, claimed_until = null,"
                        + " next_attempt_at = now() + :ms * interval '1 millisecond' where event_id = :id and sent_at is null")
                        .setParameter("error", error)
                        .setParameter("ms", config.outbox().backoffInitial().toMillis())
                        .setParameter("id", event.eventId)
                        .executeUpdate();
                continue;
            }
            em.createNativeQuery("""
                    update outbox_event set attempts = attempts + 1, last_error = :error, claimed_until = null,
                        next_attempt_at = now() + least(:initial * power(2, least(attempts, 30)), :max) * interval '1 millisecond',
                        parked_at = case when attempts + 1 >= :maxAttempts then now() end
                    where event_id = :id and sent_at is null
                    """)
                    .setParameter("error", error)
                    .setParameter("initial", config.outbox().backoffInitial().toMillis())
                    .setParameter("max", config.outbox().backoffMax().toMillis())
                    .setParameter("maxAttempts", maxAttempts)
                    .setParameter("id", event.eventId)
                    .executeUpdate();
            int attempts = event.attempts + 1;
            if (attempts >= maxAttempts) {
                Log.warnf("Outbox event %s (%s, aggregate %s on %s) parked after %d failed attempts: %s."
                        + " Later events of the aggregate go on; an admin may retry it (POST /api/v1/admin/outbox/%s/retry)",
                        event.eventId, event.eventType, event.messageKey, event.topic, attempts, error, event.eventId);
            } else {
                Log.warnf("Outbox event %s (%s) not sent yet, attempt %d of %d: %s", event.eventId, event.eventType,
                        attempts, maxAttempts, error);
            }
        }
    }

    /** The failure of a completed send, or null. */
    private static Throwable failure(Future<RecordMetadata> ack) {
        try {
            ack.get(0, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        String s = e.getClass().getSimpleName() + ": " + e.getMessage();
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    /** What happened to the rows of one wave. */
    private static final class Outcome {
        final List<UUID> sent = new ArrayList<>();
        final List<UUID> released = new ArrayList<>();
        final Map<OutboxEvent, Exception> failed = new LinkedHashMap<>();
        boolean brokerAway;
    }
}
