package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Khoá tài khoản after repeated wrong passwords; kept as history once lifted or expired. */
@Entity
@Table(name = "account_lock")
public class AccountLock {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "locked_at", nullable = false)
    public Instant lockedAt;

    @Column(name = "locked_until", nullable = false)
    public Instant lockedUntil;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    public boolean activeAt(Instant now) {
        return liftedAt == null && lockedUntil.isAfter(now);
    }
}
