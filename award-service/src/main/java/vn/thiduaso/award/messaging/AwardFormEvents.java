package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/** Announces the award-form catalogue on {@code catalogue.award-forms} (compacted, key = code) through the outbox. */
@ApplicationScoped
public class AwardFormEvents {

    /** Payload of {@code AwardFormUpserted} v1. */
    public record AwardFormUpserted(String code, String name, String level, boolean active) {
    }

    private final Outbox outbox;

    public AwardFormEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void upserted(AwardForm form) {
        outbox.publish(Topics.CATALOGUE_AWARD_FORMS, EventTypes.AWARD_FORM_UPSERTED, 1, form.code, null,
                new AwardFormUpserted(form.code, form.name, form.level.name(), form.active));
    }

    /** A form whose code changed: the old key's record says the code is no longer offered. */
    public void retired(AwardForm form, String oldCode) {
        outbox.publish(Topics.CATALOGUE_AWARD_FORMS, EventTypes.AWARD_FORM_UPSERTED, 1, oldCode, null,
                new AwardFormUpserted(oldCode, form.name, form.level.name(), false));
    }
}
