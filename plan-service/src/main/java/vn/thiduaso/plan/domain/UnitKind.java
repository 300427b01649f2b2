package vn.thiduaso.plan.domain;

/** What a unit is; communes and wards are where office, leader and council scopes start. */
public enum UnitKind {
    /** Thành phố trực thuộc trung ương. */
    CITY,
    /** Tỉnh. */
    PROVINCE,
    /** Xã. */
    COMMUNE,
    /** Phường. */
    WARD,
    /** Phòng chuyên môn of the commune People's Committee. */
    OFFICE,
    /** Trung tâm (public service centre). */
    CENTRE,
    /** Thôn, tổ dân phố. */
    VILLAGE,
    SCHOOL,
    ENTERPRISE,
    /** Mặt trận Tổ quốc and mass organisations (đoàn thể). */
    MASS_ORGANISATION,
    POLICE,
    /** Party bodies (Ban Xây dựng Đảng). */
    PARTY_BODY,
    OTHER;

    /** City or province: where a board's scope starts. */
    public boolean isRegionLevel() {
        return this == CITY || this == PROVINCE;
    }

    public boolean isCommuneLevel() {
        return this == COMMUNE || this == WARD;
    }
}
