package vn.thiduaso.award.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.AwardPlan;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class AwardPlanRepository implements PanacheRepositoryBase<AwardPlan, UUID> {

    /**
     * Plans a caller may see: issued by a unit in {@code scope}, or addressed to a unit in it;
     * {@code q} searches title (accent-insensitive) and number.
     */
    public PanacheQuery<AwardPlan> visible(String scope, String q) {
        StringBuilder where = new StringBuilder("((p.issuingUnitPath = :scope or p.issuingUnitPath like :descendants)"
                + " or exists (select 1 from AwardPlan p2 join p2.addressees a where p2 = p"
                + " and (a.unitPath = :scope or a.unitPath like :descendants)))");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(function('unaccent', p.title)) like lower(function('unaccent', :q))"
                    + " or lower(coalesce(p.number, '')) like lower(:q))");
            params.and("q", "%" + q.trim() + "%");
        }
        return find("from AwardPlan p where " + where,
                Sort.descending("issuedAt").and("planId", Sort.Direction.Ascending), params);
    }

    /** Number of addressees per plan, for list pages (one query instead of one per plan). */
    public Map<UUID, Integer> addresseeCounts(Collection<UUID> planIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (planIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery("select p.planId, size(p.addressees) from AwardPlan p where p.planId in :ids", Object[].class)
                .setParameter("ids", planIds)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** A unit was renamed or moved: the plans it issued and the addressee entries naming it follow. */
    public int moveUnit(UUID unitId, String name, String path) {
        int issued = update("issuingUnitPath = ?2, issuingUnitName = ?3 where issuingUnitId = ?1", unitId, path, name);
        int addressed = getEntityManager().createNativeQuery(
                "update award_plan_addressee set unit_path = :path, unit_name = :name where unit_id = :id")
                .setParameter("path", path).setParameter("name", name).setParameter("id", unitId)
                .executeUpdate();
        return issued + addressed;
    }
}
