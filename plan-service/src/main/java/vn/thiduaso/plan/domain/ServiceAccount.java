package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Tài khoản tích hợp: a system (the city/province board's software) that signs in with a client id and
 * a secret instead of a user name and password, and acts in the scope of its unit with its roles.
 */
@Entity
@Table(name = "service_account")
public class ServiceAccount {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    /** bcrypt hash of the secret (the secret itself is shown once, on create and rotate). */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "roles", nullable = false)
    public String rolesText;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    @Column(name = "deactivated_at")
    public Instant deactivatedAt;

    @Column(name = "deactivated_by")
    public String deactivatedBy;

    @Column(name = "last_token_at")
    public Instant lastTokenAt;

    @Column(name = "failure_count", nullable = false)
    public int failureCount;

    @Column(name = "failures_since")
    public Instant failuresSince;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Version
    public long version;

    public List<String> roles() {
        return Arrays.stream(rolesText.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
