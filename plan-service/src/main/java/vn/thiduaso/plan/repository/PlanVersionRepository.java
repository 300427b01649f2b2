package vn.thiduaso.plan.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.plan.domain.PlanVersion;

@ApplicationScoped
public class PlanVersionRepository implements PanacheRepositoryBase<PlanVersion, UUID> {

    public Optional<PlanVersion> of(UUID planId, int planVersion) {
        return find("planId = ?1 and planVersion = ?2", planId, planVersion).firstResultOptional();
    }

    public List<PlanVersion> all(UUID planId) {
        return list("planId", Sort.ascending("planVersion"), planId);
    }

    /** The newest issued version, if any. */
    public Optional<PlanVersion> latestIssued(UUID planId) {
        return find("planId = ?1 and issuedAt is not null", Sort.descending("planVersion"), planId).firstResultOptional();
    }
}
