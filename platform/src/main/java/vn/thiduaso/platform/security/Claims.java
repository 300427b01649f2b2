package vn.thiduaso.platform.security;

/** Custom claims that plan-service puts into every access token. */
public final class Claims {

    public static final String UNIT_ID = "unitId";
    /** Materialised path of the caller's own unit, e.g. {@code /hai-phong/kien-an/phong-vhxh}. */
    public static final String UNIT_PATH = "unitPath";
    /** Subtree the caller may read and write: the commune for office/leader/council, the unit for unit. */
    public static final String SCOPE_PATH = "scopePath";
    public static final String FULL_NAME = "fullName";
    /**
     * Path of the commune or ward at or above the caller's unit (the unit's own path when there is none,
     * e.g. a board or the administrator): the key of the per-commune rate limit.
     */
    public static final String COMMUNE_PATH = "communePath";

    private Claims() {
    }
}
