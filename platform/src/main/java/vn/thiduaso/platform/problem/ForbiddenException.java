package vn.thiduaso.platform.problem;

/** The caller's role or unit scope does not allow this on this target: 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
