package vn.thiduaso.plan.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.plan.service.AwardFormCatalogue;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/** Keeps the award-form code copy in step with award-service's catalogue ({@code AwardFormUpserted} v1). */
@ApplicationScoped
public class AwardFormsConsumer implements EventConsumer {

    static final int AWARD_FORM_UPSERTED_VERSION = 1;

    /** The fields of {@code AwardFormUpserted} v1 this service uses. */
    public record AwardFormUpserted(@NotBlank String code, @NotNull String name, @NotNull String level, Boolean active) {
    }

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public AwardFormsConsumer(IdempotentConsumer consumer, AwardFormCatalogue catalogue) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.CATALOGUE_AWARD_FORMS)
                .handle(EventTypes.AWARD_FORM_UPSERTED, AWARD_FORM_UPSERTED_VERSION, AwardFormUpserted.class,
                        (event, form) -> catalogue.upsert(form.code(), form.name(), form.level(),
                                form.active() == null || form.active(), event.occurredAt()))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.AWARD_FORMS)
    @Blocking
    public void onAwardForm(String value) {
        consumer.dispatch(value, handlers);
    }
}
