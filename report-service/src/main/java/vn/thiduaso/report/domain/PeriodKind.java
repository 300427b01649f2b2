package vn.thiduaso.report.domain;

/** What a reporting period covers. Preliminary (sơ kết) and final (tổng kết) reviews come with milestones later. */
public enum PeriodKind {
    /** Báo cáo hằng năm: one per reporting obligation and year. */
    ANNUAL
}
