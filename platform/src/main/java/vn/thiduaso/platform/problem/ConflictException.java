package vn.thiduaso.platform.problem;

import java.util.List;

/** A request that contradicts the current state (stale version, wrong lifecycle step): 409. */
public class ConflictException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public ConflictException(String message) {
        this(message, List.of());
    }

    /** A conflict caused by named fields (e.g. {@code nominee}: already nominated): 409 listing them. */
    public ConflictException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A conflict caused by one request field: 409 whose {@code errors} name it with the same message. */
    public static ConflictException onField(String field, String message) {
        return new ConflictException(message, List.of(new Problem.FieldError(field, message)));
    }

    /** The fields that caused the conflict; empty when it is the state as a whole. */
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
