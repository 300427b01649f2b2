package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportStatus;
import vn.thiduaso.report.domain.ReportSummary;

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
        summariesByRequirement(requirementIds).forEach((k, v) -> ids.put(k, v.id()));
        return ids;
    }

    /** Requirement id → its report's summary, for the requirements that have one. */
    public Map<UUID, ReportSummary> summariesByRequirement(Collection<UUID> requirementIds) {
        Map<UUID, ReportSummary> found = new HashMap<>();
        if (requirementIds.isEmpty()) {
            return found;
        }
        getEntityManager().createQuery("""
                select new vn.thiduaso.report.domain.ReportSummary(r.id, r.requirement.id, r.status, r.version,
                r.submittedAt, r.lateSeconds) from Report r where r.requirement.id in :ids""", ReportSummary.class)
                .setParameter("ids", requirementIds)
                .getResultList()
                .forEach(s -> found.put(s.requirementId(), s));
        return found;
    }

    /**
     * Reports waiting for review in the periods of communes within {@code scope} (the plan's issuing
     * unit lies in scope), in one status, oldest submission first.
     */
    public PanacheQuery<Report> reviewQueue(String scope, UUID periodId, ReportStatus status) {
        StringBuilder where = new StringBuilder("""
                from Report r where r.status = :status and r.requirement.period.secondHop = false
                and (r.requirement.period.issuingUnitPath = :scope
                     or r.requirement.period.issuingUnitPath like :descendants)""");
        Parameters params = Parameters.with("status", status).and("scope", scope)
                .and("descendants", UnitPaths.descendantsPattern(scope));
        if (periodId != null) {
            where.append(" and r.requirement.period.id = :periodId");
            params.and("periodId", periodId);
        }
        return find(where.toString(), io.quarkus.panache.common.Sort.by("submittedAt", io.quarkus.panache.common.Sort.NullPrecedence.NULLS_LAST)
                .and("updatedAt").and("id"), params);
    }

    /**
     * The unit's accepted reports of a plan's ANNUAL periods before {@code year} (a review's prefill),
     * oldest year first.
     */
    public java.util.List<Report> acceptedAnnual(UUID planId, UUID unitId, int beforeYear) {
        return list("""
                from Report r join fetch r.requirement q join fetch q.period p
                where p.planId = ?1 and q.unitId = ?2 and p.year < ?3 and p.secondHop = false
                and p.kind = vn.thiduaso.report.domain.PeriodKind.ANNUAL
                and r.status = vn.thiduaso.report.domain.ReportStatus.ACCEPTED
                order by p.year""", planId, unitId, beforeYear);
    }
}
