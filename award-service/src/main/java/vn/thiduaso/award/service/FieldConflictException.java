package vn.thiduaso.award.service;

import java.util.List;

import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.Problem;

/**
 * A conflict with the current state caused by one request field (a second vote on a nomination, a
 * recused member voting): 409 problem+json that names the field, so the form can show it there.
 */
public class FieldConflictException extends ConflictException {

    private final List<Problem.FieldError> errors;

    public FieldConflictException(String field, String message) {
        super(message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
