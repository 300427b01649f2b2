package vn.thiduaso.report.domain;

/** Where a unit stands with one reporting requirement (follows its report's status). */
public enum RequirementStatus {
    /** Chưa có báo cáo: the unit has not started its report. */
    PENDING,
    /** Đang soạn: the unit has a draft (or a returned report, or one awaiting its leader's confirmation). */
    DRAFTING,
    /** Đã gửi: the report is with the recipient (for a second-hop period: the consolidated report was sent). */
    SUBMITTED,
    /** Đã tiếp nhận: the recipient accepted the report. */
    ACCEPTED,
    /** Không còn phải báo cáo: an amended plan no longer lists the unit; kept with anything it wrote. */
    WITHDRAWN;

    /** The requirement's status for a report in {@code status} (null = no report yet). */
    public static RequirementStatus of(ReportStatus status) {
        if (status == null) {
            return PENDING;
        }
        return switch (status) {
            case DRAFT, AWAITING_CONFIRMATION, RETURNED -> DRAFTING;
            case SUBMITTED -> SUBMITTED;
            case ACCEPTED -> ACCEPTED;
        };
    }
}
