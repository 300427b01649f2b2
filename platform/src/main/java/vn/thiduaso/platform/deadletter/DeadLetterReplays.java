package vn.thiduaso.platform.deadletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.thiduaso.platform.inbox.DispatchOutcome;

/**
 * Table {@code dead_letter_replay} (a migration in each service): one row per replayed dead letter,
 * keyed by its place on the dead-letter topic, so that replaying it again answers the first result.
 */
@ApplicationScoped
public class DeadLetterReplays {

    private final EntityManager em;

    public DeadLetterReplays(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Optional<DeadLetterReplay> find(String deadLetterTopic, int partition, long offset) {
        List<?> rows = em.createNativeQuery("""
                select dlt_partition, dlt_offset, original_topic, event_id, event_type, outcome, replayed_by, replayed_at
                from dead_letter_replay where dlt_topic = :topic and dlt_partition = :partition and dlt_offset = :offset""")
                .setParameter("topic", deadLetterTopic)
                .setParameter("partition", partition)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().findFirst().map(r -> view((Object[]) r));
    }

    /** The replays of some offsets of one partition, by offset. */
    @Transactional
    public Map<Long, DeadLetterReplay> of(String deadLetterTopic, int partition, Collection<Long> offsets) {
        Map<Long, DeadLetterReplay> result = new HashMap<>();
        if (offsets.isEmpty()) {
            return result;
        }
        List<?> rows = em.createNativeQuery("""
                select dlt_partition, dlt_offset, original_topic, event_id, event_type, outcome, replayed_by, replayed_at
                from dead_letter_replay where dlt_topic = :topic and dlt_partition = :partition and dlt_offset in (:offsets)""")
                .setParameter("topic", deadLetterTopic)
                .setParameter("partition", partition)
                .setParameter("offsets", offsets)
                .getResultList();
        for (Object row : rows) {
            DeadLetterReplay replay = view((Object[]) row);
            result.put(replay.offset(), replay);
        }
        return result;
    }

    /** Records a replay unless one is recorded already (a concurrent replay won); returns the recorded one. */
    @Transactional
    public DeadLetterReplay record(String deadLetterTopic, DeadLetterReplay replay) {
        em.createNativeQuery("""
                insert into dead_letter_replay (dlt_topic, dlt_partition, dlt_offset, original_topic, event_id, event_type,
                                                outcome, replayed_by, replayed_at)
                values (:topic, :partition, :offset, :originalTopic, :eventId, :eventType, :outcome, :by, :at)
                on conflict (dlt_topic, dlt_partition, dlt_offset) do nothing""")
                .setParameter("topic", deadLetterTopic)
                .setParameter("partition", replay.partition())
                .setParameter("offset", replay.offset())
                .setParameter("originalTopic", replay.originalTopic())
                .setParameter("eventId", replay.eventId())
                .setParameter("eventType", replay.eventType())
                .setParameter("outcome", replay.outcome().name())
                .setParameter("by", replay.replayedBy())
                .setParameter("at", replay.replayedAt())
                .executeUpdate();
        return find(deadLetterTopic, replay.partition(), replay.offset()).orElseThrow();
    }

    private static DeadLetterReplay view(Object[] r) {
        return new DeadLetterReplay(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2],
                r[3] == null ? null : (r[3] instanceof UUID u ? u : UUID.fromString(r[3].toString())), (String) r[4],
                DispatchOutcome.valueOf((String) r[5]), (String) r[6], instant(r[7]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
