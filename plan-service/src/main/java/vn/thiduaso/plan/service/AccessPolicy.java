package vn.thiduaso.plan.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what in plan-service — plans, movements, units, users, clusters and the audit log: the
 * one place every use case asks. Roles say what kind of work a user does; the unit scope
 * (materialised path) says where. The administrator acts everywhere; the office (Phòng VH-XH) acts
 * within its commune, never above it, and may grant only the {@code unit} and {@code council} roles.
 */
@ApplicationScoped
public class AccessPolicy {

    public enum Action {
        /** Read a plan (its current or latest issued version, its versions). */
        READ,
        /** See drafts and draft versions (not only what has been issued). */
        READ_DRAFTS,
        CREATE, EDIT, ISSUE, AMEND, CLOSE,
        /** Follow the cascade: which addressees have issued their own plan ({@code GET /plans/{id}/unit-plans}). */
        TRACK_UNIT_PLANS,
        CREATE_MOVEMENT, EDIT_MOVEMENT
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
     * A plan as the policy sees it (status null for a plan yet to be created); {@code unitPlan}: the
     * plan a unit wrote in answer to a parent plan (cascade), which the unit itself edits and issues.
     */
    public record PlanTarget(String issuingUnitPath, PlanStatus status, List<String> addresseePaths, boolean unitPlan) {

        public PlanTarget(String issuingUnitPath, PlanStatus status, List<String> addresseePaths) {
            this(issuingUnitPath, status, addresseePaths, false);
        }
    }

