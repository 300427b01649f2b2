package vn.thiduaso.plan.messaging;

/** Reactive Messaging channels of plan-service, bound to their topics in application.properties. */
public final class Channels {

    /** Incoming: topic {@code catalogue.award-forms} ({@code AwardFormUpserted}). */
    public static final String AWARD_FORMS = "award-forms";

    private Channels() {
    }
}
