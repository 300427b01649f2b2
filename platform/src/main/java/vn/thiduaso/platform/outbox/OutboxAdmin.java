package vn.thiduaso.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.NotFoundException;

/** What an administrator sees of a service's outbox, and the retry of a parked row (same in every service). */
@ApplicationScoped
public class OutboxAdmin {

    /** Rows an admin looks at: parked ones (given up, need a fix and a retry) or pending ones (waiting). */
    public enum State {
        PARKED, PENDING
    }

    /** One unsent row as an admin sees it (the envelope stays in the database). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OutboxEntry")
    public record Entry(UUID eventId, String type, String topic, String aggregate, int attempts, String lastError,
            Instant createdAt, Instant nextAttemptAt, Instant parkedAt) {

        static Entry of(OutboxEvent e) {
            return new Entry(e.eventId, e.eventType, e.topic, e.messageKey, e.attempts, e.lastError, e.createdAt,
                    e.nextAttemptAt, e.parkedAt);
        }
    }

    private final EntityManager em;
    private final OutboxRelay relay;
    private final jakarta.transaction.TransactionSynchronizationRegistry transactions;

    public OutboxAdmin(EntityManager em, OutboxRelay relay, jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.relay = relay;
        this.transactions = transactions;
    }

    @Transactional
    public PageResponse<Entry> list(State state, int page, int size) {
        String where = state == State.PARKED ? "e.sentAt is null and e.parkedAt is not null"
                : "e.sentAt is null and e.parkedAt is null";
        String order = state == State.PARKED ? "e.parkedAt desc, e.seq" : "e.seq";
        List<OutboxEvent> rows = em.createQuery("from OutboxEvent e where " + where + " order by " + order, OutboxEvent.class)
                .setFirstResult(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE)))
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(e) from OutboxEvent e where " + where, Long.class).getSingleResult();
        return new PageResponse<>(rows.stream().map(Entry::of).toList(), page, size, total);
    }

    /**
     * Unparks a row (or makes a waiting row due now) with a fresh attempt count: the relay sends it
     * on its next wave, in its aggregate's order among the rows still pending.
     */
    @Transactional
    public Entry retry(UUID eventId) {
        OutboxEvent row = em.find(OutboxEvent.class, eventId);
        if (row == null) {
            throw new NotFoundException("Không có sự kiện " + eventId + " trong outbox / no such outbox event");
        }
        if (row.sentAt != null) {
            throw new ConflictException("Sự kiện đã được gửi lúc " + row.sentAt + " / the event was already sent");
        }
        boolean wasParked = row.parkedAt != null;
        row.parkedAt = null;
        row.attempts = 0;
        row.nextAttemptAt = null;
        Log.infof("Outbox event %s (%s) %s by an admin", row.eventId, row.eventType,
                wasParked ? "unparked for a retry" : "made due now");
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
        return Entry.of(row);
    }
}
