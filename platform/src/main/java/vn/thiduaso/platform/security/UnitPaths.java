package vn.thiduaso.platform.security;

/** Materialised unit paths: {@code /hai-phong/kien-an/thon-3}; the root {@code /} covers everything. */
public final class UnitPaths {

    public static final String ROOT = "/";

    /** True when {@code target} is {@code scope} itself or lies below it. */
    public static boolean covers(String scope, String target) {
        if (scope == null || target == null) {
            return false;
        }
        if (ROOT.equals(scope)) {
            return true;
        }
        return target.equals(scope) || target.startsWith(scope + "/");
    }

    /** SQL LIKE pattern matching {@code scope}'s descendants (use together with equality on the scope). */
    public static String descendantsPattern(String scope) {
        String escaped = scope.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return ROOT.equals(scope) ? "/%" : escaped + "/%";
    }

    private UnitPaths() {
    }
}
