package vn.thiduaso.plan.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.plan.domain.Cluster;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class ClusterRepository implements PanacheRepositoryBase<Cluster, UUID> {

    /** Clusters whose commune lies in {@code scope}, optionally of one commune and year. */
    public PanacheQuery<Cluster> inScope(String scope, UUID communeId, Integer year) {
        StringBuilder where = new StringBuilder(
                "communeId in (select u.id from Unit u where u.path = :scope or u.path like :descendants)");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (communeId != null) {
            where.append(" and communeId = :communeId");
            params.and("communeId", communeId);
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        return find(where.toString(), Sort.by("year").and("name"), params);
    }
}
