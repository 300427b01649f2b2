package vn.thiduaso.notification.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what in notification-service — deadlines, manual reminders, the delivery log, one's own
 * preferences, inbox and calendar feed, the working-day calendar:
 * the one place every use case asks. Listings are filtered by the caller's scope path (or, for a
 * unit's officer, by the caller's own id) in the repositories' queries; this class decides what a
 * caller may ask for.
 */
@ApplicationScoped
public class AccessPolicy {

    public enum Action {
        /** List deadlines, optionally of one unit (the target). */
        READ_DEADLINES,
        /** Read the delivery log (which mail went to whom). */
        READ_NOTIFICATIONS,
        /** Read the delivery log of every user in scope, not only the mails addressed to oneself. */
        READ_SCOPE_NOTIFICATIONS,
        /** Read and replace one's own notification preferences. */
        MANAGE_OWN_PREFERENCES,
        /** Send a manual reminder ("Nhắc nhở") to a unit (the target) about its deadline. */
        REMIND_UNITS,
        /** Read and mark one's own in-app inbox. */
        USE_OWN_INBOX,
        /** Get or regenerate one's own iCalendar feed link. */
        MANAGE_OWN_CALENDAR_FEED,
        /** Read the working-day calendar. */
        READ_WORKING_CALENDAR,
        /** Replace a year of the working-day calendar. */
        EDIT_WORKING_CALENDAR
    }

    /** The caller as the policy sees it: roles and the subtree they may act on. */
    public record Caller(Set<String> roles, String scopePath) {

        public static Caller of(CallerScope scope) {
            return new Caller(scope.roles(), scope.scopePath());
        }

        boolean has(String... any) {
            for (String r : any) {
                if (roles.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        boolean covers(String path) {
            return path != null && UnitPaths.covers(scopePath, path);
        }
    }

    /**
     * The unit asked about; {@link #NONE} when no unit is named or this service knows no deadline of
     * it (then there is nothing to hide: the listing is filtered by scope anyway).
     */
    public record Target(String unitPath) {

        public static final Target NONE = new Target(null);
    }

    public boolean allows(Caller c, Action action, Target target) {
        return switch (action) {
            case READ_DEADLINES -> target.unitPath() == null || c.covers(target.unitPath());
            case READ_NOTIFICATIONS -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.UNIT);
            // A unit's focal officer sees only the mails addressed to them, even when holding another role too.
            case READ_SCOPE_NOTIFICATIONS -> c.has(Roles.ADMIN) || (!c.has(Roles.UNIT) && c.has(Roles.OFFICE, Roles.LEADER));
            case MANAGE_OWN_PREFERENCES, USE_OWN_INBOX, MANAGE_OWN_CALENDAR_FEED, READ_WORKING_CALENDAR -> true;
            // The commune office (or an administrator) reminds the units of its commune.
            case REMIND_UNITS -> c.has(Roles.ADMIN, Roles.OFFICE) && (target.unitPath() == null || c.covers(target.unitPath()));
            case EDIT_WORKING_CALENDAR -> c.has(Roles.ADMIN);
        };
    }

    public boolean allows(CallerScope caller, Action action, Target target) {
        return allows(Caller.of(caller), action, target);
    }

    /**
     * Throws unless allowed: 404 when the role may do the action but the target unit lies outside the
     * caller's scope (an id outside it is not confirmed to exist), 403 when the role may never do it.
     */
    public void require(CallerScope caller, Action action, Target target) {
        Caller c = Caller.of(caller);
        if (!allows(c, action, target)) {
            if (target.unitPath() != null && !c.covers(target.unitPath()) && allows(c, action, Target.NONE)) {
                throw new NotFoundException("Không tìm thấy đơn vị này / no such unit");
            }
            throw new ForbiddenException(message(action));
        }
    }

    private static String message(Action action) {
        return switch (action) {
            case READ_DEADLINES -> "Đơn vị này nằm ngoài phạm vi của bạn";
            case REMIND_UNITS -> "Chỉ Phòng Văn hóa - Xã hội (hoặc quản trị) nhắc được các đơn vị trong phạm vi của mình";
            case EDIT_WORKING_CALENDAR -> "Chỉ quản trị hệ thống sửa được lịch làm việc";
            case READ_NOTIFICATIONS, READ_SCOPE_NOTIFICATIONS, MANAGE_OWN_PREFERENCES, USE_OWN_INBOX,
                    MANAGE_OWN_CALENDAR_FEED, READ_WORKING_CALENDAR -> "Vai trò của bạn không được thực hiện thao tác này";
        };
    }
}