    public boolean allows(Caller c, Action action, PlanTarget plan) {
        boolean issuerInScope = c.covers(plan.issuingUnitPath());
        return switch (action) {
            case READ -> (issuerInScope && (seesDrafts(c) || everIssued(plan) || unitOwn(c, plan)))
                    || (everIssued(plan) && plan.addresseePaths().stream().anyMatch(c::covers));
            case READ_DRAFTS -> issuerInScope && (seesDrafts(c) || unitOwn(c, plan));
            case CREATE, EDIT, AMEND -> issuerInScope && (c.has(Roles.ADMIN, Roles.OFFICE) || unitOwn(c, plan));
            case ISSUE -> issuerInScope && (c.has(Roles.ADMIN, Roles.LEADER) || unitOwn(c, plan));
            case CLOSE -> issuerInScope && (c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER) || unitOwn(c, plan));
            case TRACK_UNIT_PLANS -> issuerInScope && c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER);
            case CREATE_MOVEMENT, EDIT_MOVEMENT -> false;
        };
    }

    /**
     * Cascade: a unit addressed by an issued (not closed) parent plan writes its own plan answering
     * it; the unit's officer, or the office/admin above it, may start it.
     */
    public boolean allowsUnitPlan(Caller c, PlanTarget parent, String unitPath) {
        return parent.status() != null && parent.status().everIssued() && parent.status() != PlanStatus.CLOSED
                && parent.addresseePaths().contains(unitPath) && c.covers(unitPath)
                && c.has(Roles.ADMIN, Roles.OFFICE, Roles.UNIT);
    }

    public void requireUnitPlan(CallerScope caller, PlanTarget parent, String unitPath) {
        if (!allowsUnitPlan(Caller.of(caller), parent, unitPath)) {
            throw new ForbiddenException("Chỉ đơn vị được giao thực hiện kế hoạch (đã ban hành) mới lập kế hoạch của đơn vị");
        }
    }

    /** A unit's officer works on the unit's own plan answering a parent plan. */
    private static boolean unitOwn(Caller c, PlanTarget plan) {
        return plan.unitPlan() && c.has(Roles.UNIT);
    }

    /**
     * Movements: everyone reads them; an administrator creates and edits any; an office creates and
     * edits commune-level movements owned by a unit in its scope.
     */
    public boolean allowsMovement(Caller c, Action action, Movement.Level level, String ownerUnitPath) {
        return switch (action) {
            case READ -> true;
            case CREATE_MOVEMENT, EDIT_MOVEMENT -> c.has(Roles.ADMIN)
                    || (c.has(Roles.OFFICE) && level == Movement.Level.COMMUNE && c.covers(ownerUnitPath));
            default -> false;
        };
    }

    /**
     * Throws unless allowed: 404 when the caller may not even read the plan (an id outside the scope,
     * or a draft hidden from the caller, is not confirmed to exist), 403 when it may read it but its
     * role may not do the action. A create names its issuing unit in the body: always 403.
     */
    public void require(CallerScope caller, Action action, PlanTarget plan) {
        Caller c = Caller.of(caller);
        if (!allows(c, action, plan)) {
            if (action != Action.CREATE && !allows(c, Action.READ, plan)) {
                throw new NotFoundException("Không tìm thấy kế hoạch");
            }
            throw new ForbiddenException(message(action));
        }
    }

    public void requireMovement(CallerScope caller, Action action, Movement.Level level, String ownerUnitPath) {
        if (!allowsMovement(Caller.of(caller), action, level, ownerUnitPath)) {
            throw new ForbiddenException(message(action));
        }
    }

    public boolean seesDrafts(CallerScope caller) {
        return seesDrafts(Caller.of(caller));
    }

    /** Drafts are the commune's internal work: units and the board see a plan once it is issued. */
    private static boolean seesDrafts(Caller c) {
        return c.has(Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.COUNCIL);
    }

    private static boolean everIssued(PlanTarget plan) {
        return plan.status() != null && plan.status().everIssued();
    }

    private static String message(Action action) {
        return switch (action) {
            case READ, READ_DRAFTS -> "Kế hoạch này nằm ngoài phạm vi của bạn";
            case CREATE, EDIT, AMEND -> "Chỉ văn phòng (Phòng VH-XH) của đơn vị ban hành được soạn, sửa, điều chỉnh kế hoạch";
            case ISSUE -> "Chỉ lãnh đạo của đơn vị ban hành được ban hành kế hoạch";
            case CLOSE -> "Bạn không được kết thúc kế hoạch này";
            case TRACK_UNIT_PLANS -> "Chỉ văn phòng, lãnh đạo của đơn vị ban hành theo dõi kế hoạch của các đơn vị";
            case CREATE_MOVEMENT, EDIT_MOVEMENT -> "Bạn chỉ được tạo, sửa phong trào cấp xã của đơn vị mình";
        };
    }

    // --- Directory: units, users, clusters, audit ---------------------------------------------

    /** Roles an office may grant (and the only roles of the accounts it may manage). */
    public static final Set<String> OFFICE_GRANTABLE = Set.of(Roles.UNIT, Roles.COUNCIL);

    private static boolean manager(CallerScope caller) {
        return caller.isAdmin() || caller.hasRole(Roles.OFFICE);
    }

    /** Below the caller's scope (not its top): where an office may restructure. */
    private static boolean strictlyBelowScope(CallerScope caller, String path) {
        return caller.isAdmin() || (caller.covers(path) && !path.equals(caller.scopePath()));
    }

    public boolean canReadUnit(CallerScope caller, String unitPath) {
        return caller.covers(unitPath);
    }

    public boolean canCreateUnitUnder(CallerScope caller, String parentPath) {
        return manager(caller) && caller.covers(parentPath);
    }

    public boolean canEditUnit(CallerScope caller, String unitPath) {
        return manager(caller) && caller.covers(unitPath);
    }

    /** Move, merge, deactivate, activate: never the top of one's own scope. */
    public boolean canRestructureUnit(CallerScope caller, String unitPath) {
        return manager(caller) && strictlyBelowScope(caller, unitPath);
    }

    public boolean canListUsers(CallerScope caller) {
        return manager(caller);
    }

    public boolean canReadUser(CallerScope caller, String userUnitPath, boolean self) {
        return self || (manager(caller) && caller.covers(userUnitPath));
    }

    /** Edit, deactivate, activate, unlock, reset the password of a user holding {@code currentRoles}. */
    public boolean canManageUser(CallerScope caller, String userUnitPath, Collection<String> currentRoles) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.hasRole(Roles.OFFICE) && caller.covers(userUnitPath) && OFFICE_GRANTABLE.containsAll(currentRoles);
    }

    /** Give {@code roles} to a user of the unit at {@code unitPath}. */
    public boolean canGrantRoles(CallerScope caller, String unitPath, Collection<String> roles) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.hasRole(Roles.OFFICE) && caller.covers(unitPath) && OFFICE_GRANTABLE.containsAll(roles);
    }

    /**
     * Throws 403 naming {@code roles} unless the caller may give exactly these roles to a user of the
     * unit at {@code unitPath}: an office grants only {@code unit} and {@code council} within its
     * commune; admin, office, leader and board are granted by an administrator only.
     */
    public void requireGrantable(CallerScope caller, String unitPath, Collection<String> roles) {
        if (!canGrantRoles(caller, unitPath, roles)) {
            throw ForbiddenException.field("roles",
                    "Bạn chỉ được cấp các vai trò đơn vị và hội đồng cho đơn vị trong xã, phường của mình");
        }
    }

    /** Upload a sheet of units or users (each row is then checked like a single create). */
    public boolean canImportDirectory(CallerScope caller) {
        return manager(caller);
    }

    public boolean canReadCluster(CallerScope caller, String communePath) {
        return caller.covers(communePath);
    }

    public boolean canEditCluster(CallerScope caller, String communePath) {
        return manager(caller) && caller.covers(communePath);
    }

    /** Audit rows of the subtree at {@code scopePath}. */
    public boolean canReadAudit(CallerScope caller, String scopePath) {
        return manager(caller) && UnitPaths.covers(caller.scopePath(), scopePath);
    }

    /**
     * Throws 404 with {@code notFound} unless the target unit lies in the caller's scope: an id outside
     * the scope answers like an id that does not exist (403 would confirm it exists). Asked before the
     * role check of an action on a target named by the URL.
     */
    public static void requireInScope(CallerScope caller, String targetUnitPath, String notFound) {
        if (targetUnitPath == null || !caller.covers(targetUnitPath)) {
            throw new NotFoundException(notFound);
        }
    }

    /** Users are read only by managers: a manager asking for a user outside its scope gets 404, any other role 403. */
    public void requireUserInScope(CallerScope caller, String userUnitPath, boolean self) {
        if (!self && manager(caller) && !caller.covers(userUnitPath)) {
            throw new NotFoundException("Không tìm thấy người dùng");
        }
    }

    /** Throws 403 with {@code message} unless {@code allowed}. */
    public static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new ForbiddenException(message);
        }
    }

    /** Service accounts (client id and secret of integrating systems) are issued and managed by administrators only. */
    public boolean allowsServiceAccounts(Caller c) {
        return c.has(Roles.ADMIN);
    }

    public void requireServiceAccounts(CallerScope caller) {
        if (!allowsServiceAccounts(Caller.of(caller))) {
            throw new ForbiddenException("Chỉ quản trị hệ thống quản lý tài khoản tích hợp");
        }
    }
}
