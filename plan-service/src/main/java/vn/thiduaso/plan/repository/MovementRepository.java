package vn.thiduaso.plan.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import vn.thiduaso.plan.domain.Movement;

@ApplicationScoped
public class MovementRepository implements PanacheRepositoryBase<Movement, UUID> {

    public PanacheQuery<Movement> search(String q, Movement.Level level) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (level != null) {
            where.append(" and m.level = :level");
            params.and("level", level);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(function('unaccent', m.name)) like lower(function('unaccent', :q))"
                    + " or lower(coalesce(m.documentNumber, '')) like lower(:q))");
            params.and("q", "%" + q.trim().replace("%", "").replace("_", "") + "%");
        }
        return find("from Movement m where " + where + " order by m.level, m.startYear, m.name", params);
    }
}
