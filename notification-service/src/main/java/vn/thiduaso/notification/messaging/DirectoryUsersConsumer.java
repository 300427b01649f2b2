package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.DirectoryEvents.UserUpserted;
import vn.thiduaso.notification.service.DirectoryService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * Keeps the users read model from {@code directory.users}. Sends no mail itself: it only writes
 * mail rows, which the scheduled sender delivers.
 */
@ApplicationScoped
public class DirectoryUsersConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public DirectoryUsersConsumer(IdempotentConsumer consumer, DirectoryService directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.DIRECTORY_USERS)
                .handle(EventTypes.USER_UPSERTED, 1, UserUpserted.class,
                        (event, user) -> directory.userUpserted(user, event.occurredAt()))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.DIRECTORY_USERS)
    @Blocking
    public void onRecord(String value) {
        consumer.dispatch(value, handlers);
    }
}
