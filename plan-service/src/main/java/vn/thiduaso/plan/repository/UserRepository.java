package vn.thiduaso.plan.repository;

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
        return find("unitId in (select u.id from Unit u where u.path = :scope or u.path like :descendants)",
                Sort.by("username"),
                Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope)));
    }
}
