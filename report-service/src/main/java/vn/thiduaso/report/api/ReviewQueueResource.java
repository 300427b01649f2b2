package vn.thiduaso.report.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportStatus;
import vn.thiduaso.report.service.ReportService;

@Path("/api/v1/review-queue")
@Tag(name = "Báo cáo / Reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReviewQueueResource {

    /** A report waiting in the queue; {@code dueDate}/{@code dueAt} = the unit's effective deadline. */
    public record QueueItem(UUID reportId, UUID requirementId, ReportDtos.PeriodRef period, ReportDtos.UnitRef unit,
            @Schema(implementation = ReportStatus.class) String status, Instant submittedAt, String submittedBy,
            LocalDate dueDate, Instant dueAt, boolean late, long lateSeconds, int returnedCount, long version) {

        static QueueItem of(Report r) {
            ReportRequirement q = r.requirement;
            return new QueueItem(r.id, q.id, ReportDtos.PeriodRef.of(q.period), ReportDtos.UnitRef.of(q),
                    r.status.name(), r.submittedAt, r.submittedBy, q.effectiveDueDate(), q.effectiveDueAt(), r.late(),
                    r.lateSeconds == null ? 0 : r.lateSeconds, r.returnedCount, r.version);
        }
    }

    private final ReportService reports;
    private final CallerScope caller;

    public ReviewQueueResource(ReportService reports, CallerScope caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Báo cáo chờ xử lý của các đơn vị trong xã/phường, gửi sớm nhất trước, kèm thông tin nộp muộn / Reports waiting in the commune or ward, earliest first, with lateness",
            description = "Phòng VH-XH, lãnh đạo, quản trị. status mặc định SUBMITTED (chờ tiếp nhận); "
                    + "AWAITING_CONFIRMATION cho lãnh đạo xác nhận.")
    public PageResponse<QueueItem> list(@QueryParam("periodId") UUID periodId, @QueryParam("status") ReportStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Mỗi trang từ 1 đến 100 mục") @Max(value = 100, message = "Mỗi trang từ 1 đến 100 mục") int size) {
        return reports.reviewQueue(caller, periodId, status, page, size).map(QueueItem::of);
    }
}
