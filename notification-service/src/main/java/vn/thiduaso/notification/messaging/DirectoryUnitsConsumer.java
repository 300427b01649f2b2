package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.notification.service.DirectoryService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * The one owner of the unit names and paths copied into deadlines and users: a unit that is renamed
 * or moved (sáp nhập) is republished as UnitUpserted, and every copy follows.
 */
@ApplicationScoped
public class DirectoryUnitsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public DirectoryUnitsConsumer(IdempotentConsumer consumer, DirectoryService directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.DIRECTORY_UNITS)
                .handle(EventTypes.UNIT_UPSERTED, 1, UnitUpserted.class, (event, unit) -> directory.unitUpserted(unit))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.DIRECTORY_UNITS)
    @Blocking
    public void onRecord(String value) {
        consumer.dispatch(value, handlers);
    }
}
