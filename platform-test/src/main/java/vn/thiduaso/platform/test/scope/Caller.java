package vn.thiduaso.platform.test.scope;

/**
 * Who calls an operation in a {@link ScopeTable}: one token per role, all of the home commune (the
 * commune whose objects the row's ids point at), and two callers from outside the target's scope.
 * The service's test mints the tokens ({@link ScopeTable#of}).
 */
public enum Caller {
    ADMIN,
    /** Phòng VH-XH of the home commune (scope: the commune). */
    OFFICE,
    /** Chairman of the home commune. */
    LEADER,
    /** Member of the home commune's council. */
    COUNCIL,
    /** Focal officer of the unit (village) that owns the row's target. */
    UNIT,
    /** Ban TĐKT of the city above the home commune. */
    BOARD,
    /** The office of ANOTHER commune: the widest commune role, outside the target's scope. */
    OTHER_COMMUNE,
    /** The focal officer of ANOTHER unit of the same commune. */
    OTHER_UNIT,
    /** No token at all. */
    ANONYMOUS;

    /** Callers for whom the row's target lies outside their scope: they must never get a 2xx on it. */
    public boolean outsideScope() {
        return this == OTHER_COMMUNE || this == OTHER_UNIT;
    }
}
