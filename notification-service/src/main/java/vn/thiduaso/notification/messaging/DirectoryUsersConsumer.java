package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.DirectoryEvents.UserUpserted;
import vn.thiduaso.notification.service.DirectoryService;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * Keeps the users read model from {@code directory.users}. Sends no mail itself: it only writes
 * mail rows, which the scheduled sender delivers.
 */
@ApplicationScoped
public class DirectoryUsersConsumer {

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final DirectoryService directory;

    public DirectoryUsersConsumer(IdempotentConsumer consumer, EventJson json, DirectoryService directory) {
        this.consumer = consumer;
        this.json = json;
        this.directory = directory;
    }

    @Incoming(Channels.DIRECTORY_USERS)
    @Blocking
    public void onRecord(String value) {
        consumer.consume(value, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!EventTypes.USER_UPSERTED.equals(event.type())) {
            Log.debugf("Ignoring %s on the directory users topic", event.type());
            return;
        }
        EventVersions.require(event, 1);
        directory.userUpserted(json.payload(event, UserUpserted.class), event.occurredAt());
    }
}
