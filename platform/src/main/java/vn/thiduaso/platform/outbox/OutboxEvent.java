package vn.thiduaso.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event waiting to be relayed to Kafka. Written in the same transaction as the change it
 * describes; {@code sentAt} is set by the relay once the broker has acknowledged it. The aggregate
 * of a row is its topic and key: rows of one aggregate leave in {@code seq} order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** Insertion order; the relay publishes in this order so per-aggregate order is kept. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole envelope as JSON text, exactly what goes on the wire. */
    @Column(nullable = false, columnDefinition = "text")
    public String envelope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** A failed row is not tried again before this (exponential backoff); null = due now. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Set when the row failed {@code max-attempts} times: no more retries, no longer blocks its aggregate. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    /** The lease of the relay instance sending the row right now. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;
}
