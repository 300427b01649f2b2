package vn.thiduaso.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.inbox.IdempotentConsumer;
import vn.thiduaso.report.service.DirectoryService;

/** Keeps the unit read model (and the unit names and paths copied into periods) current. */
@ApplicationScoped
public class DirectoryUnitsConsumer {

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final DirectoryService directory;

    public DirectoryUnitsConsumer(IdempotentConsumer consumer, EventJson json, DirectoryService directory) {
        this.consumer = consumer;
        this.json = json;
        this.directory = directory;
    }

    @Incoming(Channels.DIRECTORY_UNITS)
    @Blocking
    public void onUnitEvent(String value) {
        if (value == null) {
            // A tombstone on the compacted topic: units are never deleted here, so there is nothing to do.
            Log.debug("Ignoring a tombstone on directory.units");
            return;
        }
        consumer.consume(value, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!EventTypes.UNIT_UPSERTED.equals(event.type())) {
            Log.debugf("Ignoring %s event %s on directory.units", event.type(), event.eventId());
            return;
        }
        if (event.version() != 1) {
            throw new IllegalArgumentException("UnitUpserted v" + event.version() + " is not understood (v1 only)");
        }
        directory.unitUpserted(json.payload(event, UnitUpserted.class));
    }
}
