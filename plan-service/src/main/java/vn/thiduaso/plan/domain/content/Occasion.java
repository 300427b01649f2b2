package vn.thiduaso.plan.domain.content;

/** When an award form is given, and what a reporting obligation is for. */
public enum Occasion {
    /** Hằng năm. */
    ANNUAL,
    /** Sơ kết. */
    PRELIMINARY_REVIEW,
    /** Tổng kết. */
    FINAL_REVIEW,
    /** Đột xuất. */
    AD_HOC
}
