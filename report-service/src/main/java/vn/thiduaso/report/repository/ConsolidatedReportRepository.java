package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.report.domain.PeriodKind;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportStatus;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;
import vn.thiduaso.report.domain.consolidation.ConsolidationStatus;

/** Consolidated reports, and what they are assembled from (the periods' reports). */
@ApplicationScoped
public class ConsolidatedReportRepository implements PanacheRepositoryBase<ConsolidatedReport, UUID> {

    public Optional<ConsolidatedReport> findByPeriod(UUID periodId) {
        return find("periodId", periodId).firstResultOptional();
    }

    /** Period id → its consolidation, for the periods that have one. */
    public Map<UUID, ConsolidatedReport> byPeriods(Collection<UUID> periodIds) {
        Map<UUID, ConsolidatedReport> found = new HashMap<>();
        if (!periodIds.isEmpty()) {
            list("periodId in ?1", periodIds).forEach(c -> found.put(c.periodId, c));
        }
        return found;
    }

    /**
     * Consolidations of communes within {@code scope} (and {@code unitPath}, narrower, when given);
     * {@code statuses} the ones the caller may see. Latest year first, then commune name.
     */
    public PanacheQuery<ConsolidatedReport> visible(String scope, String unitPath, Integer year, UUID planId,
            List<ConsolidationStatus> statuses) {
        StringBuilder where = new StringBuilder("(c.unitPath = :scope or c.unitPath like :descendants) and c.status in :statuses");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope))
                .and("statuses", statuses);
        if (unitPath != null) {
            where.append(" and (c.unitPath = :narrow or c.unitPath like :narrowDescendants)");
            params.and("narrow", unitPath).and("narrowDescendants", UnitPaths.descendantsPattern(unitPath));
        }
        if (year != null) {
            where.append(" and c.year = :year");
            params.and("year", year);
        }
        if (planId != null) {
            where.append(" and c.planId = :planId");
            params.and("planId", planId);
        }
        return find("from ConsolidatedReport c where " + where,
                Sort.by("year", Sort.Direction.Descending).and("unitName").and("id"), params);
    }

    /** The accepted reports of a period's active requirements, with their requirement, in the plan's order of units. */
    public List<Report> acceptedReports(UUID periodId) {
        return getEntityManager().createQuery("""
                select r from Report r join fetch r.requirement q
                where q.period.id = :period and r.status = :accepted
                and q.status <> vn.thiduaso.report.domain.RequirementStatus.WITHDRAWN
                order by q.position, q.unitName""", Report.class)
                .setParameter("period", periodId)
                .setParameter("accepted", ReportStatus.ACCEPTED)
                .getResultList();
    }

    /** Requirement id → its report's status, for the requirements of the period that have a report. */
    public Map<UUID, ReportStatus> reportStatuses(UUID periodId) {
        Map<UUID, ReportStatus> statuses = new HashMap<>();
        getEntityManager().createQuery(
                "select r.requirement.id, r.status from Report r where r.requirement.period.id = :period", Object[].class)
                .setParameter("period", periodId)
                .getResultList()
                .forEach(row -> statuses.put((UUID) row[0], (ReportStatus) row[1]));
        return statuses;
    }

    /** The plan's annual periods of its reporters (not the second hop) in {@code fromYear..toYear}, by year. */
    public List<ReportingPeriod> annualPeriods(UUID planId, int fromYear, int toYear) {
        return getEntityManager().createQuery("""
                select p from ReportingPeriod p where p.planId = :plan and p.kind = :annual and p.secondHop = false
                and p.year between :from and :to order by p.year, p.dueAt, p.id""", ReportingPeriod.class)
                .setParameter("plan", planId)
                .setParameter("annual", PeriodKind.ANNUAL)
                .setParameter("from", fromYear)
                .setParameter("to", toYear)
                .getResultList();
    }
}
