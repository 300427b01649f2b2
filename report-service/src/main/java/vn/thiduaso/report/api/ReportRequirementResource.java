package vn.thiduaso.report.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.api.ReportRequirementDtos.ReportFormView;
import vn.thiduaso.report.api.ReportRequirementDtos.RequirementRow;
import vn.thiduaso.report.domain.RequirementStatus;
import vn.thiduaso.report.service.RequirementService;

@Path("/api/v1/report-requirements")
@Tag(name = "Yêu cầu báo cáo / Report requirements")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportRequirementResource {

    private final RequirementService requirements;
    private final CallerScope caller;

    public ReportRequirementResource(RequirementService requirements, CallerScope caller) {
        this.requirements = requirements;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Báo cáo của tôi: các yêu cầu báo cáo trong phạm vi (đơn vị: của chính mình), theo hạn nộp / My reports: report requests in scope (unit: its own), by deadline",
            description = "Mặc định không gồm yêu cầu đã rút (status=WITHDRAWN để xem). daysLeft: số ngày (giờ Việt Nam) "
                    + "từ hôm nay đến ngày hạn; overdue khi đã quá hạn.")
    public PageResponse<RequirementRow> list(
            @QueryParam("unitId") UUID unitId,
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @QueryParam("planId") UUID planId,
            @QueryParam("status") RequirementStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Mỗi trang từ 1 đến 100 mục") @Max(value = 100, message = "Mỗi trang từ 1 đến 100 mục") int size) {
        return requirements.list(caller, unitId, year, planId, status, page, size).map(RequirementRow::of);
    }

    @GET
    @Path("/{id}/form")
    @Operation(summary = "Mẫu báo cáo cho một yêu cầu: nội dung, chỉ tiêu của nhóm đơn vị, hình thức khen thưởng, số liệu các năm trước / The report form of a request: contents, the group's targets, award forms, earlier years' figures",
            description = "Chỉ tiêu lọc theo nhóm của đơn vị (targetGroup) và giá trị của năm kỳ báo cáo. Kỳ sơ kết/tổng kết "
                    + "có prefill từ các báo cáo hằng năm đã tiếp nhận của đơn vị.")
    public ReportFormView form(@PathParam("id") UUID id) {
        return ReportFormView.of(requirements.form(caller, id));
    }
}
