package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.audit.AuditListener;

/** A person or system account with one or more roles and one unit; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
@EntityListeners(AuditListener.class)
public class UserAccount {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String email;

    /** Every role the user holds, in the order given; the first is the token's single {@code role}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(20)[]")
    public List<String> roles = new ArrayList<>();

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public boolean active = true;

    /** Set with a temporary password from an administrator; cleared by the user's own change. */
    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The first role, for the single-role claim older clients read. */
    public String primaryRole() {
        return roles.isEmpty() ? null : roles.get(0);
    }
}
