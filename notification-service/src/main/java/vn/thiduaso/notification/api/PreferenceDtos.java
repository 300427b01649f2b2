package vn.thiduaso.notification.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.notification.domain.NotificationPreference;

/** Request and response records of /api/v1/preferences. */
public final class PreferenceDtos {

    public record PreferenceView(
            @Schema(description = "false ⇔ delivery OFF (giữ cho ứng dụng cũ / kept for older clients)") boolean emailEnabled,
            @Schema(implementation = vn.thiduaso.notification.domain.Delivery.class) String delivery,
            String language) {

        public static PreferenceView of(NotificationPreference p) {
            return new PreferenceView(p.emailEnabled, p.delivery.name(), p.language.code());
        }
    }

    /** Either {@code delivery} or (older clients) {@code emailEnabled}; both must agree when both are given. */
    public record PreferenceRequest(
            Boolean emailEnabled,
            @Pattern(regexp = "EACH|DIGEST|OFF", message = "Cách nhận thư chỉ có thể là EACH, DIGEST hoặc OFF")
            @Schema(implementation = vn.thiduaso.notification.domain.Delivery.class)
            String delivery,
            @NotNull(message = "Cần chọn ngôn ngữ")
            @Pattern(regexp = "vi|en", message = "Ngôn ngữ chỉ có thể là vi (tiếng Việt) hoặc en (tiếng Anh)")
            String language) {
    }

    public record CalendarLink(@Schema(description = "Địa chỉ lịch iCalendar bí mật / the secret iCalendar URL") String url) {
    }

    private PreferenceDtos() {
    }
}
