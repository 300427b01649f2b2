package vn.thiduaso.notification.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.notification.messaging.DirectoryEvents.UserUpserted;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.EmailMessageRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;

/** The users read model: upsert by id, the latest event wins. */
@ApplicationScoped
public class DirectoryService {

    private final DirectoryUserRepository users;
    private final AnnouncementService announcements;
    private final DeadlineRepository deadlines;
    private final EmailMessageRepository emails;

    public DirectoryService(DirectoryUserRepository users, AnnouncementService announcements,
            DeadlineRepository deadlines, EmailMessageRepository emails) {
        this.users = users;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.emails = emails;
    }

    /**
     * The one place that refreshes the copies of a unit's name and path (deadlines, users, their
     * queued mails) when plan-service republishes a renamed or moved unit.
     */
    @Transactional
    public void unitUpserted(UnitUpserted event) {
        String name = event.name().trim();
        int changed = deadlines.renameUnit(event.id(), name, event.path())
                + users.moveUnit(event.id(), event.path())
                + emails.moveRecipientUnit(event.id(), event.path());
        Log.debugf("Unit %s is now %s; %d copied reference(s) updated", event.id(), event.path(), changed);
    }

    /** Applies UserUpserted v1, then queues the announcements the user has not had yet. */
    @Transactional
    public void userUpserted(UserUpserted event, Instant occurredAt) {
        Instant at = occurredAt != null ? occurredAt : Instant.now();
        DirectoryUser user = users.findById(event.id());
        if (user != null && user.sourceAt.isAfter(at)) {
            Log.infof("Ignoring UserUpserted for user %s from %s: a newer state (%s) is known", event.id(), at,
                    user.sourceAt);
            return;
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
        user.updatedAt = Instant.now();
        if (created) {
            users.persist(user);
        }
        announcements.userChanged(user);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
