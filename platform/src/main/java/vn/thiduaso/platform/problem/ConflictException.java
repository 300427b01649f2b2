package vn.thiduaso.platform.problem;

import java.util.List;

/**
 * A request that contradicts the current state (stale version, wrong lifecycle step): 409. It may name
 * the request field the conflict is about (e.g. the nominations a decision cannot be signed for yet), so
 * the form shows it next to that field like a 400's errors.
 */
public class ConflictException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public ConflictException(String message) {
        super(message);
        this.errors = List.of();
    }

    /** A conflict about request fields: the 409 problem lists them in {@code errors}. */
    public ConflictException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
