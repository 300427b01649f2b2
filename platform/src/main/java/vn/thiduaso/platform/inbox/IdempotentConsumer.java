package vn.thiduaso.platform.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;

/**
 * How every {@code @Incoming} handler applies an event: parse the envelope, record its id in the
 * inbox and apply the effect, all in one transaction. A redelivered event changes nothing; a
 * value that is not an envelope, or an effect that throws, rolls back and is nacked, so the
 * channel's dead-letter strategy moves it to {@code dlt.<service>} with the reason.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final PlatformConfig config;

    public IdempotentConsumer(EventJson json, Inbox inbox, PlatformConfig config) {
        this.json = json;
        this.inbox = inbox;
        this.config = config;
    }

    /** Returns true when the effect ran, false when the event had been processed before. */
    @Transactional
    public boolean consume(String recordValue, Consumer<EventEnvelope> effect) {
        EventEnvelope event = json.read(recordValue);
        if (!inbox.firstDelivery(config.serviceName(), event)) {
            Log.debugf("Skipping redelivered event %s (%s)", event.eventId(), event.type());
            return false;
        }
        effect.accept(event);
        return true;
    }
}
