package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportStatus;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public boolean existsForRequirement(UUID requirementId) {
        return count("requirement.id", requirementId) > 0;
    }

    /** The status of the requirement's report, or null when it has none. */
    public ReportStatus statusOf(UUID requirementId) {
        return getEntityManager().createQuery("select r.status from Report r where r.requirement.id = :id",
                ReportStatus.class).setParameter("id", requirementId).getResultStream().findFirst().orElse(null);
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
