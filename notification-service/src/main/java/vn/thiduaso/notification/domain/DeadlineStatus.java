package vn.thiduaso.notification.domain;

/** Lifecycle of a deadline; submission, overdue handling and cancellation come with later events. */
public enum DeadlineStatus {
    OPEN
}
