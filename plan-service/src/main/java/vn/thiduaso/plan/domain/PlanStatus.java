package vn.thiduaso.plan.domain;

public enum PlanStatus {
    /** Dự thảo: the office is still writing it. */
    DRAFT,
    /** Đã ban hành: signed by the leader; addressees must act on it. */
    ISSUED,
    /** Đang điều chỉnh: issued, with a new draft version being written (the issued version stays in force). */
    AMENDING,
    /** Đã kết thúc: the movement has ended; nothing new opens from the plan. */
    CLOSED;

    /** Only a draft, or the draft of an amendment, may be edited or issued. */
    public boolean editable() {
        return this == DRAFT || this == AMENDING;
    }

    /** Addressees see the plan once some version of it has been issued. */
    public boolean everIssued() {
        return this != DRAFT;
    }
}
