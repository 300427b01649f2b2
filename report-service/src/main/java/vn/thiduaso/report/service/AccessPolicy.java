package vn.thiduaso.report.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what in report-service — reporting periods and reports: the one place every use case
 * asks. Roles say what kind of work a user does; the unit scope (materialised path) says where.
 * Listings are filtered by the caller's scope path in the repositories' queries; this class decides
 * on one target.
 */
@ApplicationScoped
public class AccessPolicy {

    public enum Action {
        /** Read a unit's report, or see its requirement in a period. */
        READ_REPORT,
        /** Write the draft report of a requirement's unit. */
        CREATE_REPORT,
        /** Read a reporting period (with the requirements of the units in scope). */
        READ_PERIOD,
        /** Change a draft (or returned) report, or its attachments: as CREATE_REPORT. */
        UPDATE_REPORT,
        /** Send a report (the unit's officer; office or admin in scope on its behalf): as CREATE_REPORT. */
        SUBMIT_REPORT,
        /** Confirm a report awaiting its leader: a leader (or admin) whose scope covers the unit. */
        CONFIRM_REPORT,
        /**
         * Return, accept or reopen a report, see the review queue: the office (or admin) of the commune
         * that issued the period's plan; the target is that issuing unit's path ({@link Target#commune}).
         */
        REVIEW_REPORT,
        /** The review queue: office, admin and the commune's leaders (who confirm); filtered by scope in SQL. */
        READ_REVIEW_QUEUE,
        /** Extend a period's deadline (for one unit or everyone): as REVIEW_REPORT. */
        EXTEND_DEADLINE,
        /** A unit's reporting settings (leader confirmation): office or admin whose scope covers the unit. */
        MANAGE_SETTINGS,

        // --- Consolidation and dashboards (helper R2): decided in consolidationAllows -----------
        /** Assemble, re-assemble and edit a commune's consolidated report (its office). Target: the commune. */
        WRITE_CONSOLIDATION,
        /** Approve it (a leader of the commune). */
        APPROVE_CONSOLIDATION,
        /** Submit it onwards (the office or a leader). */
        SUBMIT_CONSOLIDATION,
        /** Read one whatever its status, and print it (the commune's office and leaders). */
        READ_CONSOLIDATION,
        /** Read and print a submitted one (also the city/province board over its subtree). */
        READ_SUBMITTED_CONSOLIDATION,
        /** List consolidations, read dashboards and their exports over a subtree. Target: that subtree. */
        READ_DASHBOARD
    }

    /** The caller as the policy sees it: roles, the subtree they may act on, and their own unit. */
    public record Caller(Set<String> roles, String scopePath, UUID unitId) {

        public static Caller of(CallerScope scope) {
            // The own unit matters to a unit's officer only (and reading it checks the claim is a UUID).
            return new Caller(scope.roles(), scope.scopePath(), scope.hasRole(Roles.UNIT) ? scope.unitId() : null);
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
     * What is acted on: the unit of a report or requirement ({@code unitId}, one path), or a period
     * (its recipient's and its requirements' unit paths; no unit id).
     */
    public record Target(UUID unitId, List<String> unitPaths) {

        public static Target unit(UUID unitId, String unitPath) {
            return new Target(unitId, unitPath == null ? List.of() : List.of(unitPath));
        }

        /** The commune a period belongs to (its plan's issuing unit): the scope of review and extensions. */
        public static Target commune(String issuingUnitPath) {
            return new Target(null, issuingUnitPath == null ? List.of() : List.of(issuingUnitPath));
        }

        /** Nothing in particular (the caller's role decides; lists are filtered by scope). */
        public static Target none() {
            return new Target(null, List.of());
        }

        public static Target period(String recipientUnitPath, List<String> requirementUnitPaths) {
            return new Target(null, Stream.concat(Stream.ofNullable(recipientUnitPath), requirementUnitPaths.stream()).toList());
        }
    }

    public boolean allows(Caller c, Action action, Target target) {
        boolean inScope = target.unitPaths().stream().anyMatch(c::covers);
        return switch (action) {
            case READ_REPORT, READ_PERIOD -> inScope;
            case WRITE_CONSOLIDATION, APPROVE_CONSOLIDATION, SUBMIT_CONSOLIDATION, READ_CONSOLIDATION,
                    READ_SUBMITTED_CONSOLIDATION, READ_DASHBOARD -> consolidationAllows(c, action, inScope);
            // An administrator or office reports for any unit in scope; a unit's officer for their own unit
            // only, by id (a caller holding both kinds of role is judged as an office).
            case CREATE_REPORT, UPDATE_REPORT, SUBMIT_REPORT -> c.has(Roles.ADMIN, Roles.OFFICE)
                    ? inScope
                    : c.has(Roles.UNIT) && target.unitId() != null && target.unitId().equals(c.unitId());
            case CONFIRM_REPORT -> c.has(Roles.ADMIN, Roles.LEADER) && inScope;
            case REVIEW_REPORT, EXTEND_DEADLINE, MANAGE_SETTINGS -> c.has(Roles.ADMIN, Roles.OFFICE) && inScope;
            case READ_REVIEW_QUEUE -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
        };
    }

    /**
     * A unit's officer (without an office or admin role) sees only their own unit's requirements:
     * that unit's id, else null (the scope path alone filters).
     */
    public UUID ownUnitOnly(CallerScope caller) {
        Caller c = Caller.of(caller);
        return c.has(Roles.UNIT) && !c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.COUNCIL, Roles.BOARD)
                ? c.unitId()
                : null;
    }

