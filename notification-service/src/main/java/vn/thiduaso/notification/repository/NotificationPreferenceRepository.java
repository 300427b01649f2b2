package vn.thiduaso.notification.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.notification.domain.NotificationPreference;

@ApplicationScoped
public class NotificationPreferenceRepository implements PanacheRepositoryBase<NotificationPreference, UUID> {

    /** The user's stored preference, or the defaults (not persisted). */
    public NotificationPreference findOrDefaults(UUID userId) {
        return findByIdOptional(userId).orElseGet(() -> NotificationPreference.defaults(userId));
    }
}
