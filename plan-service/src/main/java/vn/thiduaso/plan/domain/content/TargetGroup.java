package vn.thiduaso.plan.domain.content;

/** Đối tượng: whom criteria, targets and award forms are for. */
public enum TargetGroup {
    /** Các cơ quan, đơn vị. */
    OFFICES_AND_UNITS,
    /** Mặt trận Tổ quốc và các tổ chức chính trị - xã hội. */
    FRONT_AND_MASS_ORGANISATIONS,
    /** Doanh nghiệp, hợp tác xã. */
    ENTERPRISES_AND_COOPERATIVES,
    /** Trường học. */
    SCHOOLS,
    /** Thôn, tổ dân phố. */
    VILLAGES,
    /** Hộ gia đình. */
    HOUSEHOLDS,
    /** Cá nhân. */
    INDIVIDUALS,
    OTHER
}
