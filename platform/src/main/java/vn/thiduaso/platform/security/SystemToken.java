package vn.thiduaso.platform.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identity of work the system does on its own (start-up data loading), never of a request: an
 * administrator scope with a recognisable name in audit fields such as {@code createdBy}.
 */
final class SystemToken implements JsonWebToken {

    private final String name;

    SystemToken(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return Set.of("upn", "groups", Claims.SCOPE_PATH);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return switch (claimName) {
            case "upn" -> (T) name;
            case "groups" -> (T) Set.of(Roles.ADMIN);
            case Claims.SCOPE_PATH, Claims.UNIT_PATH -> (T) UnitPaths.ROOT;
            default -> null;
        };
    }
}
