package vn.thiduaso.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;
import vn.thiduaso.report.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.report.service.DirectoryService;

/** Keeps the unit read model (and the unit names and paths copied into periods and requirements) current. */
@ApplicationScoped
public class DirectoryUnitsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public DirectoryUnitsConsumer(IdempotentConsumer consumer, DirectoryService directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.DIRECTORY_UNITS)
                .handle(EventTypes.UNIT_UPSERTED, 1, UnitUpserted.class,
                        (event, unit) -> directory.unitUpserted(unit.id(), unit.name(), unit.kind(), unit.path(),
                                unit.isActive(), unit.headName(), unit.email()))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.DIRECTORY_UNITS)
    @Blocking
    public void onUnitEvent(String value) {
        consumer.dispatch(value, handlers);
    }
}
