package vn.thiduaso.plan.messaging;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.plan.domain.Cluster;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/**
 * Publishes khối thi đua on the compacted {@code directory.clusters} topic (key = cluster id), so that
 * award-service keeps its copy for covenants, scores and eligibility (docs/events.md).
 */
@ApplicationScoped
public class ClusterEvents {

    /**
     * Payload of {@code ClusterUpserted} v1. {@code deleted} is additive: true once, when the cluster
     * was deleted (then {@code memberUnitIds} is empty).
     */
    public record ClusterUpserted(UUID id, UUID communeId, String communePath, String name, int year, UUID headUnitId,
            UUID deputyUnitId, List<UUID> memberUnitIds, boolean deleted) {
    }

    public static final int CLUSTER_UPSERTED_VERSION = 1;

    private final Outbox outbox;

    public ClusterEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(TxType.MANDATORY)
    public void clusterUpserted(Cluster cluster, Unit commune) {
        publish(new ClusterUpserted(cluster.id, commune.id, commune.path, cluster.name, cluster.year,
                cluster.headUnitId, cluster.deputyUnitId, List.copyOf(cluster.memberUnitIds), false), commune);
    }

    @Transactional(TxType.MANDATORY)
    public void clusterDeleted(Cluster cluster, Unit commune) {
        publish(new ClusterUpserted(cluster.id, commune.id, commune.path, cluster.name, cluster.year, null, null,
                List.of(), true), commune);
    }

    private void publish(ClusterUpserted payload, Unit commune) {
        outbox.publish(Topics.DIRECTORY_CLUSTERS, EventTypes.CLUSTER_UPSERTED, CLUSTER_UPSERTED_VERSION,
                payload.id().toString(), commune.path, payload);
    }
}
