package vn.thiduaso.notification.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.notification.api.InboxDtos.Count;
import vn.thiduaso.notification.api.InboxDtos.InboxItemView;
import vn.thiduaso.notification.service.InboxService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/inbox")
@Tag(name = "Hộp thư / Inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxService inbox;
    private final CallerScope caller;

    public InboxResource(InboxService inbox, CallerScope caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Hộp thư của người đang đăng nhập: mọi thông báo (nhắc hạn, quá hạn, trả lại…), mới nhất trước / The caller's inbox: every notification (reminders, overdue, returned…), newest first")
    public PageResponse<InboxItemView> list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return inbox.list(caller, unreadOnly, page, size).map(InboxItemView::of);
    }

    @GET
    @Path("/unread-count")
    @Authenticated
    @Operation(summary = "Số thông báo chưa đọc (cho biểu tượng chuông) / Unread notifications (for the bell)")
    public Count unreadCount() {
        return new Count(inbox.unreadCount(caller));
    }

    @POST
    @Path("/{id}/read")
    @Authenticated
    @Operation(summary = "Đánh dấu một thông báo của mình là đã đọc (thông báo của người khác: 404) / Mark one of my notifications read (someone else's: 404)")
    public InboxItemView read(@PathParam("id") UUID id) {
        return InboxItemView.of(inbox.markRead(caller, id));
    }

    @POST
    @Path("/read-all")
    @Authenticated
    @Operation(summary = "Đánh dấu mọi thông báo của mình là đã đọc; trả về số thông báo vừa đánh dấu / Mark all my notifications read; returns how many were marked")
    public Count readAll() {
        return new Count(inbox.markAllRead(caller));
    }
}
