package vn.thiduaso.plan.service;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.problem.ForbiddenException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Who may do what on units, users, clusters and the audit log, asked by every use case of the
 * directory. Targets are given by unit path; the caller's scope is the subtree of its token.
 * The administrator acts everywhere; the office (Phòng VH-XH) acts within its commune, never above it,
 * and may grant only the {@code unit} and {@code council} roles.
 */
@ApplicationScoped
public class AccessPolicy {

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

    /** Throws 403 with {@code message} unless {@code allowed}. */
    public static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new ForbiddenException(message);
        }
    }
}
