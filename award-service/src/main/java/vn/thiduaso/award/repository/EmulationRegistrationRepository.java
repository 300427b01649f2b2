package vn.thiduaso.award.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.EmulationRegistration;
import vn.thiduaso.platform.security.UnitPaths;

/** Đăng ký thi đua. */
@ApplicationScoped
public class EmulationRegistrationRepository implements PanacheRepositoryBase<EmulationRegistration, UUID> {

    public Optional<EmulationRegistration> of(UUID unitId, int year) {
        return find("unitId = ?1 and year = ?2", unitId, year).firstResultOptional();
    }

    /** Registrations of units in {@code scope}, optionally of one year and one unit; by year (newest) and unit name. */
    public PanacheQuery<EmulationRegistration> visible(String scope, Integer year, UUID unitId) {
        StringBuilder where = new StringBuilder("(unitPath = :scope or unitPath like :descendants)");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        if (unitId != null) {
            where.append(" and unitId = :unitId");
            params.and("unitId", unitId);
        }
        return find(where.toString(), Sort.descending("year").and("unitName").and("id"), params);
    }
}
