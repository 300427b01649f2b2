package vn.thiduaso.report.domain;

/** Tự đánh giá: the unit's own grade of its year. */
public enum SelfAssessmentGrade {
    /** Xuất sắc. */
    EXCELLENT,
    /** Tốt. */
    GOOD,
    /** Khá. */
    FAIR,
    /** Chưa đạt. */
    POOR
}
