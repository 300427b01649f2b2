package vn.thiduaso.award.domain;

/** A round takes nominations while OPEN; CLOSED rounds stay for history. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
