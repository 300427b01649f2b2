package vn.thiduaso.report.messaging;

/**
 * Names of the incoming channels (configured in application.properties as
 * {@code mp.messaging.incoming.<channel>.*}). Outgoing events go through the outbox, not a channel.
 */
public final class Channels {

    /** Topic {@code plans}: PlanIssued. */
    public static final String PLANS = "plans";
    /** Topic {@code directory.units}: UnitUpserted. */
    public static final String DIRECTORY_UNITS = "directory-units";
    /** Topic {@code calendar.working-days}: WorkingCalendarChanged (notification-service). */
    public static final String CALENDAR_WORKING_DAYS = "calendar-working-days";

    private Channels() {
    }
}
