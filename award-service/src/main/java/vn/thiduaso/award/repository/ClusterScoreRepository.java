package vn.thiduaso.award.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.ClusterScore;

/** Year-end cluster scores. */
@ApplicationScoped
public class ClusterScoreRepository implements PanacheRepositoryBase<ClusterScore, ClusterScore.Key> {
}
