package vn.thiduaso.plan.domain;

public enum PlanStatus {
    /** Dự thảo: the office is still writing it. */
    DRAFT,
    /** Đã ban hành: signed by the leader; addressees must act on it. */
    ISSUED
}
