package vn.thiduaso.plan.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.plan.service.AwardFormCatalogue;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/** Keeps the award-form code copy in step with award-service's catalogue ({@code AwardFormUpserted} v1). */
@ApplicationScoped
public class AwardFormsConsumer {

    static final int AWARD_FORM_UPSERTED_VERSION = 1;

    /** The fields of {@code AwardFormUpserted} v1 this service uses. */
    public record AwardFormUpserted(String code, String name, String level, Boolean active) {
    }

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final AwardFormCatalogue catalogue;

    public AwardFormsConsumer(IdempotentConsumer consumer, EventJson json, AwardFormCatalogue catalogue) {
        this.consumer = consumer;
        this.json = json;
        this.catalogue = catalogue;
    }

    @Incoming(Channels.AWARD_FORMS)
    @Blocking
    public void onAwardForm(String value) {
        consumer.consume(value, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!EventTypes.AWARD_FORM_UPSERTED.equals(event.type())) {
            Log.debugf("Ignoring %s v%d (%s) on the award-form topic", event.type(), event.version(), event.eventId());
            return;
        }
        if (event.version() != AWARD_FORM_UPSERTED_VERSION) {
            throw new IllegalArgumentException("unsupported AwardFormUpserted version " + event.version());
        }
        AwardFormUpserted form = json.payload(event, AwardFormUpserted.class);
        if (form.code() == null || form.code().isBlank() || form.name() == null || form.level() == null) {
            throw new IllegalArgumentException("AwardFormUpserted without code, name or level");
        }
        catalogue.upsert(form.code(), form.name(), form.level(), form.active() == null || form.active(),
                event.occurredAt());
    }
}
