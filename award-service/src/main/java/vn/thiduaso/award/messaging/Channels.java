package vn.thiduaso.award.messaging;

/**
 * Reactive Messaging channel names of this service; each is bound to its topic
 * ({@link vn.thiduaso.platform.events.Topics}) in application.properties.
 */
public final class Channels {

    /** Incoming: topic {@code plans} ({@code PlanIssued}). */
    public static final String PLANS = "plans";

    private Channels() {
    }
}
