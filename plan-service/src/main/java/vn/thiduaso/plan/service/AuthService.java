package vn.thiduaso.plan.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.jwt.build.Jwt;
import vn.thiduaso.plan.config.IdentityConfig;
import vn.thiduaso.plan.domain.AccountLock;
import vn.thiduaso.plan.domain.RefreshToken;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;
import vn.thiduaso.plan.repository.AccountSecurityRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.repository.UserRepository;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Claims;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.security.UnitPaths;

/**
 * Checks credentials and issues short RS256 access tokens carrying roles, unit and scope, plus an
 * opaque rotating refresh token. Five wrong passwords within 15 minutes lock the account for 15
 * minutes; the answer stays the same 401 as for any wrong credential.
 */
@ApplicationScoped
public class AuthService {

    /** Compared against when the user does not exist, so both failures take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");
    static final String BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng";
    static final String BAD_REFRESH = "Phiên đăng nhập không còn hiệu lực; hãy đăng nhập lại";
    /** Claim telling clients the password is temporary and must be changed first. */
    public static final String MUST_CHANGE_PASSWORD_CLAIM = "mustChangePassword";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tokens of a successful sign-in or refresh. */
    public record Session(String accessToken, String refreshToken, long expiresIn, UserAccount user, Unit unit,
            String scopePath) {
    }

    private final UserRepository users;
    private final UnitRepository units;
    private final AccountSecurityRepository security;
    private final PasswordPolicy passwords;
    private final IdentityConfig identity;
    private final PlatformConfig platform;

    public AuthService(UserRepository users, UnitRepository units, AccountSecurityRepository security,
            PasswordPolicy passwords, IdentityConfig identity, PlatformConfig platform) {
        this.users = users;
        this.units = units;
        this.security = security;
        this.passwords = passwords;
        this.identity = identity;
        this.platform = platform;
    }

