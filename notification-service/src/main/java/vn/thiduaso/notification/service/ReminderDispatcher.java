package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.DirectoryUnit;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.ScheduledReminder;
import vn.thiduaso.notification.domain.ScheduledReminder.RecipientKind;
import vn.thiduaso.notification.domain.ScheduledReminder.Status;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUnitRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.repository.ScheduledReminderRepository;

/**
 * Sends the reminders that are due. One transaction per batch: claim due rows with
 * {@code FOR UPDATE SKIP LOCKED}, write each one's mail and inbox item (or its reason not to), mark
 * it, commit. Two instances (or two threads) never hold the same row, a marked row is never claimed
 * again, and a pass that dies before its commit leaves its rows SCHEDULED for the next one: each
 * (deadline, cycle, step, recipient) is acted on exactly once. When several steps of one ladder and
 * recipient are due at once (the service was stopped, or the clock jumped forward), only the latest
 * is sent; the others are marked SUPERSEDED — nobody gets a burst of stale reminders.
 */
@ApplicationScoped
public class ReminderDispatcher {

    static final String SUPERSEDED = "Một bước nhắc muộn hơn cũng đã đến hạn: chỉ gửi bước mới nhất / a later step was due too";
    static final String NOT_A_RECIPIENT = "Người nhận không còn thuộc đơn vị hoặc không còn hoạt động / no longer a recipient";

    private final ScheduledReminderRepository reminders;
    private final DeadlineRepository deadlines;
    private final DirectoryUserRepository users;
    private final DirectoryUnitRepository units;
    private final ReminderPlanner planner;
    private final Notifier notifier;
    private final Clock clock;

    public ReminderDispatcher(ScheduledReminderRepository reminders, DeadlineRepository deadlines,
            DirectoryUserRepository users, DirectoryUnitRepository units, ReminderPlanner planner, Notifier notifier,
            Clock clock) {
        this.reminders = reminders;
        this.deadlines = deadlines;
        this.users = users;
        this.units = units;
        this.planner = planner;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Claims and handles up to {@code limit} rows due at the clock's now; returns how many were claimed. */
    @Transactional
    public int dispatchDue(int limit) {
        return dispatchDue(clock.instant(), limit);
    }

    /** The same, for an explicit "now" (the scheduler passes its clock's; a test may pass another). */
    @Transactional
    public int dispatchDue(Instant now, int limit) {
        List<ScheduledReminder> due = reminders.claimDue(now, limit);
        if (due.isEmpty()) {
            return 0;
        }
        Set<java.util.UUID> superseded = reminders.supersededAmong(due.stream().map(r -> r.id).toList(), now);
        int sent = 0;
        for (ScheduledReminder row : due) {
            if (superseded.contains(row.id)) {
                row.finish(Status.SUPERSEDED, SUPERSEDED, now);
            } else if (handle(row, now)) {
                sent++;
            }
        }
        Log.infof("Reminders: %d due row(s) handled, %d sent, %d superseded", due.size(), sent, superseded.size());
        return due.size();
    }

    private boolean handle(ScheduledReminder row, Instant now) {
        Deadline deadline = deadlines.findById(row.deadlineId);
        if (deadline == null || deadline.status != DeadlineStatus.OPEN || deadline.cycle != row.cycle) {
            row.finish(Status.CANCELLED, ReminderPlanner.CANCELLED_CLOSED, now);
            return false;
        }
        if (!planner.stillRecipient(row, deadline)) {
            row.finish(Status.SKIPPED, NOT_A_RECIPIENT, now);
            return false;
        }
        String link = row.kind == EmailKind.ESCALATION && row.recipientKind == RecipientKind.USER
                && !deadline.unitId.equals(userUnit(row)) ? notifier.officeLink() : notifier.unitLink(deadline);
        Map<String, Object> data = notifier.deadlineData(deadline, link, now);
        if (row.recipientKind == RecipientKind.UNIT) {
            DirectoryUnit unit = units.findById(row.recipientId);
            notifier.toMailbox(unit, row.kind, deadline.id, data, row.id);
        } else {
            DirectoryUser user = users.findById(row.recipientId);
            notifier.toUser(user, row.kind, deadline.id, data, row.id);
        }
        row.finish(Status.SENT, row.step, now);
        return true;
    }

    private java.util.UUID userUnit(ScheduledReminder row) {
        DirectoryUser user = users.findById(row.recipientId);
        return user == null ? null : user.unitId;
    }
}
