package vn.thiduaso.notification.domain;

/** Why a mail (and its inbox item) was written. */
public enum EmailKind {
    /** Thông báo hạn báo cáo: the first mail about a deadline (one per deadline and user). */
    DEADLINE_ANNOUNCEMENT,
    /** Nhắc hạn: a step of the ladder before the deadline (14, 7, 3, 1 days before, on the last day). */
    REMINDER,
    /** Quá hạn: a step after the deadline, to the unit's users. */
    OVERDUE,
    /** Báo cáo quá hạn: to the unit's head and the commune office, from the 3rd overdue day. */
    ESCALATION,
    /** Báo cáo bị trả lại (or an accepted one reopened): with the reason and the new deadline. */
    RETURNED,
    /** Nhắc thủ công: the office's "one click to remind". */
    MANUAL_REMINDER,
    /** Thư tổng hợp: one a day for users who chose DIGEST. */
    DIGEST
}
