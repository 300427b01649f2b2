package vn.thiduaso.platform.problem;

import java.util.List;

/** A domain rule broken by one or more request fields (beyond Bean Validation): 400 with the fields. */
public class InvalidFieldException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidFieldException(List<Problem.FieldError> errors) {
        super(errors.isEmpty() ? "invalid" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
