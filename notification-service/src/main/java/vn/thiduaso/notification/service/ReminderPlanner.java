package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.DirectoryUnit;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.ReminderLadder;
import vn.thiduaso.notification.domain.ReminderLadder.Audience;
import vn.thiduaso.notification.domain.ReminderLadder.Step;
import vn.thiduaso.notification.domain.ScheduledReminder;
import vn.thiduaso.notification.domain.ScheduledReminder.RecipientKind;
import vn.thiduaso.notification.domain.ScheduledReminder.Status;
import vn.thiduaso.notification.repository.DirectoryUnitRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.repository.ScheduledReminderRepository;
import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.platform.security.Roles;

/**
 * Keeps the scheduled reminder rows of a deadline equal to what its current ladder asks for from
 * now on: the unit's users get the REMINDER and OVERDUE steps, the escalation recipients the
 * ESCALATION steps. Called whenever something that decides the ladder changed (a new deadline, a
 * return, an extension, a moved period, a user who joined, a calendar edit); calling it again
 * changes nothing. Only steps still in the future are written: a deadline recorded late never gets
 * the reminders it missed (its announcement tells the news).
 */
@ApplicationScoped
public class ReminderPlanner {

    static final String CANCELLED_CLOSED = "Hạn đã nộp, đã tiếp nhận hoặc không còn phải báo cáo / deadline closed";
    static final String CANCELLED_REPLANNED = "Lịch nhắc đã được lập lại (hạn mới) / superseded by a new ladder";
    static final String CANCELLED_NOT_PLANNED = "Không còn trong lịch nhắc / no longer planned";

    private final ScheduledReminderRepository reminders;
    private final DirectoryUserRepository users;
    private final DirectoryUnitRepository units;
    private final WorkingCalendarService calendars;
    private final vn.thiduaso.notification.repository.DeadlineRepository deadlines;
    private final vn.thiduaso.platform.db.AdvisoryLocks locks;
    private final NotificationConfig config;
    private final Clock clock;

    public ReminderPlanner(ScheduledReminderRepository reminders, DirectoryUserRepository users,
            DirectoryUnitRepository units, WorkingCalendarService calendars,
            vn.thiduaso.notification.repository.DeadlineRepository deadlines, vn.thiduaso.platform.db.AdvisoryLocks locks,
            NotificationConfig config, Clock clock) {
        this.reminders = reminders;
        this.users = users;
        this.units = units;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.locks = locks;
        this.config = config;
        this.clock = clock;
    }

    /** The recipient of a step: who it is and through which channel. */
    record Recipient(RecipientKind kind, UUID id) {
    }

    public ReminderLadder.Rules rules() {
        NotificationConfig.Reminders r = config.reminders();
        return new ReminderLadder.Rules(r.sendAt(), r.daysBefore(), r.overdueFirstDay(), r.overdueEveryDays(),
                r.overdueMaxSteps(), r.escalateFromOverdueDay());
    }

    public List<Step> ladder(Deadline deadline, WorkingCalendar calendar) {
        if (deadline.source == vn.thiduaso.notification.domain.DeadlineSource.COUNCIL_BALLOT) {
            return ReminderLadder.ballotSteps(deadline.dueAt, config.reminders().ballotBefore());
        }
        return ReminderLadder.steps(deadline.dueAt, rules(), calendar);
    }

    @Transactional(TxType.MANDATORY)
    public void sync(Deadline deadline) {
        sync(deadline, calendars.calendar());
    }

    /** Makes the rows of the deadline's current ladder match the plan; rows of earlier ladders stop. */
    @Transactional(TxType.MANDATORY)
    public void sync(Deadline deadline, WorkingCalendar calendar) {
        Instant now = clock.instant();
        if (deadline.status != DeadlineStatus.OPEN) {
            reminders.cancelWaiting(deadline.id, CANCELLED_CLOSED, now);
            return;
        }
        Map<String, Planned> wanted = new LinkedHashMap<>();
        List<Recipient> unitUsers = unitRecipients(deadline);
        List<Recipient> escalation = escalationRecipients(deadline);
        for (Step step : ladder(deadline, calendar)) {
            if (!step.fireAt().isAfter(now)) {
                continue;
            }
            for (Recipient r : step.audience() == Audience.UNIT ? unitUsers : escalation) {
                wanted.put(key(step.name(), r.id()), new Planned(step, r));
            }
        }
        // Rows are changed with guarded updates (status still SCHEDULED), never by overwriting a loaded
        // entity: a dispatcher may have sent one of them meanwhile, and its record must stay SENT.
        Map<String, ScheduledReminder> existing = new HashMap<>();
        List<UUID> notPlanned = new ArrayList<>();
        for (ScheduledReminder row : reminders.ofLadder(deadline.id, deadline.cycle)) {
            existing.put(key(row.step, row.recipientId), row);
            Planned plan = wanted.get(key(row.step, row.recipientId));
            if (row.status != Status.SCHEDULED) {
                continue;
            }
            if (plan == null) {
                notPlanned.add(row.id);
            } else if (!row.fireAt.equals(plan.step().fireAt())) {
                // a calendar edit moved the step
                reminders.update("fireAt = ?1, stepDate = ?2 where id = ?3 and status = ?4", plan.step().fireAt(),
                        plan.step().date(), row.id, Status.SCHEDULED);
            }
        }
        if (!notPlanned.isEmpty()) {
            reminders.update("status = ?1, note = ?2, processedAt = ?3 where id in ?4 and status = ?5", Status.CANCELLED,
                    CANCELLED_NOT_PLANNED, now, notPlanned, Status.SCHEDULED);
        }
        // rows of earlier ladders (before a return, extension or move) stop waiting
        reminders.update("status = ?1, note = ?2, processedAt = ?3 where deadlineId = ?4 and cycle <> ?5 and status = ?6",
                Status.CANCELLED, CANCELLED_REPLANNED, now, deadline.id, deadline.cycle, Status.SCHEDULED);
        List<Planned> missing = new ArrayList<>();
        wanted.forEach((k, plan) -> {
            if (!existing.containsKey(k)) {
                missing.add(plan);
            }
        });
        for (Planned plan : missing) {
            reminders.insertIfAbsent(deadline.id, deadline.cycle, plan.step().name(), plan.step().kind(),
                    plan.recipient().kind(), plan.recipient().id(), plan.step().date(), plan.step().fireAt(), now);
        }
    }

