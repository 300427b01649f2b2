package vn.thiduaso.platform.outbox;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.Roles;

/**
 * The outbox of this service for administrators. Lives in the platform and is picked up by every
 * service from the platform's bean index (its jar carries a beans.xml), so all four answer the same.
 */
@Path("/api/v1/admin/outbox")
@Tag(name = "Quản trị / Administration")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    /** The page schema in the OpenAPI document (a generic PageResponse has no concrete schema). */
    @Schema(name = "OutboxEntryPage")
    public record EntryPage(java.util.List<OutboxAdmin.Entry> items, int page, int size, long total) {
    }

    private final OutboxAdmin outbox;

    public OutboxAdminResource(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sự kiện chưa gửi được trong outbox (quản trị) / Outbox events not sent yet (admin)",
            description = "state=parked: đã dừng thử lại sau số lần tối đa, kèm lỗi cuối; state=pending: đang chờ gửi."
                    + " / parked: given up after the maximum attempts, with the last error; pending: waiting to be sent.")
    @APIResponse(responseCode = "200", description = "Một trang / one page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryPage.class)))
    public EntryPage list(
            @QueryParam("state") @DefaultValue("parked")
            @Pattern(regexp = "parked|pending", message = "Trạng thái là parked hoặc pending / state is parked or pending") String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PageResponse<OutboxAdmin.Entry> found = outbox.list(
                "pending".equals(state) ? OutboxAdmin.State.PENDING : OutboxAdmin.State.PARKED, page, size);
        return new EntryPage(found.items(), found.page(), found.size(), found.total());
    }

    @POST
    @Path("/{eventId}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Gửi lại một sự kiện đã dừng (quản trị) / Retry a parked event (admin)",
            description = "Bỏ trạng thái dừng, đặt lại số lần thử; bộ chuyển tiếp gửi nó ở lượt sau, theo thứ tự của đối tượng."
                    + " / Unparks the event with a fresh attempt count; the relay sends it on its next wave, in its aggregate's order.")
    @APIResponse(responseCode = "202", description = "Sẽ gửi lại / will be sent again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxAdmin.Entry.class)))
    @APIResponse(responseCode = "404", description = "Không có sự kiện này / no such event")
    @APIResponse(responseCode = "409", description = "Sự kiện đã được gửi / already sent")
    public Response retry(@PathParam("eventId") UUID eventId) {
        return Response.accepted(outbox.retry(eventId)).build();
    }
}
