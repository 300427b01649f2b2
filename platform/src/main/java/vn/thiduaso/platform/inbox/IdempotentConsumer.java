package vn.thiduaso.platform.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

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
    private final Validator validator;

    public IdempotentConsumer(EventJson json, Inbox inbox, PlatformConfig config, Validator validator) {
        this.json = json;
        this.inbox = inbox;
        this.config = config;
        this.validator = validator;
    }

    /**
     * The way a consumer applies a record: envelope, inbox row and the matching handler of
     * {@code handlers} (type, version, tolerant binding, Bean Validation) in one transaction. A
     * tombstone (null value on a compacted topic) is ignored.
     *
     * @return true when a handler ran
     */
    @Transactional
    public boolean dispatch(String recordValue, EventHandlers handlers) {
        if (recordValue == null) {
            Log.debugf("Ignoring a tombstone on %s", handlers.topic());
            return false;
        }
        boolean[] handled = { false };
        consume(recordValue, event -> handled[0] = handlers.apply(event, json.mapper(), validator));
        return handled[0];
    }

    /**
     * Returns true when the effect ran, false when the event had been processed before. Consumers use
     * {@link #dispatch}; this is the lower step it is built on.
     */
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
