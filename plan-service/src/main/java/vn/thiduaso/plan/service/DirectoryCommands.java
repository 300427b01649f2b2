package vn.thiduaso.plan.service;

import java.util.List;
import java.util.UUID;

import vn.thiduaso.plan.domain.AccountLock;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;

/** What the directory use cases take and give back (the api maps its records to and from these). */
public final class DirectoryCommands {

    public record NewUnit(UUID parentId, String code, String name, UnitKind kind, String headName, String headTitle,
            String email, String phone) {
    }

    /** A null field stays as it is; a blank text clears an optional field. */
    public record UnitChanges(String name, String code, UnitKind kind, String headName, String headTitle, String email,
            String phone, Long version) {
    }

    public record NewUser(String username, String fullName, String email, List<String> roles, UUID unitId,
            String temporaryPassword) {
    }

    /** A null field stays as it is. */
    public record UserChanges(String fullName, String email, List<String> roles, UUID unitId, Long version) {
    }

    public record UserWithUnit(UserAccount user, Unit unit) {
    }

    public record UnitNode(Unit unit, List<UnitNode> children) {
    }

    public record LockWithUser(AccountLock lock, UserAccount user, boolean active) {
    }

    private DirectoryCommands() {
    }
}
