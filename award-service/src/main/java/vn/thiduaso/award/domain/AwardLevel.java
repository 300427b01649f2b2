package vn.thiduaso.award.domain;

/**
 * Cấp khen thưởng: the level an award form belongs to, and the level whose head decides it.
 * Thông tư 02/2023/TT-BNV counts State and Government forms in Biểu 0602.N and province forms in
 * Biểu 0603.N; commune forms stay in the commune's own figures.
 */
public enum AwardLevel {
    /** Nhà nước: the State President decides (Huân chương, Huy chương). */
    STATE,
    /** Chính phủ: the Prime Minister decides (Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng). */
    GOVERNMENT,
    /** UBND tỉnh/thành phố: the province or city chairman decides. */
    PROVINCE,
    /** UBND xã/phường: the commune chairman decides (Giấy khen). */
    COMMUNE
}
