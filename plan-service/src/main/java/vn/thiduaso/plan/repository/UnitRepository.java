package vn.thiduaso.plan.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    public Optional<Unit> findByPath(String path) {
        return find("path", path).firstResultOptional();
    }

    /** Units at or below {@code scope}, optionally filtered by kind and an accent-insensitive name search. */
    public PanacheQuery<Unit> inScope(String scope, UnitKind kind, String q) {
        return inScope(scope, kind, q, null, null);
    }

    /** As {@link #inScope(String, UnitKind, String)}, also by parent and active state (null: any). */
    public PanacheQuery<Unit> inScope(String scope, UnitKind kind, String q, UUID parentId, Boolean active) {
        StringBuilder where = new StringBuilder("(path = :scope or path like :descendants)");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(function('unaccent', name)) like lower(function('unaccent', :q))");
            params.and("q", "%" + q.trim() + "%");
        }
        if (parentId != null) {
            where.append(" and parentId = :parentId");
            params.and("parentId", parentId);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return find(where.toString(), Sort.by("path"), params);
    }

    /** The unit and everything below it, shallowest first. */
    public List<Unit> subtree(Unit unit) {
        return list("path = :path or path like :descendants", Sort.by("path"),
                Parameters.with("path", unit.path).and("descendants", UnitPaths.descendantsPattern(unit.path)));
    }

    public List<Unit> children(UUID parentId) {
        return list("parentId", Sort.by("path"), parentId);
    }

    /** Rewrites every copy of a unit path held by this service's other tables (plans, addressees, ...). */
    public void rewritePathCopies(String oldPath, String newPath) {
        flush();
        getEntityManager().createNativeQuery("select rewrite_unit_path_copies(?1, ?2)")
                .setParameter(1, oldPath).setParameter(2, newPath).getSingleResult();
    }

    /** The unit and its ancestors, root first (from its path). */
    public List<Unit> lineage(Unit unit) {
        List<String> paths = new java.util.ArrayList<>();
        String[] segments = unit.path.substring(1).split("/");
        StringBuilder p = new StringBuilder();
        for (String s : segments) {
            p.append('/').append(s);
            paths.add(p.toString());
        }
        return list("path in ?1", Sort.by("path"), paths);
    }
}
