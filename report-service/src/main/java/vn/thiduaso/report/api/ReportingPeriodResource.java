package vn.thiduaso.report.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.api.ReportingPeriodDtos.PeriodDetail;
import vn.thiduaso.report.api.ReportingPeriodDtos.PeriodSummary;
import vn.thiduaso.report.service.ReportingPeriodService;

@Path("/api/v1/reporting-periods")
@Tag(name = "Kỳ báo cáo / Reporting periods")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingPeriodResource {

    private final ReportingPeriodService periods;
    private final CallerScope caller;

    public ReportingPeriodResource(ReportingPeriodService periods, CallerScope caller) {
        this.periods = periods;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Kỳ báo cáo trong phạm vi: đơn vị nhận báo cáo hoặc một đơn vị phải báo cáo thuộc phạm vi / Reporting periods in scope: the receiving unit or a reporting unit in scope",
            description = "Sắp theo hạn nộp. requirementCount đếm các yêu cầu của đơn vị trong phạm vi người gọi.")
    public PageResponse<PeriodSummary> list(
            @QueryParam("planId") UUID planId,
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @Parameter(description = "true: chỉ các kỳ xã/phường báo cáo lên cấp trên; false: chỉ các kỳ đơn vị báo cáo về xã/phường")
            @QueryParam("secondHop") Boolean secondHop,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Mỗi trang từ 1 đến 100 mục") @Max(value = 100, message = "Mỗi trang từ 1 đến 100 mục") int size) {
        PageResponse<ReportingPeriodService.PeriodListing> found = periods.list(caller, planId, year, secondHop, page, size);
        return new PageResponse<>(found.items().stream()
                .map(l -> PeriodSummary.of(l.period(), l.requirementCount())).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Chi tiết kỳ báo cáo, với yêu cầu báo cáo của các đơn vị trong phạm vi / A reporting period with the report requests of the units in scope",
            description = "403 nếu cả đơn vị nhận lẫn mọi đơn vị phải báo cáo đều nằm ngoài phạm vi.")
    public PeriodDetail get(@PathParam("id") UUID id) {
        ReportingPeriodService.PeriodView view = periods.get(caller, id);
        return PeriodDetail.of(view.period(), view.requirements(), view.reports());
    }

    @POST
    @Path("/{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Gia hạn nộp báo cáo cho một đơn vị hoặc cho tất cả đơn vị của kỳ, kèm lý do / Extend a deadline for one unit or every unit of the period, with a reason",
            description = "Phòng VH-XH (hoặc quản trị) của xã/phường ban hành kế hoạch. Hạn mới phải sau hạn hiện tại và sau hôm nay. "
                    + "Sự kiện DeadlineExtended. Trả lại chi tiết kỳ báo cáo.")
    public PeriodDetail extend(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần hạn mới và lý do") ReportingPeriodDtos.ExtensionRequest request) {
        ReportingPeriodService.PeriodView view = periods.extend(caller, id, request.unitId(), request.dueDate(),
                request.reason());
        return PeriodDetail.of(view.period(), view.requirements(), view.reports());
    }
}