    /**
     * Re-plans the open deadlines of some units (after a calendar edit), holding the units' locks in
     * sorted order like every other planner, so that it never deadlocks with a consumer.
     */
    @Transactional
    public int replanUnits(List<UUID> unitIds, Instant dueAfter, WorkingCalendar calendar) {
        locks.lockAll(unitIds.stream().map(AnnouncementService::unitLockName).toList());
        int n = 0;
        for (UUID unitId : unitIds) {
            for (Deadline d : deadlines.openOfUnit(unitId)) {
                if (d.dueAt.isAfter(dueAfter)) {
                    sync(d, calendar);
                    n++;
                }
            }
        }
        return n;
    }

    /** How far back a due instant may lie and still have overdue steps ahead. */
    public java.time.Duration horizon() {
        ReminderLadder.Rules r = rules();
        return java.time.Duration.ofDays(r.overdueFirstDay()
                + (long) Math.max(0, r.overdueMaxSteps() - 1) * Math.max(1, r.overdueEveryDays()) + 7);
    }

    /** The deadline is closed (submitted, accepted, withdrawn): what still waits is cancelled. */
    @Transactional(TxType.MANDATORY)
    public void cancel(Deadline deadline) {
        reminders.cancelWaiting(deadline.id, CANCELLED_CLOSED, clock.instant());
    }

    /** The unit's active users; for a ballot, the council member alone (while active). */
    List<Recipient> unitRecipients(Deadline deadline) {
        if (deadline.userId != null) {
            DirectoryUser member = users.findById(deadline.userId);
            return member == null || !member.active ? List.of() : List.of(new Recipient(RecipientKind.USER, member.id));
        }
        return users.activeInUnit(deadline.unitId).stream().map(u -> new Recipient(RecipientKind.USER, u.id)).toList();
    }

    /**
     * The unit's head (the unit's own mailbox from UnitUpserted, and leader users of the unit) and the
     * commune office (office users of the unit the reports go to).
     */
    List<Recipient> escalationRecipients(Deadline deadline) {
        Map<UUID, Recipient> result = new LinkedHashMap<>();
        DirectoryUnit unit = units.findById(deadline.unitId);
        if (unit != null && unit.mailable()) {
            result.put(unit.id, new Recipient(RecipientKind.UNIT, unit.id));
        }
        for (DirectoryUser leader : users.activeWithRoleInUnit(Roles.LEADER, deadline.unitId)) {
            result.putIfAbsent(leader.id, new Recipient(RecipientKind.USER, leader.id));
        }
        if (deadline.source == vn.thiduaso.notification.domain.DeadlineSource.AWARD_NOMINATION
                && deadline.recipientUnitPath != null) {
            // a round's nominations go to the commune: its office users sit in units below it
            for (DirectoryUser office : users.activeWithRoleUnder(Roles.OFFICE, deadline.recipientUnitPath)) {
                result.putIfAbsent(office.id, new Recipient(RecipientKind.USER, office.id));
            }
        } else if (deadline.recipientUnitId != null) {
            for (DirectoryUser office : users.activeWithRoleInUnit(Roles.OFFICE, deadline.recipientUnitId)) {
                result.putIfAbsent(office.id, new Recipient(RecipientKind.USER, office.id));
            }
        }
        return List.copyOf(result.values());
    }

    /** Whether the recipient of a claimed row still qualifies for it (checked again when it is due). */
    boolean stillRecipient(ScheduledReminder row, Deadline deadline) {
        List<Recipient> current = row.kind == vn.thiduaso.notification.domain.EmailKind.ESCALATION
                ? escalationRecipients(deadline) : unitRecipients(deadline);
        return current.stream().anyMatch(r -> r.id().equals(row.recipientId));
    }

    private record Planned(Step step, Recipient recipient) {
    }

    private static String key(String step, UUID recipient) {
        return step + "|" + recipient;
    }
}
