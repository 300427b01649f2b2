package vn.thiduaso.platform.security;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.thiduaso.platform.problem.ForbiddenException;

/**
 * Who is calling and which part of the unit tree they may touch. Every resource checks the target
 * unit against this before reading or writing: hiding a button is never the protection.
 */
@RequestScoped
public class CallerScope {

    private final JsonWebToken jwt;

    public CallerScope(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    /** A scope for work the system does by itself (e.g. loading demo data at start): administrator, named. */
    public static CallerScope system(String name) {
        return new CallerScope(new SystemToken("system:" + name));
    }

    public String username() {
        return jwt.getName();
    }

    public UUID userId() {
        return uuidClaim(jwt.getSubject(), "sub");
    }

    public Set<String> roles() {
        return jwt.getGroups();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public UUID unitId() {
        return uuidClaim(jwt.getClaim(Claims.UNIT_ID), Claims.UNIT_ID);
    }

    /** A token whose ids are not UUIDs was not issued by us: 401, not 500. */
    private static UUID uuidClaim(String value, String claim) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new io.quarkus.security.AuthenticationFailedException("claim " + claim + " is not a UUID");
        }
    }

    public String unitPath() {
        return jwt.getClaim(Claims.UNIT_PATH);
    }

    /** The subtree this caller may act on; admins cover the whole tree. */
    public String scopePath() {
        if (isAdmin()) {
            return UnitPaths.ROOT;
        }
        String scope = jwt.getClaim(Claims.SCOPE_PATH);
        return scope != null ? scope : unitPath();
    }

    public boolean covers(String targetUnitPath) {
        return UnitPaths.covers(scopePath(), targetUnitPath);
    }

    /** Throws 403 unless the target unit lies in the caller's scope. */
    public void requireCovers(String targetUnitPath) {
        if (!covers(targetUnitPath)) {
            throw new ForbiddenException("Đơn vị này nằm ngoài phạm vi của bạn");
        }
    }

    /** Throws 403 unless the caller has one of the roles. */
    public void requireAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return;
            }
        }
        throw new ForbiddenException("Vai trò của bạn không được thực hiện thao tác này");
    }
}
