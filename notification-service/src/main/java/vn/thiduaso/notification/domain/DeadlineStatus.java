package vn.thiduaso.notification.domain;

/** Lifecycle of a deadline as the report events tell it (the API's {@code state} adds time to it). */
public enum DeadlineStatus {
    /** The unit still has to send its report (again, after a return or a reopening). */
    OPEN,
    /** The unit sent its report (ReportSubmitted, or ConsolidatedReportSubmitted for a commune's second hop). */
    SUBMITTED,
    /** The office accepted the report (ReportAccepted). */
    ACCEPTED,
    /** The unit no longer has to report in the period (the plan was amended); kept for the record. */
    WITHDRAWN
}
