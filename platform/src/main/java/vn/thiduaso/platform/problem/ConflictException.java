package vn.thiduaso.platform.problem;

/** A request that contradicts the current state (stale version, wrong lifecycle step): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
