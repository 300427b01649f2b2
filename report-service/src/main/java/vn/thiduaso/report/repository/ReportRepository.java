package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.report.domain.Report;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public boolean existsForRequirement(UUID requirementId) {
        return count("requirement.id", requirementId) > 0;
    }

    /** Requirement id → id of its report, for the requirements that have one. */
    public Map<UUID, UUID> idsByRequirement(Collection<UUID> requirementIds) {
        Map<UUID, UUID> ids = new HashMap<>();
        if (requirementIds.isEmpty()) {
            return ids;
        }
        getEntityManager().createQuery(
                "select r.requirement.id, r.id from Report r where r.requirement.id in :ids", Object[].class)
                .setParameter("ids", requirementIds)
                .getResultList()
                .forEach(row -> ids.put((UUID) row[0], (UUID) row[1]));
        return ids;
    }
}
