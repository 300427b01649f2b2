package vn.thiduaso.report.domain;

/** Where a unit stands with one reporting requirement. */
public enum RequirementStatus {
    /** Chưa có báo cáo: the unit has not started its report. */
    PENDING,
    /** Đang soạn: the unit has a draft report. */
    DRAFTING,
    /** Không còn phải báo cáo: an amended plan no longer lists the unit; kept with anything it wrote. */
    WITHDRAWN
}
