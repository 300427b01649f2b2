package vn.thiduaso.notification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.notification.api.PreferenceDtos.CalendarLink;
import vn.thiduaso.notification.api.PreferenceDtos.PreferenceRequest;
import vn.thiduaso.notification.api.PreferenceDtos.PreferenceView;
import vn.thiduaso.notification.service.CalendarFeedService;
import vn.thiduaso.notification.service.PreferenceService;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/preferences")
@Tag(name = "Tùy chọn thông báo / Preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private final PreferenceService preferences;
    private final CalendarFeedService feeds;
    private final CallerScope caller;

    public PreferenceResource(PreferenceService preferences, CalendarFeedService feeds, CallerScope caller) {
        this.preferences = preferences;
        this.feeds = feeds;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Tùy chọn nhận thông báo của người đang đăng nhập (mặc định: nhận thư, tiếng Việt trước) / The caller's notification preferences (default: mails, Vietnamese first)")
    public PreferenceView get() {
        return PreferenceView.of(preferences.get(caller));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Đặt tùy chọn nhận thông báo: mỗi thông báo một thư, thư tổng hợp hằng ngày hoặc không nhận thư; tắt thư thì thư đang chờ cũng không gửi / Set notification preferences: one mail each, a daily digest or no mail; turning mail off drops pending mails")
    public PreferenceView put(@Valid @NotNull(message = "Cần nội dung tùy chọn") PreferenceRequest request) {
        return PreferenceView.of(preferences.put(caller, request.emailEnabled(), request.delivery(), request.language()));
    }

    @GET
    @Path("/calendar")
    @Authenticated
    @Operation(summary = "Địa chỉ lịch iCalendar bí mật của người đang đăng nhập (tạo khi chưa có), để thêm vào Google Calendar hoặc Outlook / The caller's secret iCalendar address (created when missing), for Google Calendar or Outlook")
    public CalendarLink calendar() {
        return new CalendarLink(feeds.url(caller));
    }

    @POST
    @Path("/calendar/regenerate")
    @Authenticated
    @Operation(summary = "Tạo địa chỉ lịch mới; địa chỉ cũ không còn dùng được (404) / Make a new calendar address; the old one stops working (404)")
    public CalendarLink regenerateCalendar() {
        return new CalendarLink(feeds.regenerate(caller));
    }
}
