package vn.thiduaso.award.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.council.Seat;
import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what in award-service — the award-form catalogue and the plans awards are based on: the
 * one place every use case asks. The catalogue is national: every signed-in user reads it, only an
 * administrator maintains it. A plan is read by whoever's scope covers its issuing unit or one of
 * its addressees. Listings are filtered by the caller's scope path in the repository's query.
 */
@ApplicationScoped
public class AccessPolicy {

    public enum Action {
        /** Read the award-form catalogue (list, one form). */
        READ_FORMS,
        /** Add or change a form of the catalogue. */
        MANAGE_FORMS,
        /** Read one plan (with its addressees, award forms and milestones). */
        READ_PLAN
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

    /** What is acted on: a plan's issuing unit and addressees; {@link #CATALOGUE} for the award forms. */
    public record Target(String issuingUnitPath, List<String> addresseePaths) {

        /** The award-form catalogue belongs to no unit. */
        public static final Target CATALOGUE = new Target(null, List.of());
    }

    public boolean allows(Caller c, Action action, Target target) {
        return switch (action) {
            case READ_FORMS -> true;
            case MANAGE_FORMS -> c.has(Roles.ADMIN);
            case READ_PLAN -> c.covers(target.issuingUnitPath()) || target.addresseePaths().stream().anyMatch(c::covers);
        };
    }

    public void require(CallerScope caller, Action action, Target target) {
        if (!allows(Caller.of(caller), action, target)) {
            throw new ForbiddenException(message(action));
        }
    }

    // --- Council (Hội đồng Thi đua - Khen thưởng) ---------------------------------------------------

    /** What may be done with a council session; the target is the session's commune and the caller's seat in it. */
    public enum CouncilAction {
        /** Create a session with its members and agenda (the office of the round's commune). */
        CREATE_SESSION,
        /** Read a session, its agenda and, after the close, the tally and the minutes. */
        READ_SESSION,
        /** Record who is present (the office, the chair or the secretary). */
        RECORD_ATTENDANCE,
        /** Open the vote with its window, and close it (the chair). */
        CHAIR_SESSION,
        /** Cast ballots and declare recusals (a member of the session). */
        VOTE
    }

    /**
     * A council session as the policy sees it: the commune it belongs to and the caller's seat in it
     * ({@code null} when the caller is not a member).
     */
    public record CouncilTarget(String communePath, Seat callerSeat) {
    }

    /**
     * Office and leader read every session of their commune; a council user only those they sit on;
     * the chair opens and closes; members vote. Admins read (support) but never vote or chair.
     */
    public boolean allows(Caller c, CouncilAction action, CouncilTarget t) {
        if (!c.covers(t.communePath())) {
            return false;
        }
        boolean member = c.has(Roles.COUNCIL) && t.callerSeat() != null;
        return switch (action) {
            case CREATE_SESSION -> c.has(Roles.OFFICE);
            case READ_SESSION -> c.has(Roles.OFFICE, Roles.LEADER, Roles.ADMIN) || member;
            case RECORD_ATTENDANCE -> c.has(Roles.OFFICE)
                    || member && (t.callerSeat() == Seat.CHAIR || t.callerSeat() == Seat.SECRETARY);
            case CHAIR_SESSION -> member && t.callerSeat() == Seat.CHAIR;
            case VOTE -> member;
        };
    }

    public void require(CallerScope caller, CouncilAction action, CouncilTarget target) {
        if (!allows(Caller.of(caller), action, target)) {
            throw new ForbiddenException(switch (action) {
                case CREATE_SESSION -> "Chỉ Phòng Văn hóa - Xã hội của xã được lập phiên họp Hội đồng";
                case READ_SESSION -> "Bạn không phải thành viên của phiên họp Hội đồng này";
                case RECORD_ATTENDANCE -> "Chỉ Phòng Văn hóa - Xã hội, Chủ tịch hoặc Thư ký Hội đồng được điểm danh";
                case CHAIR_SESSION -> "Chỉ Chủ tịch Hội đồng được mở và kết thúc biểu quyết";
                case VOTE -> "Chỉ thành viên của phiên họp Hội đồng được biểu quyết";
            });
        }
    }

    private static String message(Action action) {
        return switch (action) {
            case READ_FORMS -> "Bạn không được xem danh mục hình thức khen thưởng";
            case MANAGE_FORMS -> "Chỉ quản trị hệ thống được thêm, sửa hình thức khen thưởng";
            case READ_PLAN -> "Kế hoạch này nằm ngoài phạm vi của bạn";
        };
    }
}
