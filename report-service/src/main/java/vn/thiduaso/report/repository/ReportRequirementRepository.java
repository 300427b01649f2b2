package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.report.domain.RequirementStatus;
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

    /**
     * Requirements of units within {@code scope} (and of {@code ownUnitId} only, when given), by
     * effective deadline then unit name; withdrawn ones only when {@code status} asks for them.
     */
    public PageResponse<ReportRequirement> visible(String scope, UUID ownUnitId, UUID unitId, Integer year, UUID planId,
            RequirementStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" from ReportRequirement r join r.period p"
                + " where (r.unitPath = :scope or r.unitPath like :descendants)");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope);
        params.put("descendants", UnitPaths.descendantsPattern(scope));
        if (ownUnitId != null) {
            where.append(" and r.unitId = :own");
            params.put("own", ownUnitId);
        }
        if (unitId != null) {
            where.append(" and r.unitId = :unitId");
            params.put("unitId", unitId);
        }
        if (year != null) {
            where.append(" and p.year = :year");
            params.put("year", year);
        }
        if (planId != null) {
            where.append(" and p.planId = :planId");
            params.put("planId", planId);
        }
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        } else {
            where.append(" and r.status <> vn.thiduaso.report.domain.RequirementStatus.WITHDRAWN");
        }
        var em = getEntityManager();
        var select = em.createQuery("select r" + where + " order by coalesce(r.dueAt, p.dueAt), r.unitName, r.id",
                ReportRequirement.class);
        var count = em.createQuery("select count(r)" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ReportRequirement> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageResponse<>(items, page, size, count.getSingleResult());
    }

    /** A unit was renamed or moved: its requirements follow (names shown, paths used for scope). */
    public int renameUnit(UUID unitId, String name, String path) {
        return update("unitName = ?1, unitPath = ?2 where unitId = ?3", name, path, unitId);
    }
}
