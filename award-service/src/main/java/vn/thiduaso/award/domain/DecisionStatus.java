package vn.thiduaso.award.domain;

/** A commune decision is drafted by the office and signed by a leader; a signed decision is never edited. */
public enum DecisionStatus {
    DRAFT,
    SIGNED
}
