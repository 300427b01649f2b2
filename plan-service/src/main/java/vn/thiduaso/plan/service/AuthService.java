package vn.thiduaso.plan.service;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.jwt.build.Jwt;
import vn.thiduaso.plan.api.AuthDtos.CurrentUser;
import vn.thiduaso.plan.api.AuthDtos.TokenResponse;
import vn.thiduaso.plan.config.IdentityConfig;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.repository.UserRepository;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.security.Claims;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/** Checks credentials and issues RS256 access tokens carrying role, unit and scope. */
@ApplicationScoped
public class AuthService {

    /** Compared against when the user does not exist, so both failures take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private final UserRepository users;
    private final UnitRepository units;
    private final IdentityConfig identity;
    private final PlatformConfig platform;

    public AuthService(UserRepository users, UnitRepository units, IdentityConfig identity, PlatformConfig platform) {
        this.users = users;
        this.units = units;
        this.identity = identity;
        this.platform = platform;
    }

    @Transactional
    public TokenResponse login(String username, String password) {
        Optional<UserAccount> found = users.findByUsername(username.trim().toLowerCase());
        boolean matches = BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !matches || !found.get().active) {
            Log.infof("Login refused for a supplied user name");
            throw new AuthenticationFailedException("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        UserAccount user = found.get();
        Unit unit = units.findById(user.unitId);
        CurrentUser current = currentUser(user, unit);
        long lifetime = identity.tokenLifetime().toSeconds();
        String token = Jwt.issuer(platform.jwt().issuer())
                .audience(platform.jwt().audience())
                .subject(user.id.toString())
                .upn(user.username)
                .groups(Set.of(user.role))
                .claim(Claims.UNIT_ID, unit.id.toString())
                .claim(Claims.UNIT_PATH, unit.path)
                .claim(Claims.SCOPE_PATH, current.scopePath())
                .claim(Claims.FULL_NAME, user.fullName)
                .expiresIn(lifetime)
                .sign();
        return new TokenResponse(token, "Bearer", lifetime, current);
    }

    public CurrentUser currentUser(UserAccount user, Unit unit) {
        return new CurrentUser(user.id, user.username, user.fullName, user.email, user.role, unit.id, unit.name,
                unit.path, scopeOf(user.role, unit));
    }

    /**
     * The subtree a role acts on: office, leader and council act for their whole commune (the
     * nearest commune or ward above their unit); a unit for itself; the board for its city or
     * province; the administrator for everything.
     */
    String scopeOf(String role, Unit unit) {
        return switch (role) {
            case Roles.ADMIN -> UnitPaths.ROOT;
            case Roles.OFFICE, Roles.LEADER, Roles.COUNCIL -> nearest(unit, UnitKind::isCommuneLevel);
            case Roles.BOARD -> nearest(unit, UnitKind::isRegionLevel);
            default -> unit.path;
        };
    }

    /** Path of the closest unit at or above {@code unit} of the wanted level, else the unit itself. */
    private String nearest(Unit unit, java.util.function.Predicate<UnitKind> level) {
        return units.lineage(unit).stream()
                .filter(u -> level.test(u.kind))
                .reduce((first, second) -> second)
                .map(u -> u.path)
                .orElse(unit.path);
    }
}
