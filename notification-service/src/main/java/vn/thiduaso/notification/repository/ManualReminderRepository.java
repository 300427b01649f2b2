package vn.thiduaso.notification.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.notification.domain.ManualReminder;

@ApplicationScoped
public class ManualReminderRepository implements PanacheRepositoryBase<ManualReminder, UUID> {

    /**
     * Records today's manual reminder of the deadline unless one exists (the unique key decides
     * between two clicks or two instances at once); true when this call recorded it.
     */
    public boolean recordIfFirstToday(UUID id, UUID deadlineId, LocalDate day, String by, Instant at) {
        return getEntityManager().createNativeQuery("""
                insert into manual_reminder (id, deadline_id, reminded_on, requested_by, requested_at, recipients)
                values (:id, :deadline, :day, :by, :at, 0)
                on conflict (deadline_id, reminded_on) do nothing""")
                .setParameter("id", id)
                .setParameter("deadline", deadlineId)
                .setParameter("day", day)
                .setParameter("by", by)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }
}
