package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.award.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.award.service.AwardPlanService;
import vn.thiduaso.award.service.DirectoryService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * The one owner of every unit name and path copied in award-service: the {@code directory_unit} read
 * model, award plans (issuer, addressees), rounds, nominations, registrations, records and the rest.
 */
@ApplicationScoped
public class DirectoryUnitsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public DirectoryUnitsConsumer(IdempotentConsumer consumer, AwardPlanService plans, DirectoryService directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.DIRECTORY_UNITS)
                .handle(EventTypes.UNIT_UPSERTED, 1, UnitUpserted.class, (event, unit) -> {
                    plans.unitUpserted(unit.id(), unit.name().strip(), unit.path());
                    directory.unitUpserted(unit);
                })
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
