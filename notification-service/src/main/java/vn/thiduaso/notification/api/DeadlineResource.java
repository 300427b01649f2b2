package vn.thiduaso.notification.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.notification.api.DeadlineDtos.DeadlineView;
import vn.thiduaso.notification.api.DeadlineDtos.RemindRequest;
import vn.thiduaso.notification.api.DeadlineDtos.RemindResponse;
import vn.thiduaso.notification.api.DeadlineDtos.RemindResult;
import vn.thiduaso.notification.service.DeadlineService;
import vn.thiduaso.notification.service.ManualReminderService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/deadlines")
@Tag(name = "Hạn báo cáo / Deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final DeadlineService deadlines;
    private final ManualReminderService reminders;
    private final CallerScope caller;

    public DeadlineResource(DeadlineService deadlines, ManualReminderService reminders, CallerScope caller) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Hạn báo cáo của các đơn vị trong phạm vi, hạn gần nhất trước / Report deadlines of the units in scope, nearest first",
            description = "from/to lọc theo ngày hạn (yyyy-MM-dd, giờ Việt Nam); unitId ngoài phạm vi trả 403. "
                    + "state: NOT_YET_DUE, DUE_SOON (≤ 7 ngày), OVERDUE, SUBMITTED, ACCEPTED, WITHDRAWN.")
    public PageResponse<DeadlineView> list(@QueryParam("unitId") UUID unitId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return deadlines.list(caller, unitId, from, to, page, size).map(DeadlineView::of);
    }

    @POST
    @Path("/remind")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Nhắc nhở: gửi ngay thư nhắc nộp báo cáo cho người dùng của các đơn vị (tối đa một lần mỗi đơn vị mỗi ngày) / Reminder: mail the units' users to submit their reports now (at most once per unit per day)",
            description = "Phòng Văn hóa - Xã hội hoặc quản trị, chỉ các đơn vị trong phạm vi; đơn vị không có hạn trong kỳ: 400 unitIds[i].")
    public RemindResponse remind(@Valid @NotNull(message = "Cần nội dung yêu cầu") RemindRequest request) {
        return new RemindResponse(reminders.remind(caller, request.periodId(), request.unitIds()).stream()
                .map(RemindResult::of).toList());
    }
}
