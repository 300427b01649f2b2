package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.report.domain.ReportRequirement;

@ApplicationScoped
public class ReportRequirementRepository implements PanacheRepositoryBase<ReportRequirement, UUID> {

    /** Per period, how many of its active (not withdrawn) requirements concern a unit within {@code scope}. */
    public Map<UUID, Long> countInScope(Collection<UUID> periodIds, String scope) {
        Map<UUID, Long> counts = new HashMap<>();
        if (periodIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                select r.period.id, count(r) from ReportRequirement r
                where r.period.id in :ids and (r.unitPath = :scope or r.unitPath like :descendants)
                and r.status <> vn.thiduaso.report.domain.RequirementStatus.WITHDRAWN
                group by r.period.id""", Object[].class)
                .setParameter("ids", periodIds)
                .setParameter("scope", scope)
                .setParameter("descendants", UnitPaths.descendantsPattern(scope))
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    /** A unit was renamed or moved: its requirements follow (names shown, paths used for scope). */
    public int renameUnit(UUID unitId, String name, String path) {
        return update("unitName = ?1, unitPath = ?2 where unitId = ?3", name, path, unitId);
    }
}