    /** Failures are recorded even though the call ends in 401. */
    @Transactional(dontRollbackOn = AuthenticationFailedException.class)
    public Session login(String username, String password) {
        Optional<UserAccount> found = users.findByUsername(username.trim().toLowerCase());
        boolean matches = BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty()) {
            throw refused();
        }
        UserAccount user = found.get();
        Instant now = Instant.now();
        Optional<AccountLock> lock = security.latestLock(user.id);
        if (lock.isPresent() && lock.get().activeAt(now)) {
            Log.infof("Login refused: account %s is locked", user.id);
            throw refused();
        }
        if (!matches) {
            security.recordFailure(user.id, now);
            Instant since = now.minus(identity.failureWindow());
            if (lock.isPresent()) {
                Instant lockEnd = lock.get().liftedAt != null ? lock.get().liftedAt : lock.get().lockedUntil;
                since = lockEnd.isAfter(since) ? lockEnd : since;
            }
            if (security.failuresSince(user.id, since) >= identity.maxFailures()) {
                AccountLock newLock = new AccountLock();
                newLock.id = UUID.randomUUID();
                newLock.userId = user.id;
                newLock.lockedAt = now;
                newLock.lockedUntil = now.plus(identity.lockDuration());
                security.persist(newLock);
                Log.warnf("Account %s locked after %d wrong passwords", user.id, identity.maxFailures());
            }
            throw refused();
        }
        if (!user.active) {
            throw refused();
        }
        return issue(user, UUID.randomUUID(), now);
    }

    /** Rotates the refresh token; a token used twice revokes its whole family. */
    @Transactional(dontRollbackOn = AuthenticationFailedException.class)
    public Session refresh(String refreshToken) {
        Instant now = Instant.now();
        // locked: of two refreshes racing with one token, the second sees it rotated and ends the family
        RefreshToken token = security.refreshTokenForUpdate(sha256(refreshToken))
                .orElseThrow(() -> new AuthenticationFailedException(BAD_REFRESH));
        if (token.revokedAt != null) {
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        if (token.rotatedAt != null) {
            int revoked = security.revokeFamily(token.familyId, now, "reuse");
            Log.warnf("Refresh token of family %s reused: %d tokens revoked", token.familyId, revoked);
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        if (!token.expiresAt.isAfter(now)) {
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        UserAccount user = users.findById(token.userId);
        if (user == null || !user.active) {
            security.revokeFamily(token.familyId, now, "deactivated");
            throw new AuthenticationFailedException(BAD_REFRESH);
        }
        token.rotatedAt = now;
        return issue(user, token.familyId, now);
    }

    /** Ends the sign-in the refresh token belongs to (only the caller's own). */
    @Transactional
    public void logout(CallerScope caller, String refreshToken) {
        security.refreshTokenByHash(sha256(refreshToken))
                .filter(t -> t.userId.equals(caller.userId()))
                .ifPresent(t -> security.revokeFamily(t.familyId, Instant.now(), "logout"));
    }

    /** The caller's own password change; every refresh token of the user is revoked. */
    @Transactional
    public void changePassword(CallerScope caller, String currentPassword, String newPassword) {
        UserAccount user = users.findByIdOptional(caller.userId())
                .orElseThrow(() -> new AuthenticationFailedException(BAD_CREDENTIALS));
        if (!BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw new InvalidFieldException("currentPassword", "Mật khẩu hiện tại không đúng");
        }
        passwords.check("newPassword", newPassword, user.username);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidFieldException("newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại");
        }
        Instant now = Instant.now();
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.mustChangePassword = false;
        user.passwordChangedAt = now;
        security.revokeAllOf(user.id, now, "password-changed");
    }

    private Session issue(UserAccount user, UUID familyId, Instant now) {
        Unit unit = units.findById(user.unitId);
        String scope = scopeOf(user.roles, unit);
        long lifetime = identity.tokenLifetime().toSeconds();
        String access = Jwt.issuer(platform.jwt().issuer())
                .audience(platform.jwt().audience())
                .subject(user.id.toString())
                .upn(user.username)
                .groups(new LinkedHashSet<>(user.roles))
                .claim("role", user.primaryRole())
                .claim(Claims.UNIT_ID, unit.id.toString())
                .claim(Claims.UNIT_PATH, unit.path)
                .claim(Claims.SCOPE_PATH, scope)
                .claim(Claims.FULL_NAME, user.fullName)
                .claim(Claims.COMMUNE_PATH, communeOf(unit))
                .claim(MUST_CHANGE_PASSWORD_CLAIM, user.mustChangePassword)
                .expiresIn(lifetime)
                .jws().keyId(platform.jwt().keyId())
                .sign();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.familyId = familyId;
        stored.userId = user.id;
        stored.tokenHash = sha256(refresh);
        stored.issuedAt = now;
        stored.expiresAt = now.plus(identity.refreshTokenLifetime());
        security.persist(stored);
        return new Session(access, refresh, lifetime, user, unit, scope);
    }

    private static AuthenticationFailedException refused() {
        Log.infof("Login refused for a supplied user name");
        return new AuthenticationFailedException(BAD_CREDENTIALS);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller's scope as a token would carry it (for /auth/me). */
    public String scopeOf(UserAccount user, Unit unit) {
        return scopeOf(user.roles, unit);
    }

    /**
     * The subtree the roles act on, the widest of them (all lie on the unit's lineage): office, leader
     * and council act for their whole commune (the nearest commune or ward above their unit); a unit for
     * itself; the board for its city or province; the administrator for everything.
     */
    String scopeOf(List<String> roles, Unit unit) {
        String widest = unit.path;
        for (String role : roles) {
            String scope = scopeOf(role, unit);
            if (UnitPaths.covers(scope, widest)) {
                widest = scope;
            }
        }
        return widest;
    }

    /** The commune or ward at or above the unit (the unit itself when there is none): the token's communePath. */
    public String communeOf(Unit unit) {
        return nearest(unit, UnitKind::isCommuneLevel);
    }

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
