package vn.thiduaso.award.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.DirectoryUnit;

/** The unit read model, and the refresh of every unit path and name copied into award tables. */
@ApplicationScoped
public class DirectoryUnitRepository implements PanacheRepositoryBase<DirectoryUnit, UUID> {

    /** Active units directly under a unit (the default nominators of an ad hoc round), by name. */
    public List<DirectoryUnit> activeChildren(UUID parentId) {
        return list("parentId = ?1 and active = true", Sort.ascending("name").and("id"), parentId);
    }

    public List<DirectoryUnit> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * A unit was renamed or moved: every copy of its path and name follows, keyed by its id (a move
     * republishes every unit of the subtree, so each copy is reached by its own unit's event).
     */
    public int refreshCopies(UUID unitId, String name, String path) {
        int n = 0;
        n += native_("update award_round set commune_path = :path, commune_name = :name where commune_id = :id",
                unitId, name, path);
        n += native_("update nomination set commune_path = :path where round_id in"
                + " (select id from award_round where commune_id = :id)", unitId, name, path);
        n += native_("update nomination set nominating_unit_path = :path, nominating_unit_name = :name"
                + " where nominating_unit_id = :id", unitId, name, path);
        n += native_("update emulation_registration set unit_path = :path, unit_name = :name where unit_id = :id",
                unitId, name, path);
        n += native_("update accepted_report set unit_path = :path, unit_name = :name where unit_id = :id",
                unitId, name, path);
        n += native_("update award_cluster set commune_path = :path where commune_id = :id",
                unitId, name, path);
        n += native_("update award_record set unit_path = :path, unit_name = :name where unit_id = :id",
                unitId, name, path);
        n += native_("update award_record set commune_path = :path where commune_id = :id",
                unitId, name, path);
        n += native_("update council_session set commune_path = :path where round_id in"
                + " (select id from award_round where commune_id = :id)", unitId, name, path);
        n += native_("update public_posting set commune_path = :path, commune_name = :name where commune_id = :id",
                unitId, name, path);
        n += native_("update award_decision set commune_path = :path, commune_name = :name where commune_id = :id",
                unitId, name, path);
        n += native_("update forwarding set commune_path = :path where commune_id = :id",
                unitId, name, path);
        n += native_("update forwarding set board_unit_path = :path where board_unit_id = :id",
                unitId, name, path);
        n += native_("update fund_entry set commune_path = :path where commune_id = :id",
                unitId, name, path);
        n += native_("update certificate_layout set commune_path = :path where commune_id = :id",
                unitId, name, path);
        return n;
    }

    private int native_(String sql, UUID id, String name, String path) {
        var query = getEntityManager().createNativeQuery(sql).setParameter("id", id).setParameter("path", path);
        if (sql.contains(":name")) {
            query.setParameter("name", name);
        }
        return query.executeUpdate();
    }
}
