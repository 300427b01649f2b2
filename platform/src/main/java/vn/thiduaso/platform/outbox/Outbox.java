package vn.thiduaso.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;

/**
 * The only way a service publishes an event: the envelope is stored in {@code outbox_event} inside
 * the caller's transaction (MANDATORY), so the change and its event commit or roll back together.
 * {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final Object NUDGE_REGISTERED = new Object();

    private final EntityManager em;
    private final EventJson json;
    private final PlatformConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, EventJson json, PlatformConfig config,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, int version, String aggregateId, String unitPath,
            Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, Instant.now(),
                config.serviceName(), aggregateId, unitPath, json.mapper().valueToTree(payload));
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.messageKey = aggregateId;
        row.eventType = type;
        row.envelope = json.write(envelope);
        row.createdAt = envelope.occurredAt();
        em.persist(row);
        nudgeRelayAfterCommit();
        return envelope;
    }

    /** Once per transaction: when it commits, the relay runs at once (the poll stays the safety net). */
    private void nudgeRelayAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }
}
