package vn.thiduaso.notification.domain;

/** Lifecycle of a deadline; submission, overdue handling and cancellation come with later events. */
public enum DeadlineStatus {
    OPEN,
    /** The unit no longer has to report in the period (the plan was amended); kept for the record. */
    WITHDRAWN
}
