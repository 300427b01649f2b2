package vn.thiduaso.report.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.report.domain.ReportingPlan;

@ApplicationScoped
public class ReportingPlanRepository implements PanacheRepositoryBase<ReportingPlan, UUID> {

    public boolean accepts(UUID planId, int version) {
        ReportingPlan plan = findById(planId);
        return plan == null || plan.accepts(version);
    }

    /** The version was applied; returns the plan's record for the caller to describe it. */
    public ReportingPlan applied(UUID planId, int version, Instant at) {
        ReportingPlan plan = findOrNew(planId, version, at);
        plan.planVersion = Math.max(plan.planVersion, version);
        plan.updatedAt = at;
        return plan;
    }

    /** A unit that issued plans moved: the copies of its path follow. */
    public int moveIssuingUnit(UUID unitId, String path, String name) {
        return update("issuingUnitPath = ?1, issuingUnitName = ?2 where issuingUnitId = ?3", path, name, unitId);
    }

    public void closed(UUID planId, Instant at) {
        ReportingPlan plan = findOrNew(planId, 0, at);
        if (plan.closedAt == null) {
            plan.closedAt = at;
        }
        plan.updatedAt = Instant.now();
    }

    private ReportingPlan findOrNew(UUID planId, int version, Instant at) {
        ReportingPlan plan = findById(planId);
        if (plan == null) {
            plan = new ReportingPlan();
            plan.planId = planId;
            plan.planVersion = version;
            plan.updatedAt = at;
            persist(plan);
        }
        return plan;
    }
}
