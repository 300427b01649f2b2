package vn.thiduaso.award.domain;

/** Đối tượng được khen thưởng, as the statistics forms of Thông tư 02/2023/TT-BNV split them. */
public enum RecipientKind {
    /** Tập thể (enterprises are a subset, told apart by the unit kind). */
    COLLECTIVE,
    /** Cá nhân. */
    INDIVIDUAL,
    /** Hộ gia đình. */
    HOUSEHOLD
}
