package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.DirectoryUnit;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.notification.messaging.DirectoryEvents.UserUpserted;
import vn.thiduaso.notification.repository.CalendarFeedRepository;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUnitRepository;
import vn.thiduaso.notification.repository.EmailMessageRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.platform.db.AdvisoryLocks;

/** The users read model: upsert by id, the latest event wins. */
@ApplicationScoped
public class DirectoryService {

    private final DirectoryUserRepository users;
    private final DirectoryUnitRepository units;
    private final AnnouncementService announcements;
    private final DeadlineRepository deadlines;
    private final EmailMessageRepository emails;
    private final CalendarFeedRepository feeds;
    private final ReminderPlanner planner;
    private final WorkingCalendarService calendars;
    private final AdvisoryLocks locks;
    private final Clock clock;

    public DirectoryService(DirectoryUserRepository users, DirectoryUnitRepository units,
            AnnouncementService announcements, DeadlineRepository deadlines, EmailMessageRepository emails,
            CalendarFeedRepository feeds, ReminderPlanner planner, WorkingCalendarService calendars, AdvisoryLocks locks,
            Clock clock) {
        this.locks = locks;
        this.users = users;
        this.units = units;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.emails = emails;
        this.feeds = feeds;
        this.planner = planner;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The one place that refreshes the copies of a unit's name and path (deadlines, users, their
     * queued mails, calendar feeds scoped to it) when plan-service republishes a renamed or moved
     * unit; keeps the unit's own mailbox and head for escalations.
     */
    @Transactional
    public void unitUpserted(UnitUpserted event) {
        String name = event.name().trim();
        DirectoryUnit unit = units.findById(event.id());
        String oldPath = unit == null ? null : unit.path;
        if (unit == null) {
            unit = new DirectoryUnit();
            unit.id = event.id();
        }
        unit.name = name;
        unit.path = event.path();
        unit.kind = event.kind();
        unit.email = isBlank(event.email()) ? null : event.email().trim();
        unit.headName = isBlank(event.headName()) ? null : event.headName().trim();
        unit.active = event.active() == null || event.active();
        unit.updatedAt = clock.instant();
        if (oldPath == null) {
            units.persist(unit);
        }
        int changed = deadlines.renameUnit(event.id(), name, event.path())
                + users.moveUnit(event.id(), event.path())
                + emails.moveRecipientUnit(event.id(), event.path())
                + (oldPath != null && !oldPath.equals(event.path()) ? feeds.moveScope(oldPath, event.path()) : 0);
        Log.debugf("Unit %s is now %s; %d copied reference(s) updated", event.id(), event.path(), changed);
    }

    /** Applies UserUpserted v1, then queues the announcements the user has not had yet. */
    @Transactional
    public void userUpserted(UserUpserted event, Instant occurredAt) {
        Instant at = occurredAt != null ? occurredAt : clock.instant();
        DirectoryUser user = users.findById(event.id());
        if (user != null && user.sourceAt.isAfter(at)) {
            Log.infof("Ignoring UserUpserted for user %s from %s: a newer state (%s) is known", event.id(), at,
                    user.sourceAt);
            return;
        }
        if (event.unitId() != null) {
            // every unit whose reminders this user may change, in one sorted go (see AnnouncementService)
            java.util.Set<String> names = new java.util.HashSet<>();
            names.add(AnnouncementService.unitLockName(event.unitId()));
            deadlines.openWithRecipient(event.unitId()).forEach(d -> names.add(AnnouncementService.unitLockName(d.unitId)));
            locks.lockAll(names);
        }
        boolean created = user == null;
        if (created) {
            user = new DirectoryUser();
            user.id = event.id();
        }
        user.username = event.username().trim();
        user.fullName = isBlank(event.fullName()) ? user.username : event.fullName().trim();
        user.email = isBlank(event.email()) ? null : event.email().trim();
        user.roles = String.join(",", event.roles() == null ? List.of() : event.roles());
        user.unitId = event.unitId();
        user.unitPath = event.unitPath();
        user.active = event.active() == null || event.active();
        user.sourceAt = at;
        user.updatedAt = clock.instant();
        if (created) {
            users.persist(user);
        }
        announcements.userChanged(user);
        replanFor(user);
    }

    /**
     * A user who joined a unit (or the office that receives its reports) gets the remaining steps of
     * its open deadlines; one who left or was deactivated is skipped when a step comes due.
     */
    private void replanFor(DirectoryUser user) {
        if (!user.active || user.unitId == null) {
            return;
        }
        java.util.Map<java.util.UUID, vn.thiduaso.notification.domain.Deadline> open = new java.util.LinkedHashMap<>();
        deadlines.openOfUnit(user.unitId).forEach(d -> open.put(d.id, d));
        deadlines.openWithRecipient(user.unitId).forEach(d -> open.putIfAbsent(d.id, d));
        if (open.isEmpty()) {
            return;
        }
        var calendar = calendars.calendar();
        open.values().forEach(d -> planner.sync(d, calendar));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
