package vn.thiduaso.platform.problem;

/**
 * The caller's role or unit scope does not allow the action: 403. (Named apart from Quarkus'
 * {@code io.quarkus.security.ForbiddenException}, which the security layer itself throws.)
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
