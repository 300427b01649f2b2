package vn.thiduaso.notification.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.notification.domain.Language;
import vn.thiduaso.notification.domain.NotificationPreference;
import vn.thiduaso.notification.repository.NotificationPreferenceRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.security.CallerScope;

/** The caller's own notification preferences (Tùy chọn nhận thông báo). */
@ApplicationScoped
public class PreferenceService {

    private final NotificationPreferenceRepository preferences;
    private final AnnouncementService announcements;
    private final AccessPolicy policy;

    public PreferenceService(NotificationPreferenceRepository preferences, AnnouncementService announcements,
            AccessPolicy policy) {
        this.preferences = preferences;
        this.announcements = announcements;
        this.policy = policy;
    }

    @Transactional
    public NotificationPreference get(CallerScope caller) {
        policy.require(caller, Action.MANAGE_OWN_PREFERENCES, Target.NONE);
        return preferences.findOrDefaults(caller.userId());
    }

    /** Replaces the caller's preferences; turning e-mail off also stops the mails still waiting. */
    @Transactional
    public NotificationPreference put(CallerScope caller, boolean emailEnabled, String language) {
        policy.require(caller, Action.MANAGE_OWN_PREFERENCES, Target.NONE);
        NotificationPreference preference = preferences.findByIdOptional(caller.userId()).orElse(null);
        if (preference == null) {
            preference = NotificationPreference.defaults(caller.userId());
            apply(preference, emailEnabled, language);
            preferences.persist(preference);
        } else {
            apply(preference, emailEnabled, language);
        }
        if (!preference.emailEnabled) {
            announcements.emailTurnedOff(preference.userId);
        }
        return preference;
    }

    private static void apply(NotificationPreference preference, boolean emailEnabled, String language) {
        preference.emailEnabled = emailEnabled;
        preference.language = Language.fromCode(language);
        preference.updatedAt = Instant.now();
    }
}
