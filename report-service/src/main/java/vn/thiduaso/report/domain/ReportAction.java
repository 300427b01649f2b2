package vn.thiduaso.report.domain;

/** A step in a report's history ({@link ReportHistory}). */
public enum ReportAction {
    /** Lập dự thảo. */
    CREATED,
    /** Gửi (or sent for the leader's confirmation). */
    SUBMITTED,
    /** Lãnh đạo xác nhận. */
    CONFIRMED,
    /** Trả lại. */
    RETURNED,
    /** Tiếp nhận. */
    ACCEPTED,
    /** Mở lại. */
    REOPENED,
    /** Gia hạn (the unit's deadline moved). */
    DEADLINE_EXTENDED
}
