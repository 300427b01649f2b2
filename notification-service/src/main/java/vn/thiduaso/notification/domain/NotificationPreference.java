package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Tùy chọn nhận thông báo of one user; a user without a row gets {@link #defaults}. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    /** Kept for older clients: false exactly when {@link #delivery} is OFF. */
    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Delivery delivery = Delivery.EACH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language = Language.VI;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public void deliver(Delivery value) {
        delivery = value;
        emailEnabled = value != Delivery.OFF;
    }

    /** E-mail on, Vietnamese first: what a user gets before choosing anything (not persisted). */
    public static NotificationPreference defaults(UUID userId) {
        NotificationPreference p = new NotificationPreference();
        p.userId = userId;
        return p;
    }
}
