package vn.thiduaso.notification.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.notification.domain.DirectoryUser;

@ApplicationScoped
public class DirectoryUserRepository implements PanacheRepositoryBase<DirectoryUser, UUID> {

    /** Active users of the unit that have an e-mail address. */
    public List<DirectoryUser> mailableInUnit(UUID unitId) {
        return list("unitId = ?1 and active = true and email is not null and trim(email) <> ''", Sort.by("username"),
                unitId);
    }

    /** Active users of the unit (with or without an address: the inbox reaches them all). */
    public List<DirectoryUser> activeInUnit(UUID unitId) {
        return list("unitId = ?1 and active = true", Sort.by("username"), unitId);
    }

    /** Active users of the unit holding the role (roles are stored comma-separated). */
    public List<DirectoryUser> activeWithRoleInUnit(String role, UUID unitId) {
        return list("unitId = ?1 and active = true and (roles = ?2 or roles like ?3 or roles like ?4 or roles like ?5)",
                Sort.by("username"), unitId, role, role + ",%", "%," + role, "%," + role + ",%");
    }

    /** Active users holding the role in the unit at {@code path} or below it (a commune's office users). */
    public List<DirectoryUser> activeWithRoleUnder(String role, String path) {
        return list("(unitPath = ?1 or unitPath like ?2) and active = true"
                + " and (roles = ?3 or roles like ?4 or roles like ?5 or roles like ?6)", Sort.by("username"), path,
                vn.thiduaso.platform.security.UnitPaths.descendantsPattern(path), role, role + ",%", "%," + role,
                "%," + role + ",%");
    }

    /** A unit moved: the unit path copied into its users follows. */
    public int moveUnit(UUID unitId, String path) {
        return update("unitPath = ?2 where unitId = ?1", unitId, path);
    }
}
