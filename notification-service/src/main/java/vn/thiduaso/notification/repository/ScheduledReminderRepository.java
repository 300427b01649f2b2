package vn.thiduaso.notification.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.ScheduledReminder;
import vn.thiduaso.notification.domain.ScheduledReminder.RecipientKind;
import vn.thiduaso.notification.domain.ScheduledReminder.Status;

@ApplicationScoped
public class ScheduledReminderRepository implements PanacheRepositoryBase<ScheduledReminder, UUID> {

    /** The claim query (also measured by scripts/bench-reminders.sh): due rows, oldest first, skipping rows another claimer holds. */
    public static final String CLAIM_SQL = """
            select * from scheduled_reminder
            where status = 'SCHEDULED' and fire_at <= :now
            order by fire_at
            limit :n
            for update skip locked""";

    /**
     * Locks up to {@code limit} due rows for the caller's transaction. Another instance running the
     * same query at the same moment gets other rows (or none), never these.
     */
    @SuppressWarnings("unchecked")
    public List<ScheduledReminder> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery(CLAIM_SQL, ScheduledReminder.class)
                .setParameter("now", now)
                .setParameter("n", limit)
                .getResultList();
    }

    /**
     * Of the given (claimed) rows, those for which a later step of the same ladder and recipient is
     * also due or already sent: after a clock jump or a long stop only the latest one goes out.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> supersededAmong(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> rows = getEntityManager().createNativeQuery("""
                select r.id from scheduled_reminder r
                where r.id in (:ids) and exists (
                    select 1 from scheduled_reminder l
                    where l.deadline_id = r.deadline_id and l.recipient_id = r.recipient_id and l.cycle = r.cycle
                      and l.fire_at > r.fire_at and l.fire_at <= :now
                      and l.status in ('SCHEDULED', 'SENT'))""")
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultList();
        return rows.stream().map(o -> (UUID) o).collect(Collectors.toSet());
    }

    public List<ScheduledReminder> ofLadder(UUID deadlineId, int cycle) {
        return list("deadlineId = ?1 and cycle = ?2", deadlineId, cycle);
    }

    /** Every row still waiting of the deadline (any cycle) becomes CANCELLED with the reason. */
    public int cancelWaiting(UUID deadlineId, String reason, Instant at) {
        return update("status = ?1, note = ?2, processedAt = ?3 where deadlineId = ?4 and status = ?5", Status.CANCELLED,
                reason, at, deadlineId, Status.SCHEDULED);
    }

    /** Inserts a planned row unless the (deadline, cycle, step, recipient) exists: safe against a concurrent planner. */
    public int insertIfAbsent(UUID deadlineId, int cycle, String step, EmailKind kind, RecipientKind recipientKind,
            UUID recipientId, LocalDate stepDate, Instant fireAt, Instant now) {
        return getEntityManager().createNativeQuery("""
                insert into scheduled_reminder (id, deadline_id, cycle, step, kind, recipient_kind, recipient_id,
                    step_date, fire_at, status, created_at)
                values (:id, :deadline, :cycle, :step, :kind, :recipientKind, :recipient, :stepDate, :fireAt,
                    'SCHEDULED', :now)
                on conflict (deadline_id, cycle, step, recipient_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("deadline", deadlineId)
                .setParameter("cycle", cycle)
                .setParameter("step", step)
                .setParameter("kind", kind.name())
                .setParameter("recipientKind", recipientKind.name())
                .setParameter("recipient", recipientId)
                .setParameter("stepDate", stepDate)
                .setParameter("fireAt", fireAt)
                .setParameter("now", now)
                .executeUpdate();
    }
}
