package vn.thiduaso.notification.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.notification.domain.Delivery;
import vn.thiduaso.notification.domain.Language;
import vn.thiduaso.notification.domain.NotificationPreference;
import vn.thiduaso.notification.repository.NotificationPreferenceRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;

/** The caller's own notification preferences (Tùy chọn nhận thông báo). */
@ApplicationScoped
public class PreferenceService {

    private final NotificationPreferenceRepository preferences;
    private final AnnouncementService announcements;
    private final AccessPolicy policy;
    private final Clock clock;

    public PreferenceService(NotificationPreferenceRepository preferences, AnnouncementService announcements,
            AccessPolicy policy, Clock clock) {
        this.preferences = preferences;
        this.announcements = announcements;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public NotificationPreference get(CallerScope caller) {
        policy.require(caller, Action.MANAGE_OWN_PREFERENCES, Target.NONE);
        return preferences.findOrDefaults(caller.userId());
    }

    /**
     * Replaces the caller's preferences. {@code delivery} (EACH, DIGEST, OFF) says how mail comes;
     * a client that only knows {@code emailEnabled} still works (false = OFF; true keeps DIGEST or
     * means EACH). Both given and contradicting each other is a 400 naming emailEnabled. Turning
     * e-mail off also stops the mails still waiting.
     */
    @Transactional
    public NotificationPreference put(CallerScope caller, Boolean emailEnabled, String delivery, String language) {
        policy.require(caller, Action.MANAGE_OWN_PREFERENCES, Target.NONE);
        NotificationPreference preference = preferences.findByIdOptional(caller.userId()).orElse(null);
        Delivery current = preference == null ? Delivery.EACH : preference.delivery;
        Delivery chosen = resolve(emailEnabled, delivery, current);
        if (preference == null) {
            preference = NotificationPreference.defaults(caller.userId());
            apply(preference, chosen, language);
            preferences.persist(preference);
        } else {
            apply(preference, chosen, language);
        }
        if (preference.delivery == Delivery.OFF) {
            announcements.emailTurnedOff(preference.userId);
        }
        return preference;
    }

    static Delivery resolve(Boolean emailEnabled, String delivery, Delivery current) {
        if (delivery != null) {
            Delivery d = Delivery.valueOf(delivery);
            if (emailEnabled != null && emailEnabled != (d != Delivery.OFF)) {
                throw new InvalidFieldException("emailEnabled",
                        "Mâu thuẫn với delivery: emailEnabled = false chỉ đi với delivery OFF");
            }
            return d;
        }
        if (emailEnabled == null) {
            throw new InvalidFieldException("delivery", "Cần chọn cách nhận thư: EACH, DIGEST hoặc OFF");
        }
        return !emailEnabled ? Delivery.OFF : current == Delivery.DIGEST ? Delivery.DIGEST : Delivery.EACH;
    }

    private void apply(NotificationPreference preference, Delivery delivery, String language) {
        preference.deliver(delivery);
        preference.language = Language.fromCode(language);
        preference.updatedAt = clock.instant();
    }
}
