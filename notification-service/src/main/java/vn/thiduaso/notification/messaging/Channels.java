package vn.thiduaso.notification.messaging;

/** Incoming channel names; application.properties binds them to their topics. */
public final class Channels {

    /** Topic {@code directory.users} (compacted): UserUpserted. */
    public static final String DIRECTORY_USERS = "directory-users";
    /** Topic {@code directory.units} (compacted): UnitUpserted (renames and moves of units). */
    public static final String DIRECTORY_UNITS = "directory-units";
    /** Topic {@code reports}: periods (opened, changed) and the report lifecycle (docs/events.md). */
    public static final String REPORTS = "reports";
    /** Topic {@code awards}: rounds, nominations, council sessions, postings, decisions (docs/events.md). */
    public static final String AWARDS = "awards";

    private Channels() {
    }
}
