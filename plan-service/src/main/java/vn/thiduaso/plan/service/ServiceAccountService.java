package vn.thiduaso.plan.service;

import java.security.SecureRandom;
import java.time.Duration;
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
import io.quarkus.panache.common.Sort;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.jwt.build.Jwt;
import vn.thiduaso.plan.config.IdentityConfig;
import vn.thiduaso.plan.domain.ServiceAccount;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.repository.ServiceAccountRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Claims;
import vn.thiduaso.platform.security.Roles;

/**
 * Service accounts of integrating systems (the city/province board's software): an administrator issues
 * a client id and a secret (shown once, stored as a bcrypt hash like passwords), may rotate the secret
 * (the old one stops working at once) or deactivate the account. The system exchanges its credentials
 * for a short access token (client-credentials grant) in the scope of its unit, with its roles.
 */
@ApplicationScoped
public class ServiceAccountService {

    /** Roles a service account may hold: today the board's only. */
    public static final List<String> ALLOWED_ROLES = List.of(Roles.BOARD);
    static final String BAD_CLIENT = "Mã ứng dụng (client_id) hoặc khóa bí mật không đúng";
    /** An access token of a service account lives at most this long. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(15);
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-secret");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account with its secret in clear: returned once, by create and rotate. */
    public record Issued(ServiceAccount account, String clientSecret) {
    }

    public record AccessToken(String accessToken, long expiresIn) {
    }

    private final ServiceAccountRepository accounts;
    private final UnitRepository units;
    private final AuthService auth;
    private final IdentityConfig identity;
    private final PlatformConfig platform;
    private final AccessPolicy policy;

    public ServiceAccountService(ServiceAccountRepository accounts, UnitRepository units, AuthService auth,
            IdentityConfig identity, PlatformConfig platform, AccessPolicy policy) {
        this.policy = policy;
        this.accounts = accounts;
        this.units = units;
        this.auth = auth;
        this.identity = identity;
        this.platform = platform;
    }

    @Transactional
    public Issued create(CallerScope caller, String name, UUID unitId, List<String> roles) {
        requireAdmin(caller);
        Unit unit = units.findByIdOptional(unitId)
                .orElseThrow(() -> new InvalidFieldException("unitId", "Không tìm thấy đơn vị"));
        if (!unit.kind.isRegionLevel()) {
            throw new InvalidFieldException("unitId", "Tài khoản tích hợp thuộc một thành phố hoặc tỉnh (Ban Thi đua - Khen thưởng)");
        }
        for (int i = 0; i < roles.size(); i++) {
            if (!ALLOWED_ROLES.contains(roles.get(i))) {
                throw new InvalidFieldException("roles[" + i + "]", "Tài khoản tích hợp chỉ được vai trò board");
            }
        }
        ServiceAccount a = new ServiceAccount();
        a.id = UUID.randomUUID();
        a.clientId = "tds-" + HexFormat.of().formatHex(randomBytes(8));
        a.name = name.trim();
        a.unitId = unit.id;
        a.rolesText = String.join(",", new LinkedHashSet<>(roles));
        a.createdAt = Instant.now();
        a.createdBy = caller.username();
        String secret = newSecret();
        a.secretHash = BcryptUtil.bcryptHash(secret);
        accounts.persist(a);
        Log.infof("Service account %s created for unit %s", a.id, unit.id);
        return new Issued(a, secret);
    }

    @Transactional
    public List<ServiceAccount> list(CallerScope caller) {
        requireAdmin(caller);
        return accounts.listAll(Sort.ascending("createdAt", "id"));
    }

    @Transactional
    public Issued rotate(CallerScope caller, UUID id) {
        requireAdmin(caller);
        ServiceAccount a = find(id);
        String secret = newSecret();
        a.secretHash = BcryptUtil.bcryptHash(secret);
        a.secretRotatedAt = Instant.now();
        a.failureCount = 0;
        a.lockedUntil = null;
        Log.infof("Service account %s: secret rotated", a.id);
        return new Issued(a, secret);
    }

    @Transactional
    public ServiceAccount deactivate(CallerScope caller, UUID id) {
        requireAdmin(caller);
        ServiceAccount a = find(id);
        if (a.active) {
            a.active = false;
            a.deactivatedAt = Instant.now();
            a.deactivatedBy = caller.username();
        }
        return a;
    }

    /** The unit of an account, for views. */
    @Transactional
    public Optional<Unit> unitOf(ServiceAccount a) {
        return units.findByIdOptional(a.unitId);
    }

    /**
     * The client-credentials grant. A wrong secret, an unknown client, a deactivated or locked account
     * all give the same 401; wrong secrets are counted and lock the account like wrong passwords do.
     */
    @Transactional(dontRollbackOn = AuthenticationFailedException.class)
    public AccessToken token(String clientId, String clientSecret) {
        Optional<ServiceAccount> found = accounts.findByClientId(clientId == null ? "" : clientId.trim());
        boolean matches = BcryptUtil.matches(clientSecret == null ? "" : clientSecret,
                found.map(a -> a.secretHash).orElse(DUMMY_HASH));
        if (found.isEmpty()) {
            throw new AuthenticationFailedException(BAD_CLIENT);
        }
        ServiceAccount a = found.get();
        Instant now = Instant.now();
        if (a.lockedAt(now)) {
            Log.infof("Token refused: service account %s is locked", a.id);
            throw new AuthenticationFailedException(BAD_CLIENT);
        }
        if (!matches) {
            if (a.failuresSince == null || a.failuresSince.isBefore(now.minus(identity.failureWindow()))) {
                a.failuresSince = now;
                a.failureCount = 0;
            }
            a.failureCount++;
            if (a.failureCount >= identity.maxFailures()) {
                a.lockedUntil = now.plus(identity.lockDuration());
                a.failureCount = 0;
                a.failuresSince = null;
                Log.warnf("Service account %s locked after %d wrong secrets", a.id, identity.maxFailures());
            }
            throw new AuthenticationFailedException(BAD_CLIENT);
        }
        if (!a.active) {
            throw new AuthenticationFailedException(BAD_CLIENT);
        }
        a.failureCount = 0;
        a.failuresSince = null;
        a.lastTokenAt = now;
        Unit unit = units.findById(a.unitId);
        long lifetime = Math.min(identity.tokenLifetime().toSeconds(), MAX_LIFETIME.toSeconds());
        String token = Jwt.issuer(platform.jwt().issuer())
                .audience(platform.jwt().audience())
                .subject(a.id.toString())
                .upn(a.clientId)
                .groups(new LinkedHashSet<>(a.roles()))
                .claim("role", a.roles().get(0))
                .claim("serviceAccount", true)
                .claim(Claims.UNIT_ID, unit.id.toString())
                .claim(Claims.UNIT_PATH, unit.path)
                .claim(Claims.SCOPE_PATH, auth.scopeOf(a.roles(), unit))
                .claim(Claims.FULL_NAME, a.name)
                .claim(Claims.COMMUNE_PATH, auth.communeOf(unit))
                .expiresIn(lifetime)
                .jws().keyId(platform.jwt().keyId())
                .sign();
        return new AccessToken(token, lifetime);
    }

    private ServiceAccount find(UUID id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy tài khoản tích hợp"));
    }

    private void requireAdmin(CallerScope caller) {
        policy.requireServiceAccounts(caller);
    }

    private static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
