package vn.thiduaso.notification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.notification.api.PreferenceDtos.PreferenceRequest;
import vn.thiduaso.notification.api.PreferenceDtos.PreferenceView;
import vn.thiduaso.notification.service.PreferenceService;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/preferences")
@Tag(name = "Tùy chọn thông báo / Preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private final PreferenceService preferences;
    private final CallerScope caller;

    public PreferenceResource(PreferenceService preferences, CallerScope caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Tùy chọn nhận thông báo của người đang đăng nhập (mặc định: nhận thư, tiếng Việt trước)")
    public PreferenceView get() {
        return PreferenceView.of(preferences.get(caller));
    }

    @PUT
    @Authenticated
    @Operation(summary = "Đặt tùy chọn nhận thông báo; tắt thư điện tử thì thư đang chờ cũng không gửi")
    public PreferenceView put(@Valid @NotNull(message = "Cần nội dung tùy chọn") PreferenceRequest request) {
        return PreferenceView.of(preferences.put(caller, request.emailEnabled(), request.language()));
    }
}
