package vn.thiduaso.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thiduaso.notification.api.NotificationDtos.NotificationView;
import vn.thiduaso.notification.service.NotificationService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Nhật ký gửi thư / Delivery log")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;
    private final CallerScope caller;

    public NotificationResource(NotificationService notifications, CallerScope caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    /** Addresses are personal data: the council and the city board have no use for this log. */
    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.UNIT })
    @Operation(summary = "Nhật ký thư điện tử: thư gửi người dùng trong phạm vi (đơn vị: thư của chính mình), mới nhất trước / Mail log: mails to users in scope (unit: its own), newest first")
    public PageResponse<NotificationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return notifications.list(caller, page, size).map(NotificationView::of);
    }
}
