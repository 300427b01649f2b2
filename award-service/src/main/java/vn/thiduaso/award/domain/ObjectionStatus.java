package vn.thiduaso.award.domain;

/** Where a citizen's objection stands: open until the office records how it was resolved. */
public enum ObjectionStatus {
    OPEN,
    RESOLVED
}
