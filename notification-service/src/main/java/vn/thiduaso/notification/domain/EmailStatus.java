package vn.thiduaso.notification.domain;

public enum EmailStatus {
    /** Waiting for the sender (first try or a retry). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the maximum number of attempts; {@code lastError} says why. */
    FAILED,
    /** Not sent on purpose (the user turned e-mail off, was deactivated or lost the address). */
    SKIPPED
}
