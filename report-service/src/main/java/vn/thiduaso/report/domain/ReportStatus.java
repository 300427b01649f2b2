package vn.thiduaso.report.domain;

/**
 * Lifecycle of a unit's report: DRAFT → (AWAITING_CONFIRMATION →) SUBMITTED → ACCEPTED, with
 * SUBMITTED → RETURNED → SUBMITTED again, and ACCEPTED → RETURNED (reopened by the office).
 */
public enum ReportStatus {
    /** Dự thảo: being written by the unit, not yet sent. */
    DRAFT,
    /** Chờ lãnh đạo xác nhận: sent by the unit's officer; its leader must confirm before it is submitted. */
    AWAITING_CONFIRMATION,
    /** Đã gửi: with the office, waiting for review. */
    SUBMITTED,
    /** Trả lại: the office sent it back with a reason; the unit edits and sends it again. */
    RETURNED,
    /** Đã tiếp nhận: accepted by the office, locked (only a reopen changes it). */
    ACCEPTED;

    /** The unit (or the office on its behalf) may still change the report. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
