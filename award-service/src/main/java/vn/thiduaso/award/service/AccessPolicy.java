package vn.thiduaso.award.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.problem.NotFoundException;
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
        READ_PLAN,
        /** Forward posted dossiers of higher forms to the city/province board (target: the commune). */
        FORWARD,
        /** Read a forwarding and download its bundle (target: the commune, addressee: the board unit). */
        READ_FORWARDING,
        /** The board lists and reads the dossiers forwarded to it (target: the board unit). */
        BOARD_READ,
        /** The board posts its decision on a forwarded dossier (target: the board unit). */
        BOARD_DECIDE,
        /** Read a commune's reward fund (target: the commune). */
        READ_FUND,
        /** Add budget, payment and adjustment lines to a commune's fund (target: the commune). */
        MANAGE_FUND,
        /** Read the certificate layouts of a commune (target: the commune). */
        READ_CERTIFICATE_LAYOUTS,
        /** Set where a certificate's fields are printed (target: the commune). */
        MANAGE_CERTIFICATE_LAYOUT,
        /** Print certificates of decided awards (target: the award's commune). */
        PRINT_CERTIFICATE
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

        /** One unit's subtree (a commune, a board unit). */
        public static Target unit(String path) {
            return new Target(path, List.of());
        }

        /** A forwarding: the sending commune, and the board unit it went to. */
        public static Target forwarding(String communePath, String boardUnitPath) {
            return new Target(communePath, List.of(boardUnitPath));
        }
    }

    public boolean allows(Caller c, Action action, Target target) {
        return switch (action) {
            case READ_FORMS -> true;
            case MANAGE_FORMS -> c.has(Roles.ADMIN);
            case READ_PLAN -> c.covers(target.issuingUnitPath()) || target.addresseePaths().stream().anyMatch(c::covers);
            case READ_FORWARDING -> c.has(Roles.ADMIN) || c.has(Roles.OFFICE, Roles.LEADER) && c.covers(target.issuingUnitPath())
                    || c.has(Roles.BOARD) && target.addresseePaths().stream().anyMatch(c::covers);
            case FORWARD, BOARD_READ, BOARD_DECIDE, READ_FUND, MANAGE_FUND, READ_CERTIFICATE_LAYOUTS,
                    MANAGE_CERTIFICATE_LAYOUT, PRINT_CERTIFICATE -> mayEver(c, action) && c.covers(target.issuingUnitPath());
        };
    }

    /**
     * Whether the caller's role may ever do the action, whatever the target: a use case answers 403
     * when not, and 404 for a target outside the scope of a role that may (it does not tell what exists).
     */
    public boolean mayEver(Caller c, Action action) {
        return switch (action) {
            case READ_FORMS, READ_PLAN -> true;
            case MANAGE_FORMS -> c.has(Roles.ADMIN);
            case FORWARD, MANAGE_FUND, MANAGE_CERTIFICATE_LAYOUT -> c.has(Roles.OFFICE);
            case READ_FORWARDING -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD);
            case BOARD_READ, BOARD_DECIDE -> c.has(Roles.BOARD);
            case READ_FUND -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD);
            case READ_CERTIFICATE_LAYOUTS, PRINT_CERTIFICATE -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
        };
    }

    /** 403 unless the caller's role may ever do the action. */
    public void requireRole(CallerScope caller, Action action) {
        if (!mayEver(Caller.of(caller), action)) {
            throw new ForbiddenException(message(action));
        }
    }

    /** 404 (the thing is not shown to this caller) unless the action is allowed on the target. */
    public void requireInScope(CallerScope caller, Action action, Target target, String notFoundMessage) {
        if (!allows(Caller.of(caller), action, target)) {
            throw new NotFoundException(notFoundMessage);
        }
    }

    public void require(CallerScope caller, Action action, Target target) {
        if (!allows(Caller.of(caller), action, target)) {
            throw new ForbiddenException(message(action));
        }
    }

    private static String message(Action action) {
        return switch (action) {
            case READ_FORMS -> "Bạn không được xem danh mục hình thức khen thưởng";
            case MANAGE_FORMS -> "Chỉ quản trị hệ thống được thêm, sửa hình thức khen thưởng";
            case READ_PLAN -> "Kế hoạch này nằm ngoài phạm vi của bạn";
            case FORWARD -> "Chỉ văn phòng (cơ quan thường trực) được chuyển hồ sơ lên Ban Thi đua - Khen thưởng";
            case READ_FORWARDING -> "Bạn không được xem tờ trình chuyển hồ sơ";
            case BOARD_READ -> "Chỉ Ban Thi đua - Khen thưởng được xem hồ sơ chuyển lên";
            case BOARD_DECIDE -> "Chỉ Ban Thi đua - Khen thưởng được gửi quyết định về hồ sơ chuyển lên";
            case READ_FUND -> "Bạn không được xem quỹ thi đua, khen thưởng";
            case MANAGE_FUND -> "Chỉ văn phòng được ghi sổ quỹ thi đua, khen thưởng";
            case READ_CERTIFICATE_LAYOUTS -> "Bạn không được xem mẫu in phôi";
            case MANAGE_CERTIFICATE_LAYOUT -> "Chỉ văn phòng được đặt vị trí in phôi";
            case PRINT_CERTIFICATE -> "Bạn không được in giấy khen";
        };
    }
}
