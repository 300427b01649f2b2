package vn.thiduaso.platform.problem;

/** The addressed resource does not exist (or is not visible at all): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