    public boolean allows(CallerScope caller, Action action, Target target) {
        return allows(Caller.of(caller), action, target);
    }

    /**
     * Throws unless allowed: 403 when the caller's role may never do the action; 404 when it may but
     * the target lies outside the caller's scope (a report or period outside it is not confirmed to
     * exist); 403 when the target is in scope and the action still is not the caller's.
     */
    public void require(CallerScope caller, Action action, Target target) {
        Caller c = Caller.of(caller);
        if (!allows(c, action, target)) {
            if (mayEver(c, action) && !target.unitPaths().isEmpty() && target.unitPaths().stream().noneMatch(c::covers)) {
                throw new NotFoundException(notFound(action));
            }
            throw new ForbiddenException(message(c, action));
        }
    }

    /** Whether the caller's roles may ever do the action, wherever the target lies. */
    public boolean mayEver(Caller c, Action action) {
        return switch (action) {
            case READ_REPORT, READ_PERIOD -> true;
            case CREATE_REPORT, UPDATE_REPORT, SUBMIT_REPORT -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.UNIT);
            case CONFIRM_REPORT -> c.has(Roles.ADMIN, Roles.LEADER);
            case REVIEW_REPORT, EXTEND_DEADLINE, MANAGE_SETTINGS, WRITE_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.OFFICE);
            case READ_REVIEW_QUEUE, SUBMIT_CONSOLIDATION, READ_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
            case APPROVE_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.LEADER);
            case READ_SUBMITTED_CONSOLIDATION, READ_DASHBOARD -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD);
        };
    }

    private static String notFound(Action action) {
        return switch (action) {
            case READ_PERIOD, EXTEND_DEADLINE -> "Không tìm thấy kỳ báo cáo";
            case WRITE_CONSOLIDATION, APPROVE_CONSOLIDATION, SUBMIT_CONSOLIDATION, READ_CONSOLIDATION,
                    READ_SUBMITTED_CONSOLIDATION -> "Không tìm thấy báo cáo tổng hợp";
            case READ_DASHBOARD, MANAGE_SETTINGS -> "Không tìm thấy đơn vị";
            default -> "Không tìm thấy báo cáo";
        };
    }

    private static String message(Caller c, Action action) {
        return switch (action) {
            case READ_REPORT -> "Đơn vị này nằm ngoài phạm vi của bạn";
            case CREATE_REPORT -> c.has(Roles.ADMIN, Roles.OFFICE)
                    ? "Đơn vị này nằm ngoài phạm vi của bạn"
                    : "Bạn chỉ được lập báo cáo cho đơn vị của mình";
            case READ_PERIOD -> "Kỳ báo cáo này không liên quan đến đơn vị trong phạm vi của bạn";
            case UPDATE_REPORT, SUBMIT_REPORT -> c.has(Roles.ADMIN, Roles.OFFICE)
                    ? "Đơn vị này nằm ngoài phạm vi của bạn"
                    : c.has(Roles.UNIT) ? "Bạn chỉ được sửa và gửi báo cáo của đơn vị mình"
                    : "Vai trò của bạn không được sửa hoặc gửi báo cáo";
            case CONFIRM_REPORT -> c.has(Roles.ADMIN, Roles.LEADER)
                    ? "Đơn vị này nằm ngoài phạm vi của bạn"
                    : "Chỉ lãnh đạo mới xác nhận được báo cáo";
            case REVIEW_REPORT -> c.has(Roles.ADMIN, Roles.OFFICE)
                    ? "Báo cáo này thuộc kỳ báo cáo của xã/phường khác"
                    : "Chỉ Phòng Văn hóa - Xã hội mới trả lại, tiếp nhận hoặc mở lại báo cáo";
            case READ_REVIEW_QUEUE -> "Vai trò của bạn không xem được danh sách báo cáo chờ xử lý";
            case EXTEND_DEADLINE -> c.has(Roles.ADMIN, Roles.OFFICE)
                    ? "Kỳ báo cáo này thuộc xã/phường khác"
                    : "Chỉ Phòng Văn hóa - Xã hội mới gia hạn được";
            case MANAGE_SETTINGS -> c.has(Roles.ADMIN, Roles.OFFICE)
                    ? "Đơn vị này nằm ngoài phạm vi của bạn"
                    : "Vai trò của bạn không thay đổi được cấu hình báo cáo";
            case WRITE_CONSOLIDATION, APPROVE_CONSOLIDATION, SUBMIT_CONSOLIDATION, READ_CONSOLIDATION,
                    READ_SUBMITTED_CONSOLIDATION, READ_DASHBOARD -> consolidationMessage(c, action);
        };
    }

    // --- Consolidation and dashboards (helper R2) ----------------------------------------------

    /**
     * The commune's office writes its consolidated report, a leader of the commune approves it, either
     * submits it; both read it at any status. The city/province board reads submitted ones (and the
     * dashboards) over its subtree. A unit's officer and the council see neither. Always within scope.
     */
    private static boolean consolidationAllows(Caller c, Action action, boolean inScope) {
        boolean role = switch (action) {
            case WRITE_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.OFFICE);
            case APPROVE_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.LEADER);
            case SUBMIT_CONSOLIDATION, READ_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
            case READ_SUBMITTED_CONSOLIDATION, READ_DASHBOARD -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD);
            default -> false;
        };
        return role && inScope;
    }

    /** Whether the caller sees consolidations that are not submitted yet (a board member does not). */
    public boolean seesUnsubmittedConsolidations(CallerScope caller) {
        return Caller.of(caller).has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
    }

    private static String consolidationMessage(Caller c, Action action) {
        return switch (action) {
            case WRITE_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.OFFICE) ? "Xã này nằm ngoài phạm vi của bạn"
                    : "Chỉ Phòng Văn hóa - Xã hội của xã được tổng hợp và sửa báo cáo tổng hợp";
            case APPROVE_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.LEADER) ? "Xã này nằm ngoài phạm vi của bạn"
                    : "Chỉ lãnh đạo UBND xã được phê duyệt báo cáo tổng hợp";
            case SUBMIT_CONSOLIDATION -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER) ? "Xã này nằm ngoài phạm vi của bạn"
                    : "Chỉ Phòng Văn hóa - Xã hội hoặc lãnh đạo xã được gửi báo cáo tổng hợp";
            case READ_CONSOLIDATION, READ_SUBMITTED_CONSOLIDATION -> c.has(Roles.BOARD)
                    ? "Ban Thi đua - Khen thưởng chỉ xem báo cáo tổng hợp đã gửi của các xã trong phạm vi"
                    : c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER) ? "Xã này nằm ngoài phạm vi của bạn"
                            : "Vai trò của bạn không xem được báo cáo tổng hợp";
            case READ_DASHBOARD -> c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.BOARD)
                    ? "Phạm vi này nằm ngoài phạm vi của bạn"
                    : "Vai trò của bạn không xem được bảng theo dõi";
            default -> "Bạn không có quyền thực hiện thao tác này";
        };
    }
}
