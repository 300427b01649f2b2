package vn.thiduaso.report.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.report.domain.ReportingPeriod;

@ApplicationScoped
public class ReportingPeriodRepository implements PanacheRepositoryBase<ReportingPeriod, UUID> {

    public Optional<ReportingPeriod> findFor(UUID obligationId, int year, boolean secondHop) {
        return find("from ReportingPeriod p where p.obligationId = ?1 and p.year = ?2 and p.secondHop = ?3",
                obligationId, year, secondHop).firstResultOptional();
    }

    public java.util.List<ReportingPeriod> ofPlan(UUID planId) {
        return list("planId", planId);
    }

    /**
     * Periods a caller with {@code scope} may see: the recipient unit lies in scope, or at least one
     * unit that must report does. Earliest deadline first.
     */
    public PanacheQuery<ReportingPeriod> visible(String scope, UUID planId, Integer year, Boolean secondHop) {
        StringBuilder where = new StringBuilder("(p.recipientUnitPath = :scope or p.recipientUnitPath like :descendants"
                + " or exists (select 1 from ReportRequirement r where r.period = p"
                + " and (r.unitPath = :scope or r.unitPath like :descendants)))");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (planId != null) {
            where.append(" and p.planId = :planId");
            params.and("planId", planId);
        }
        if (year != null) {
            where.append(" and p.year = :year");
            params.and("year", year);
        }
        if (secondHop != null) {
            where.append(" and p.secondHop = :secondHop");
            params.and("secondHop", secondHop);
        }
        return find("from ReportingPeriod p where " + where, Sort.by("dueAt").and("title").and("id"), params);
    }

    /** A unit was renamed or moved: periods it receives follow. */
    public int renameRecipient(UUID unitId, String name, String path) {
        return update("recipientUnitName = ?1, recipientUnitPath = ?2 where recipientUnitId = ?3", name, path, unitId);
    }

    public int moveIssuingUnit(UUID unitId, String path) {
        return update("issuingUnitPath = ?1 where issuingUnitId = ?2", path, unitId);
    }
}
