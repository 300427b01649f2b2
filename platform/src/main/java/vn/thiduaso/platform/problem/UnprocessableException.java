package vn.thiduaso.platform.problem;

import java.util.List;

/**
 * A well-formed request the domain's rules refuse as a whole (e.g. a dossier failing its
 * eligibility checks on submit): 422 listing the failed rules as fields.
 */
public class UnprocessableException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public UnprocessableException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
