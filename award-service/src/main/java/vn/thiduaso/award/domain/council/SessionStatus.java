package vn.thiduaso.award.domain.council;

/** Where a council session stands: planned (members, attendance), open (ballots), closed (tally, minutes). */
public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED
}
