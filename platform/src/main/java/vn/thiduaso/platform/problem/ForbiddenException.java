package vn.thiduaso.platform.problem;

import java.util.List;

/** The caller's role or unit scope does not allow the action: 403, naming the refused fields when there are. */
public class ForbiddenException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public ForbiddenException(String message) {
        this(message, List.of());
    }

    public ForbiddenException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** A 403 naming the one field whose value the caller may not give (e.g. {@code roles}). */
    public static ForbiddenException field(String field, String message) {
        return new ForbiddenException(message, List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
