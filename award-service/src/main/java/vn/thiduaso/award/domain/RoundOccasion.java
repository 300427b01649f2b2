package vn.thiduaso.award.domain;

/** Dịp khen thưởng of a round: as in the plan's award forms, or đột xuất (ad hoc). */
public enum RoundOccasion {
    /** Hằng năm. */
    ANNUAL,
    /** Sơ kết (e.g. 2027). */
    PRELIMINARY_REVIEW,
    /** Tổng kết (e.g. 2030). */
    FINAL_REVIEW,
    /** Đột xuất: opened by the office outside the plan's occasions. */
    AD_HOC
}
