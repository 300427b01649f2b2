package vn.thiduaso.notification.messaging;

/** Incoming channel names; application.properties binds them to their topics. */
public final class Channels {

    /** Topic {@code directory.users} (compacted): UserUpserted. */
    public static final String DIRECTORY_USERS = "directory-users";
    /** Topic {@code reports}: ReportingPeriodOpened (later also submissions and returns). */
    public static final String REPORTS = "reports";

    private Channels() {
    }
}
