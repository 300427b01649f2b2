package vn.thiduaso.notification.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.notification.api.PreferenceDtos.PreferenceRequest;
import vn.thiduaso.notification.api.PreferenceDtos.PreferenceView;
import vn.thiduaso.notification.domain.Language;
import vn.thiduaso.notification.domain.NotificationPreference;
import vn.thiduaso.notification.repository.NotificationPreferenceRepository;
import vn.thiduaso.platform.security.CallerScope;

/** The caller's own notification preferences (Tùy chọn nhận thông báo). */
@ApplicationScoped
public class PreferenceService {

    private final NotificationPreferenceRepository preferences;
    private final AnnouncementService announcements;

    public PreferenceService(NotificationPreferenceRepository preferences, AnnouncementService announcements) {
        this.preferences = preferences;
        this.announcements = announcements;
    }

    @Transactional
    public PreferenceView get(CallerScope caller) {
        return PreferenceView.of(preferences.findOrDefaults(caller.userId()));
    }

    /** Replaces the caller's preferences; turning e-mail off also stops the mails still waiting. */
    @Transactional
    public PreferenceView put(CallerScope caller, PreferenceRequest request) {
        NotificationPreference preference = preferences.findByIdOptional(caller.userId()).orElse(null);
        if (preference == null) {
            preference = NotificationPreference.defaults(caller.userId());
            apply(preference, request);
            preferences.persist(preference);
        } else {
            apply(preference, request);
        }
        if (!preference.emailEnabled) {
            announcements.emailTurnedOff(preference.userId);
        }
        return PreferenceView.of(preference);
    }

    private static void apply(NotificationPreference preference, PreferenceRequest request) {
        preference.emailEnabled = request.emailEnabled();
        preference.language = Language.fromCode(request.language());
        preference.updatedAt = Instant.now();
    }
}
