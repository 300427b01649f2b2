package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardCluster;

/** The cluster read model. */
@ApplicationScoped
public class AwardClusterRepository implements PanacheRepositoryBase<AwardCluster, UUID> {
}
