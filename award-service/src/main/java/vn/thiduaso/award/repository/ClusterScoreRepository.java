package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.ClusterScore;

/** Year-end cluster scores. */
@ApplicationScoped
public class ClusterScoreRepository implements PanacheRepositoryBase<ClusterScore, ClusterScore.Key> {

    public List<ClusterScore> ofCluster(UUID clusterId) {
        return list("clusterId", Sort.ascending("rank").and("unitId"), clusterId);
    }

    public long deleteOfCluster(UUID clusterId) {
        return delete("clusterId", clusterId);
    }
}
