package vn.thiduaso.award.messaging;

/**
 * Reactive Messaging channel names of this service; each is bound to its topic
 * ({@link vn.thiduaso.platform.events.Topics}) in application.properties.
 */
public final class Channels {

    /** Incoming: topic {@code plans} ({@code PlanIssued}, {@code PlanAmended}, {@code PlanClosed}). */
    public static final String PLANS = "plans";
    /** Incoming: topic {@code directory.units} ({@code UnitUpserted}: renames and moves of units). */
    public static final String DIRECTORY_UNITS = "directory-units";
    /** Incoming: topic {@code directory.users} ({@code UserUpserted}: council members, officers, signers). */
    public static final String DIRECTORY_USERS = "directory-users";
    /** Incoming: topic {@code directory.clusters} ({@code ClusterUpserted}: khối thi đua). */
    public static final String DIRECTORY_CLUSTERS = "directory-clusters";
    /** Incoming: topic {@code reports} ({@code ReportAccepted}, {@code ReportReopened}). */
    public static final String REPORTS = "reports";

    /** Incoming: topic {@code calendar.working-days} ({@code WorkingCalendarChanged}, notification-service). */
    public static final String CALENDAR_WORKING_DAYS = "calendar-working-days";

    private Channels() {
    }
}
