package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.award.messaging.DirectoryEvents.ClusterUpserted;
import vn.thiduaso.award.service.DirectoryService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/** Keeps {@code award_cluster} (khối thi đua) from {@code directory.clusters} (ClusterUpserted v1). */
@ApplicationScoped
public class DirectoryClustersConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public DirectoryClustersConsumer(IdempotentConsumer consumer, DirectoryService directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.DIRECTORY_CLUSTERS)
                .handle(EventTypes.CLUSTER_UPSERTED, 1, ClusterUpserted.class,
                        (event, cluster) -> directory.clusterUpserted(cluster))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.DIRECTORY_CLUSTERS)
    @Blocking
    public void onRecord(String value) {
        consumer.dispatch(value, handlers);
    }
}
