package vn.thiduaso.report.domain.consolidation;

/** Lifecycle of a commune's consolidated report: DRAFT → APPROVED → SUBMITTED. */
public enum ConsolidationStatus {
    /** Dự thảo: assembled, the office edits (and may re-assemble it). */
    DRAFT,
    /** Đã phê duyệt: a leader of the commune approved it; nothing changes any more. */
    APPROVED,
    /** Đã gửi: sent onwards (to the city/province board); the board reads it. */
    SUBMITTED
}
