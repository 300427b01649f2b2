package vn.thiduaso.plan.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** List filters of {@code GET /plans}; null means "any". */
    public record Filter(PlanStatus status, UUID movementId, String issuingSubtreePath, Integer year, String q,
            String sort) {
    }

    /**
     * Plans a caller may see: those issued by a unit in scope (drafts included only when
     * {@code withDrafts}), and plans issued at some point that are addressed to a unit in scope.
     */
    public PanacheQuery<Plan> visible(String scope, boolean withDrafts, Filter f) {
        String inScope = "(p.issuingUnitPath = :scope or p.issuingUnitPath like :descendants)";
        String addressed = "exists (select 1 from Plan p2 join p2.addressees a where p2 = p"
                + " and (a.unitPath = :scope or a.unitPath like :descendants))";
        StringBuilder where = new StringBuilder();
        if (withDrafts) {
            where.append("(").append(inScope).append(" or (p.status <> :draft and ").append(addressed).append("))");
        } else {
            where.append("p.status <> :draft and (").append(inScope).append(" or ").append(addressed).append(")");
        }
        Parameters params = Parameters.with("scope", scope)
                .and("descendants", UnitPaths.descendantsPattern(scope))
                .and("draft", PlanStatus.DRAFT);
        if (f.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", f.status());
        }
        if (f.movementId() != null) {
            where.append(" and :movementId member of p.movementIds");
            params.and("movementId", f.movementId());
        }
        if (f.issuingSubtreePath() != null) {
            where.append(" and (p.issuingUnitPath = :issuer or p.issuingUnitPath like :issuerDescendants)");
            params.and("issuer", f.issuingSubtreePath())
                    .and("issuerDescendants", UnitPaths.descendantsPattern(f.issuingSubtreePath()));
        }
        if (f.year() != null) {
            where.append(" and p.startYear <= :year and p.endYear >= :year");
            params.and("year", f.year());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(function('unaccent', p.title)) like lower(function('unaccent', :q))"
                    + " or lower(function('unaccent', coalesce(p.number, ''))) like lower(function('unaccent', :q)))");
            params.and("q", "%" + f.q().trim().replace("%", "").replace("_", "") + "%");
        }
        String order = switch (f.sort() == null ? "issuedAt,desc" : f.sort()) {
            case "createdAt,desc" -> "p.createdAt desc, p.id";
            case "title,asc" -> "p.title asc, p.id";
            case "number,asc" -> "p.number asc nulls last, p.id";
            default -> "p.issuedAt desc nulls last, p.createdAt desc, p.id";
        };
        return find("from Plan p where " + where + " order by " + order, params);
    }
}
