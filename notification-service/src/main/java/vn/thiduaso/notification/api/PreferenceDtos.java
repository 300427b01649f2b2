package vn.thiduaso.notification.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.thiduaso.notification.domain.NotificationPreference;

/** Request and response records of /api/v1/preferences. */
public final class PreferenceDtos {

    public record PreferenceView(boolean emailEnabled, String language) {

        public static PreferenceView of(NotificationPreference p) {
            return new PreferenceView(p.emailEnabled, p.language.code());
        }
    }

    public record PreferenceRequest(
            @NotNull(message = "Cần cho biết có nhận thư điện tử hay không") Boolean emailEnabled,
            @NotNull(message = "Cần chọn ngôn ngữ")
            @Pattern(regexp = "vi|en", message = "Ngôn ngữ chỉ có thể là vi (tiếng Việt) hoặc en (tiếng Anh)")
            String language) {
    }

    private PreferenceDtos() {
    }
}
