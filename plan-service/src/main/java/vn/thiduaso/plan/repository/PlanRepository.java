package vn.thiduaso.plan.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /**
     * Plans a caller may see: those issued by a unit in scope (drafts included only when
     * {@code withDrafts}), and issued plans addressed to a unit in scope.
     */
    public PanacheQuery<Plan> visible(String scope, boolean withDrafts, PlanStatus status, String q) {
        String inScope = "(p.issuingUnitPath = :scope or p.issuingUnitPath like :descendants)";
        String addressed = "exists (select 1 from Plan p2 join p2.addressees a where p2 = p"
                + " and (a.unitPath = :scope or a.unitPath like :descendants))";
        StringBuilder where = new StringBuilder();
        if (withDrafts) {
            where.append("(").append(inScope).append(" or (p.status = :issued and ").append(addressed).append("))");
        } else {
            where.append("p.status = :issued and (").append(inScope).append(" or ").append(addressed).append(")");
        }
        Parameters params = Parameters.with("scope", scope)
                .and("descendants", UnitPaths.descendantsPattern(scope))
                .and("issued", PlanStatus.ISSUED);
        if (status != null) {
            where.append(" and p.status = :status");
            params.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(function('unaccent', p.title)) like lower(function('unaccent', :q))"
                    + " or lower(coalesce(p.number, '')) like lower(:q))");
            params.and("q", "%" + q.trim() + "%");
        }
        return find("from Plan p where " + where, Sort.descending("createdAt"), params);
    }
}
