package vn.thiduaso.report.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.service.dashboard.DashboardService;
import vn.thiduaso.report.service.dashboard.DashboardService.Query;
import vn.thiduaso.report.service.dashboard.DashboardWorkbooks;
import vn.thiduaso.report.service.dashboard.Dashboards.Attainment;
import vn.thiduaso.report.service.dashboard.Dashboards.Completeness;
import vn.thiduaso.report.service.dashboard.Dashboards.Missing;

/**
 * Bảng theo dõi: completeness and timeliness, target attainment, who has not submitted yet, and the
 * first two as XLSX. The answers are the service's read models ({@code Dashboards.*}), already shaped
 * for the wire (no entity crosses it).
 */
@Path("/api/v1/dashboards")
@Tag(name = "Bảng theo dõi / Dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String YEAR = "Năm từ 2000 đến 2100";
    private static final String PATH = "Đường dẫn đơn vị bắt đầu bằng /";
    private static final String KIND = "[A-Z_]{2,30}";
    private static final String KIND_MESSAGE = "Loại đơn vị viết hoa, ví dụ VILLAGE";
    private static final String LIMIT = "Số dòng từ 1 đến 10000";

    private final DashboardService dashboards;
    private final DashboardWorkbooks workbooks;
    private final CallerScope caller;

    public DashboardResource(DashboardService dashboards, DashboardWorkbooks workbooks, CallerScope caller) {
        this.dashboards = dashboards;
        this.workbooks = workbooks;
        this.caller = caller;
    }

    @GET
    @Path("/completeness")
    @Authenticated
    @Operation(summary = "Tình hình báo cáo: phải báo cáo, đã gửi, đúng hạn, muộn, bị trả lại, đã tiếp nhận, quá hạn, chưa đến hạn / Reporting status: due, submitted, on time, late, returned, accepted, overdue, not yet due",
            description = "Tổng cộng, theo loại đơn vị, theo xã, theo kỳ và theo từng đơn vị (tối đa limit dòng; byUnitTruncated). "
                    + "Phòng VH-XH/lãnh đạo/quản trị: trong xã; Ban TĐKT: trong thành phố/tỉnh (mỗi xã một dòng). "
                    + "secondHop=true: chỉ báo cáo của xã gửi cấp trên; false: chỉ báo cáo của đơn vị. Đơn vị (unit) → 403.")
    public Completeness completeness(
            @QueryParam("year") @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            @QueryParam("planId") UUID planId, @QueryParam("periodId") UUID periodId,
            @QueryParam("unitKind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String unitKind,
            @QueryParam("unitPath") @Pattern(regexp = "/.*", message = PATH) String unitPath,
            @QueryParam("secondHop") Boolean secondHop,
            @QueryParam("limit") @DefaultValue("2000") @Min(value = 1, message = LIMIT) @Max(value = 10000, message = LIMIT) int limit) {
        return dashboards.completeness(caller, new Query(unitPath, year, planId, periodId, unitKind, secondHop, null,
                false, limit));
    }

    @GET
    @Path("/completeness.xlsx")
    @Produces(XLSX)
    @Authenticated
    @Operation(summary = "Tình hình báo cáo dạng XLSX (trang Tổng hợp và Theo đơn vị) / Reporting status as XLSX (Summary and By unit sheets)")
    @APIResponse(responseCode = "200", description = "Tệp XLSX / XLSX file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response completenessXlsx(
            @QueryParam("year") @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            @QueryParam("planId") UUID planId, @QueryParam("periodId") UUID periodId,
            @QueryParam("unitKind") @Pattern(regexp = KIND, message = KIND_MESSAGE) String unitKind,
            @QueryParam("unitPath") @Pattern(regexp = "/.*", message = PATH) String unitPath,
            @QueryParam("secondHop") Boolean secondHop) {
        Completeness c = dashboards.completeness(caller, new Query(unitPath, year, planId, periodId, unitKind, secondHop,
                null, false, 10000));
        return xlsx(workbooks.completeness(c), "tinh-hinh-bao-cao" + (year == null ? "" : "-" + year));
    }

    @GET
    @Path("/attainment")
    @Authenticated
    @Operation(summary = "Kết quả thực hiện chỉ tiêu: theo chỉ tiêu và năm, từng đơn vị so với chỉ tiêu, xu hướng qua các năm / Target results: by target and year, each unit against its target, trends over the years",
            description = "Từ các báo cáo đã gửi hoặc đã tiếp nhận của kỳ hằng năm (periodId: một kỳ cụ thể). "
                    + "byCode: cùng mã chỉ tiêu trên toàn phạm vi (Ban TĐKT). Đơn vị (unit) → 403.")
    public Attainment attainment(@QueryParam("planId") UUID planId, @QueryParam("targetId") UUID targetId,
            @QueryParam("year") @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            @QueryParam("periodId") UUID periodId,
            @QueryParam("unitPath") @Pattern(regexp = "/.*", message = PATH) String unitPath) {
        return dashboards.attainment(caller, new Query(unitPath, year, planId, periodId, null, null, targetId, false, 0));
    }

    @GET
    @Path("/attainment.xlsx")
    @Produces(XLSX)
    @Authenticated
    @Operation(summary = "Kết quả thực hiện chỉ tiêu dạng XLSX (Chỉ tiêu, Theo đơn vị, Qua các năm) / Target results as XLSX (Targets, By unit, Over the years)")
    @APIResponse(responseCode = "200", description = "Tệp XLSX / XLSX file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attainmentXlsx(@QueryParam("planId") UUID planId, @QueryParam("targetId") UUID targetId,
            @QueryParam("year") @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            @QueryParam("periodId") UUID periodId,
            @QueryParam("unitPath") @Pattern(regexp = "/.*", message = PATH) String unitPath) {
        Attainment a = dashboards.attainment(caller, new Query(unitPath, year, planId, periodId, null, null, targetId,
                false, 0));
        return xlsx(workbooks.attainment(a), "ket-qua-chi-tieu" + (year == null ? "" : "-" + year));
    }

    @GET
    @Path("/missing")
    @Authenticated
    @Operation(summary = "Đơn vị chưa gửi báo cáo (kèm người đứng đầu và e-mail để nhắc), hạn sớm nhất trước / Units that have not submitted (with head and e-mail to remind), earliest deadline first",
            description = "overdueOnly=true: chỉ những đơn vị đã quá hạn. Để nhắc: POST /api/v1/deadlines/remind của notification-service.")
    public Missing missing(@QueryParam("periodId") UUID periodId,
            @QueryParam("year") @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            @QueryParam("planId") UUID planId,
            @QueryParam("unitPath") @Pattern(regexp = "/.*", message = PATH) String unitPath,
            @QueryParam("overdueOnly") @DefaultValue("false") boolean overdueOnly,
            @QueryParam("limit") @DefaultValue("500") @Min(value = 1, message = LIMIT) @Max(value = 10000, message = LIMIT) int limit) {
        return dashboards.missing(caller, new Query(unitPath, year, planId, periodId, null, null, null, overdueOnly, limit));
    }

    private static Response xlsx(byte[] bytes, String name) {
        return Response.ok(bytes, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }
}
