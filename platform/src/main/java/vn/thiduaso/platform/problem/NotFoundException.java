package vn.thiduaso.platform.problem;

/** The resource asked for does not exist (or is not known to this service): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
