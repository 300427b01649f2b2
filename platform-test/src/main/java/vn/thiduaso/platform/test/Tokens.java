package vn.thiduaso.platform.test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import vn.thiduaso.platform.security.Claims;

/**
 * Mints real RS256 tokens with the test key pair, for any role and unit:
 * {@code Tokens.role("office").unit(id, "/hai-phong/kien-an/phong-vhxh").scope("/hai-phong/kien-an").bearer()}.
 */
public final class Tokens {

    public static final String ISSUER = "https://thiduaso.vn";
    public static final String AUDIENCE = "thiduaso-api";
    /** The key id the services expect by default ({@code thiduaso.platform.jwt.key-id}). */
    public static final String KEY_ID = "thiduaso-1";

    private final String role;
    private java.util.List<String> extraRoles = java.util.List.of();
    private UUID userId = UUID.randomUUID();
    private String username;
    private UUID unitId = UUID.randomUUID();
    private String unitPath = "/";
    private String scopePath;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Duration lifetime = Duration.ofMinutes(30);
    private String keyId = KEY_ID;
    private Duration issuedIn;
    private Duration notBeforeIn;
    private String communePath;

    private Tokens(String role) {
        this.role = role;
        this.username = "test-" + role;
    }

    public static Tokens role(String role) {
        return new Tokens(role);
    }

    /** A token holding several roles, the first one named by {@link #role(String)} style. */
    public static Tokens roles(String first, String... more) {
        Tokens t = new Tokens(first);
        t.extraRoles = java.util.List.of(more);
        return t;
    }

    public Tokens user(UUID id, String name) {
        this.userId = id;
        this.username = name;
        return this;
    }

    public Tokens unit(UUID id, String path) {
        this.unitId = id;
        this.unitPath = path;
        return this;
    }

    public Tokens scope(String path) {
        this.scopePath = path;
        return this;
    }

    public Tokens issuer(String value) {
        this.issuer = value;
        return this;
    }

    public Tokens audience(String value) {
        this.audience = value;
        return this;
    }

    /** A negative lifetime gives an expired token. */
    public Tokens lifetime(Duration value) {
        this.lifetime = value;
        return this;
    }

    /** The {@code kid} header; null leaves it out. */
    public Tokens keyId(String value) {
        this.keyId = value;
        return this;
    }

    /** {@code iat} this far from now (positive: in the future). */
    public Tokens issuedIn(Duration value) {
        this.issuedIn = value;
        return this;
    }

    /** Adds {@code nbf} this far from now (positive: not valid yet). */
    public Tokens notBeforeIn(Duration value) {
        this.notBeforeIn = value;
        return this;
    }

    /** The {@code communePath} claim; by default the first two levels of the scope (or unit) path. */
    public Tokens commune(String path) {
        this.communePath = path;
        return this;
    }

    private io.smallrye.jwt.build.JwtClaimsBuilder claims() {
        long now = System.currentTimeMillis() / 1000;
        var claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(userId.toString())
                .upn(username)
                .groups(groups())
                .claim(Claims.UNIT_ID, unitId.toString())
                .claim(Claims.UNIT_PATH, unitPath)
                .claim(Claims.SCOPE_PATH, scopePath != null ? scopePath : unitPath)
                .claim(Claims.FULL_NAME, "Người kiểm thử " + role)
                .claim(Claims.COMMUNE_PATH, communePath != null ? communePath : communeOf(scopePath != null ? scopePath : unitPath))
                .issuedAt(issuedIn != null ? now + issuedIn.toSeconds() : Math.min(now, now + lifetime.toSeconds() - 60))
                .expiresAt(now + lifetime.toSeconds());
        if (notBeforeIn != null) {
            claims.claim("nbf", now + notBeforeIn.toSeconds());
        }
        return claims;
    }

    public String mint() {
        return signWith(TestKeys.pair());
    }

    String signWith(java.security.KeyPair pair) {
        var jws = claims().jws();
        if (keyId != null) {
            jws.keyId(keyId);
        }
        return jws.sign(pair.getPrivate());
    }

    private static String communeOf(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] : path;
    }

    private Set<String> groups() {
        Set<String> all = new java.util.LinkedHashSet<>();
        all.add(role);
        all.addAll(extraRoles);
        return all;
    }

    /** The value of an Authorization header. */
    public String bearer() {
        return "Bearer " + mint();
    }

    private Tokens() {
        this.role = null;
    }
}
