package vn.thiduaso.report.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.report.domain.DirectoryUnit;

@ApplicationScoped
public class DirectoryUnitRepository implements PanacheRepositoryBase<DirectoryUnit, UUID> {

    public Map<UUID, DirectoryUnit> byIds(Collection<UUID> ids) {
        Map<UUID, DirectoryUnit> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(u -> found.put(u.id, u));
        }
        return found;
    }
}
