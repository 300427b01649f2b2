package vn.thiduaso.platform.inbox;

/** What applying one record did. */
public enum DispatchOutcome {
    /** A handler ran and its effect committed with the inbox row. */
    APPLIED,
    /** The inbox already held the event id: nothing changed. */
    ALREADY_PROCESSED,
    /** A tombstone or a catalogue type this consumer does not act on: recorded (if an event) and skipped. */
    IGNORED
}
