package vn.thiduaso.notification.domain;

/** What a deadline is for: which events create and close it, and which mails tell about it. */
public enum DeadlineSource {
    /** Hạn báo cáo: a unit's report of a reporting period (the reports topic). */
    REPORT,
    /** Hạn nộp hồ sơ đề nghị khen thưởng: a nominator unit's nominations of an award round (the awards topic). */
    AWARD_NOMINATION,
    /** Hạn bỏ phiếu: one council member's ballot of a council session (the awards topic); one user only. */
    COUNCIL_BALLOT
}
