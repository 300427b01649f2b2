package vn.thiduaso.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.platform.events.EventEnvelope;

/**
 * Idempotent consumption: a handler calls {@link #firstDelivery} inside the transaction that applies
 * the event's effect. The row and the effect commit together; a redelivered event finds its row and
 * is skipped. Two concurrent deliveries serialise on the primary key.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True when this consumer has not processed the event yet (and records it as processed). */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
        int inserted = em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type, aggregate_id, processed_at)
                values (:consumer, :eventId, :type, :aggregateId, now())
                on conflict (consumer, event_id) do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.eventId())
                .setParameter("type", event.type())
                .setParameter("aggregateId", event.aggregateId())
                .executeUpdate();
        return inserted == 1;
    }
}
