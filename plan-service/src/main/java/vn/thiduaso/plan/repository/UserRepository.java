package vn.thiduaso.plan.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    public Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Users whose unit lies at or below {@code scope}. */
    public PanacheQuery<UserAccount> inScope(String scope) {
        return inScope(scope, null, null, null, null);
    }

    /** Users at or below {@code scope}, optionally of one unit, holding one role, matching a name, active or not. */
    public PanacheQuery<UserAccount> inScope(String scope, UUID unitId, String role, String q, Boolean active) {
        StringBuilder where = new StringBuilder(
                "unitId in (select u.id from Unit u where u.path = :scope or u.path like :descendants)");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (unitId != null) {
            where.append(" and unitId = :unitId");
            params.and("unitId", unitId);
        }
        if (role != null && !role.isBlank()) {
            where.append(" and array_contains(roles, :role)");
            params.and("role", role);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(function('unaccent', fullName)) like lower(function('unaccent', :q))"
                    + " or lower(username) like lower(:q))");
            params.and("q", "%" + q.trim() + "%");
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return find(where.toString(), Sort.by("username"), params);
    }

    public List<UserAccount> ofUnit(UUID unitId) {
        return list("unitId", Sort.by("username"), unitId);
    }

    public long countWithRole(String role) {
        return count("array_contains(roles, ?1)", role);
    }
}
