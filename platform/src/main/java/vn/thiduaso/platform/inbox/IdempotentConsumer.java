package vn.thiduaso.platform.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;

/**
 * How every {@code @Incoming} handler applies an event: parse the envelope, record its id in the
 * inbox and apply the effect, all in one transaction. A redelivered event changes nothing.
 * <ul>
 * <li>Poison (not an envelope, a type outside the catalogue, a version or payload the handler refuses,
 * any failure {@link TransientFailures} does not call transient) is thrown at once: the record is
 * nacked and the channel's dead-letter strategy moves it to {@code dlt.<service>} with the reason,
 * original topic, partition and offset in headers; the partition goes on with the next record.</li>
 * <li>A transient failure (the database away, a lock held past {@code lock-timeout}) rolls back and
 * is retried in a new transaction with exponential backoff ({@code thiduaso.platform.consumer.*}),
 * and is dead-lettered only after the last attempt.</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final PlatformConfig config;
    private final Validator validator;
    private final EntityManager em;

    public IdempotentConsumer(EventJson json, Inbox inbox, PlatformConfig config, Validator validator,
            EntityManager em) {
        this.json = json;
        this.inbox = inbox;
        this.config = config;
        this.validator = validator;
        this.em = em;
    }

    /**
     * The way a consumer applies a record: envelope, inbox row and the matching handler of
     * {@code handlers} (type, version, tolerant binding, Bean Validation) in one transaction, retried
     * on a transient failure. A tombstone (null value on a compacted topic) is ignored.
     *
     * @return true when a handler ran
     */
    public boolean dispatch(String recordValue, EventHandlers handlers) {
        return apply(recordValue, handlers) == DispatchOutcome.APPLIED;
    }

    /** {@link #dispatch} telling what happened (an admin replay reports it). */
    public DispatchOutcome apply(String recordValue, EventHandlers handlers) {
        if (recordValue == null) {
            Log.debugf("Ignoring a tombstone on %s", handlers.topic());
            return DispatchOutcome.IGNORED;
        }
        EventEnvelope event = json.read(recordValue);
        if (!handlers.accepted().containsKey(event.type()) && !EventTypes.isKnown(event.type())) {
            throw new PoisonEventException("unknown event type " + event.type() + " v" + event.version() + " ("
                    + event.eventId() + ") on " + handlers.topic() + ": not in the event catalogue");
        }
        PlatformConfig.Consumer retry = config.consumer();
        int attempts = Math.max(1, retry.maxAttempts());
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(event, handlers));
            } catch (RuntimeException e) {
                RuntimeException failure = unwrap(e);
                if (!TransientFailures.isTransient(failure)) {
                    throw failure;
                }
                if (attempt >= attempts) {
                    throw new TransientFailureException("gave up after " + attempts + " attempts on a transient failure: "
                            + rootMessage(failure), failure);
                }
                Log.warnf("Transient failure applying %s %s on %s (attempt %d of %d), retrying in %d ms: %s",
                        event.type(), event.eventId(), handlers.topic(), attempt, attempts, backoff.toMillis(),
                        rootMessage(failure));
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), retry.maxBackoff());
            }
        }
    }

    private DispatchOutcome applyOnce(EventEnvelope event, EventHandlers handlers) {
        em.createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                .setParameter("timeout", config.consumer().lockTimeout().toMillis() + "ms")
                .getSingleResult();
        if (!inbox.firstDelivery(config.serviceName(), event)) {
            Log.debugf("Skipping redelivered event %s (%s)", event.eventId(), event.type());
            return DispatchOutcome.ALREADY_PROCESSED;
        }
        boolean handled = handlers.apply(event, json.mapper(), validator);
        // Flush here, not at commit: a lock timeout or a lost connection then surfaces as itself
        // (classified by TransientFailures) rather than as a RollbackException of the commit.
        em.flush();
        return handled ? DispatchOutcome.APPLIED : DispatchOutcome.IGNORED;
    }

    /**
     * Returns true when the effect ran, false when the event had been processed before. The lower
     * step without retries; consumers use {@link #dispatch}.
     */
    @Transactional
    public boolean consume(String recordValue, Consumer<EventEnvelope> effect) {
        EventEnvelope event = json.read(recordValue);
        if (!inbox.firstDelivery(config.serviceName(), event)) {
            Log.debugf("Skipping redelivered event %s (%s)", event.eventId(), event.type());
            return false;
        }
        effect.accept(event);
        return true;
    }

    private static RuntimeException unwrap(RuntimeException e) {
        if (e instanceof QuarkusTransactionException && e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        return e;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == t ? message : t.getClass().getSimpleName() + " / " + message;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailureException("interrupted while waiting to retry", e);
        }
    }

    /** A transient failure that outlasted every attempt: dead-lettered with this reason, replayable later. */
    public static final class TransientFailureException extends RuntimeException {
        TransientFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
