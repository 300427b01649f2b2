package vn.thiduaso.award.domain;

/** Phương thức khen thưởng as Biểu 0602.N/0603.N count awards: thường xuyên, theo chuyên đề, đột xuất. */
public enum AwardMethod {
    REGULAR,
    THEMATIC,
    AD_HOC
}
