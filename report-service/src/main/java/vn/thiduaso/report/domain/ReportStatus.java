package vn.thiduaso.report.domain;

/** Lifecycle of a unit's report; submission and review arrive with later issues. */
public enum ReportStatus {
    /** Dự thảo: being written by the unit, not yet sent. */
    DRAFT
}
