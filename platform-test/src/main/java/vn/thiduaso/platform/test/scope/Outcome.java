package vn.thiduaso.platform.test.scope;

/** What a {@link Caller} must get from one operation of a {@link ScopeTable}. */
public enum Outcome {
    /** 2xx: the caller may do it, and the ids of the row exist. */
    OK,
    /**
     * Past the access check, the state decides (2xx, or 400/409/422): for an action whose fresh
     * target cannot be made valid for every role. Never 401/403/404/5xx.
     */
    ADMITTED,
    /** 403: the caller's role may never do this action (it may know the target exists). */
    FORBIDDEN,
    /** 404: the target lies outside the caller's scope (or is hidden from it), told apart from nothing. */
    NOT_FOUND,
    /** 400/403/404/422: a write naming a target of another scope in its body, refused; nothing changes. */
    REFUSED,
    /** 2xx whose body names none of the row's {@link ScopeRow#markers markers} (a list filtered to the caller's scope). */
    FILTERED,
    /** 2xx and no table changed: a request that names another caller's thing is quietly ignored (a logout with someone else's refresh token). */
    NO_EFFECT,
    /** 401: no valid token. */
    UNAUTHORIZED,
    /** Open to anyone (login, health, the document itself): never 401/403, never 5xx. */
    PUBLIC;

    boolean accepts(int status) {
        return switch (this) {
            case OK, FILTERED, NO_EFFECT -> status >= 200 && status < 300;
            case ADMITTED -> status < 500 && status != 401 && status != 403 && status != 404;
            case FORBIDDEN -> status == 403;
            case NOT_FOUND -> status == 404;
            case REFUSED -> status == 400 || status == 403 || status == 404 || status == 422;
            case UNAUTHORIZED -> status == 401;
            case PUBLIC -> status < 500 && status != 401 && status != 403;
        };
    }

    /** Outcomes that leave the database as it was. */
    boolean refusal() {
        return this == FORBIDDEN || this == NOT_FOUND || this == REFUSED || this == UNAUTHORIZED || this == NO_EFFECT;
    }
}
